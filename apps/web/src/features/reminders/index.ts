/**
 * Reminders (F17). The runner is tiny and loads with the app so reminders ring on any
 * screen; the settings section is lazy, so it loads only with the settings page.
 */
import { lazy } from 'react';

export { ReminderRunner } from './ReminderRunner.tsx';
export const ReminderSettings = lazy(() =>
  import('./ReminderSettings.tsx').then((m) => ({ default: m.ReminderSettings })),
);
