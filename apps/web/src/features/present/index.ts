export { DrillPage } from './DrillPage.tsx';
export { PresentPage } from './PresentPage.tsx';
