export { SelfCheckPage } from './SelfCheckPage.tsx';
