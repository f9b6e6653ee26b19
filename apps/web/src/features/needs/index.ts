export { NeedsPage, SOURCE_LABELS } from './NeedsPage.tsx';
