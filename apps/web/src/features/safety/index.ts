/**
 * Safety (F12). HelpNow is small and shown by the shell (lock, open-elsewhere); the pages
 * are lazy, so importing this entry never pulls them into the first-load bundle.
 */
import { lazyPage } from '../../ui/index.ts';

export { HelpNow } from './HelpNow.tsx';
export { HELPLINES } from './helplines.ts';
export const HelpPage = lazyPage(
  () => import('./HelpPage.tsx'),
  (m) => m.HelpPage,
);
export const SafetyCheckPage = lazyPage(
  () => import('./SafetyCheckPage.tsx'),
  (m) => m.SafetyCheckPage,
);
