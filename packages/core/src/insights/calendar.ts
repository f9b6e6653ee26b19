/**
 * Days and weeks in the person's own calendar. Core never reads the system clock or time
 * zone: the app passes a Calendar (its `dayOf` may follow daylight-saving changes) and
 * `now`. A day is a local epoch-day number (0 = 1970-01-01 in the person's calendar);
 * weeks start on Monday and are numbered from the week that holds day 0.
 */

export interface Calendar {
  /** The local epoch-day number of a timestamp in milliseconds. */
  dayOf(ms: number): number;
}

const DAY_MS = 86_400_000;

/** A calendar at a fixed offset from UTC, in minutes (e.g. +60 for UTC+1). */
export function offsetCalendar(offsetMinutes: number): Calendar {
  const shift = offsetMinutes * 60_000;
  return { dayOf: (ms) => Math.floor((ms + shift) / DAY_MS) };
}

/** Day 0 was a Thursday, so Monday-start weeks are offset by three days. */
export function weekOfDay(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** The local epoch-day of a week's Monday. */
export function weekStartDay(week: number): number {
  return week * 7 - 3;
}

/** The calendar date of a local epoch-day, as `YYYY-MM-DD` (for labels and exports). */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
