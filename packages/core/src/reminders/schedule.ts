/**
 * When reminders ring: the chosen times, minus any inside quiet hours, on every day, in the
 * device's time zone. Pure, so the same rule drives notifications, the calendar file and
 * the settings screen's preview.
 */
import type { ReminderSettingsBody } from '../records/types/reminders.ts';
import { instantOf, wallClock } from './zone.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;

export const minutesOf = (clock: string): number =>
  Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Quiet hours run from `from` up to (not including) `to`, across midnight when `to` is earlier. */
export function inQuietHours(clock: string, quiet: ReminderSettingsBody['quiet']): boolean {
  if (!quiet || quiet.from === quiet.to) return false;
  const m = minutesOf(clock);
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  return from < to ? m >= from && m < to : m >= from || m < to;
}

/** The times chosen for the mode, in order, without repeats. */
export function chosenTimes(s: ReminderSettingsBody): string[] {
  const times = s.mode === 'none' ? [] : s.mode === 'daily' ? s.times.slice(0, 1) : s.times;
  return [...new Set(times)].sort();
}

/** The times that will actually ring: the chosen ones outside quiet hours. */
export function ringingTimes(s: ReminderSettingsBody): string[] {
  return chosenTimes(s).filter((t) => !inQuietHours(t, s.quiet));
}

/** The next `count` reminder instants strictly after `after` (ms), in `timeZone`. */
export function nextReminders(
  s: ReminderSettingsBody,
  after: number,
  timeZone: string,
  count = 1,
): number[] {
  const times = ringingTimes(s).map(minutesOf);
  if (times.length === 0 || count <= 0) return [];
  const today = wallClock(after, timeZone);
  const midnight = today - (today % DAY);
  const out = new Set<number>();
  // Two extra days cover a day whose only time fell before `after` or into a skipped hour.
  for (let day = 0; out.size < count && day < count + 2; day++) {
    for (const m of times) {
      const at = instantOf(midnight + day * DAY + m * MINUTE, timeZone);
      if (at > after) out.add(at);
    }
  }
  return [...out].sort((a, b) => a - b).slice(0, count);
}
