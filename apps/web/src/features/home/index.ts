export { HistoryPage } from './HistoryPage.tsx';
export { HomePage } from './HomePage.tsx';
