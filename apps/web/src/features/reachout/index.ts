export { ReachOutDetailPage } from './ReachOutDetail.tsx';
export { ReachOutPage } from './ReachOutPage.tsx';
