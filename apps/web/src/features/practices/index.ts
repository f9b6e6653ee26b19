export { PracticesPage } from './PracticesPage.tsx';
