export { LockScreen } from './LockScreen.tsx';
export { LockSettings } from './LockSettings.tsx';
