export { localCalendar } from './calendar.ts';
export { InsightsPage } from './InsightsPage.tsx';
