import { lazyPage } from '../../ui/index.ts';

export { localCalendar } from './calendar.ts';
/** Lazy: charts and statistics load on first visit (uPlot later still, with a chart). */
export const InsightsPage = lazyPage(
  () => import('./InsightsPage.tsx'),
  (m) => m.InsightsPage,
);
