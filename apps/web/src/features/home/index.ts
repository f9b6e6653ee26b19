import { lazyPage } from '../../ui/index.ts';

export { HomePage } from './HomePage.tsx';
/** Lazy: history lists every entry and is not needed for the first screen. */
export const HistoryPage = lazyPage(
  () => import('./HistoryPage.tsx'),
  (m) => m.HistoryPage,
);
