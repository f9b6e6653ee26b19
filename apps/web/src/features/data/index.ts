export { DataSection } from './DataSection.tsx';
