/**
 * Reminders (F17). The runner is tiny and loads with the app so reminders ring on any
 * screen; the settings section loads with the settings page that shows it.
 */
export { ReminderRunner } from './ReminderRunner.tsx';
export { ReminderSettings } from './ReminderSettings.tsx';
