/** Every browser API the app touches goes through here (DESIGN §3). */
export { canShare, copyText, downloadText, shareText } from './files.ts';
export { startServiceWorker } from './serviceWorker.ts';
export { type PersistState, persistedState, requestPersistence } from './storage.ts';
export { type DeviceVault, openDeviceVault, resetDevice } from './vault.ts';
