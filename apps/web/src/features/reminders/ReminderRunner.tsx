/**
 * Keeps the person's reminders ringing while the journal is open in this tab, and hands the
 * next instants to the service worker for the times it is closed. Renders nothing.
 */
import { safetyConcern } from '@securebase/core';
import { nextReminders, reminderNotification } from '@securebase/core/reminders';
import { useEffect } from 'react';
import { browserTimers } from '../../platform/index.ts';
// Its own platform entry, not the index: see ReminderSettings.
import { armBackgroundReminders, showReminder } from '../../platform/reminders.ts';
import { useRecords } from '../../session/index.ts';
import { DEFAULT_REMINDERS, deviceTimeZone, latestSettings } from './current.ts';
import { runReminders } from './scheduler.ts';

/** Enough instants for the service worker to ring for days without the app being opened. */
const HANDED_ON = 48;

export function ReminderRunner() {
  const settings = latestSettings(useRecords('reminder-settings'))?.body ?? DEFAULT_REMINDERS;
  const concernAnswered = useRecords('safety-check').some((r) => safetyConcern(r.body));
  // The effect restarts only when what rings changes, not on every write to the journal.
  const key = JSON.stringify([settings, concernAnswered]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for settings and concernAnswered
  useEffect(() => {
    const timeZone = deviceTimeZone();
    const context = { concernAnswered };
    void armBackgroundReminders(
      nextReminders(settings, Date.now(), timeZone, HANDED_ON),
      reminderNotification(context),
    ).catch(() => {});
    return runReminders(settings, context, {
      timers: browserTimers,
      now: () => Date.now(),
      timeZone,
      ring: (title, body) => void showReminder(title, body).catch(() => {}),
    });
  }, [key]);
  return null;
}
