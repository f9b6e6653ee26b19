import { lazyPage } from '../../ui/index.ts';

export { SOURCE_LABELS } from './labels.ts';
export const NeedsPage = lazyPage(
  () => import('./NeedsPage.tsx'),
  (m) => m.NeedsPage,
);
