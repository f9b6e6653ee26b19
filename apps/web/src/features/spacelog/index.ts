export { SpaceLogPage } from './SpaceLogPage.tsx';
