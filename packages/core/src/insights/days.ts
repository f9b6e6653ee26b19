/**
 * Calendar dates of local epoch-days (see calendar.ts), for month and year views. A local
 * epoch-day counts days in the person's own calendar, so its date is read as if in UTC.
 */
const DAY_MS = 86_400_000;

/** The local epoch-day of a calendar date (`month` 0–11; out-of-range values roll over). */
export function dayOfDate(year: number, month: number, date: number): number {
  return Math.floor(Date.UTC(year, month, date) / DAY_MS);
}

export interface CalendarDate {
  year: number;
  /** 0–11 */
  month: number;
  /** 1–31 */
  date: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

export function dateOfDay(day: number): CalendarDate {
  const d = new Date(day * DAY_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    date: d.getUTCDate(),
    // Day 0 (1970-01-01) was a Thursday.
    weekday: (((day + 3) % 7) + 7) % 7,
  };
}

/** Days in a month (`month` 0–11). */
export function daysInMonth(year: number, month: number): number {
  return dayOfDate(year, month + 1, 1) - dayOfDate(year, month, 1);
}

/**
 * A month as weeks of seven local epoch-days, Monday first; days outside the month are
 * null. The month view's rows.
 */
export function monthWeeks(year: number, month: number): (number | null)[][] {
  const first = dayOfDate(year, month, 1);
  const length = daysInMonth(year, month);
  const lead = dateOfDay(first).weekday;
  const weeks: (number | null)[][] = [];
  for (let i = -lead; i < length; i += 7) {
    const week: (number | null)[] = [];
    for (let j = i; j < i + 7; j++) week.push(j >= 0 && j < length ? first + j : null);
    weeks.push(week);
  }
  return weeks;
}
