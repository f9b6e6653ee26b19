/**
 * Lock (F14). The lock screen is shown by the shell before the journal opens, so it loads
 * with the first screen; the settings panel is lazy (only the settings page shows it), so
 * importing this entry never pulls it into the first-load bundle (ADR 0004).
 */
import { lazyPage } from '../../ui/index.ts';

export { LockScreen } from './LockScreen.tsx';
export const LockSettings = lazyPage(
  () => import('./LockSettings.tsx'),
  (m) => m.LockSettings,
);
