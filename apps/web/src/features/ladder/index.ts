export { AttemptPage } from './AttemptPage.tsx';
export { LadderPage } from './LadderPage.tsx';
