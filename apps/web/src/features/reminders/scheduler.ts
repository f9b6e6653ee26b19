/**
 * Rings the person's reminders while the app is open: one timer to the next instant, then
 * the one after. Timers are a port so tests drive it with a manual clock. A timer that wakes
 * long after its time (the device slept) lets that reminder go instead of ringing late,
 * which could land in quiet hours or feel like a reproach.
 */
import type { ReminderSettingsBody } from '@securebase/core';
import { nextReminders, reminderNotification } from '@securebase/core/reminders';
import type { TimerId, Timers } from '../../platform/index.ts';

export const LATE_MS = 10 * 60_000;

export interface ReminderPorts {
  timers: Timers;
  now: () => number;
  timeZone: string;
  ring: (title: string, body: string) => void;
}

/** Starts ringing `settings`; returns the stop function. */
export function runReminders(
  settings: ReminderSettingsBody,
  context: { concernAnswered: boolean },
  ports: ReminderPorts,
): () => void {
  let timer: TimerId | undefined;
  const text = reminderNotification(context);
  const arm = (after: number) => {
    const [next] = nextReminders(settings, after, ports.timeZone, 1);
    if (next === undefined) return;
    timer = ports.timers.setTimeout(
      () => {
        if (ports.now() - next < LATE_MS) ports.ring(text.title, text.body);
        arm(Math.max(next, ports.now()));
      },
      Math.max(0, next - ports.now()),
    );
  };
  arm(ports.now());
  return () => ports.timers.clearTimeout(timer);
}
