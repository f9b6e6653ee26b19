/** Every browser API the app touches goes through here (docs/architecture.md). */
export { canShare, copyText, downloadText, shareText } from './files.ts';
export {
  askToNotify,
  cancelNotify,
  type NotifyPermission,
  notifyAt,
  notifyPermission,
} from './notify.ts';
export {
  browserPage,
  browserTimers,
  type PageEvents,
  type TimerId,
  type Timers,
} from './page.ts';
export { startServiceWorker } from './serviceWorker.ts';
export { type PersistState, persistedState, requestPersistence } from './storage.ts';
export { browserTabPorts, type TabLock, tabLock, type VaultHold } from './tabLock.ts';
export {
  checkPassphrase,
  type DeviceVault,
  type OpenResult,
  openDeviceVault,
  removePassphrase,
  resetDevice,
  saveLockSettings,
  setPassphrase,
  unlockWithPassphrase,
} from './vault.ts';
