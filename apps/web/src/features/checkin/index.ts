export { CheckinList } from './CheckinList.tsx';
export { EditCheckinPage, NewCheckinPage } from './CheckinPage.tsx';
