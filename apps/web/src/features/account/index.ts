/**
 * Accounts and sync (F15). The provider and status pieces are small and load with the app;
 * the account screen is a lazy chunk, and it loads OPAQUE only when a form needs it.
 */
import { lazy } from 'react';

export { AccountSettingsSection, SyncStatusLine } from './SyncStatus.tsx';
export { SyncProvider, useSync } from './sync.tsx';
export const AccountScreen = lazy(() => import('./AccountPage.tsx'));
