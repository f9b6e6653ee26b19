/**
 * Where an arrow key moves the calendar's focused day. The month view follows the usual
 * date-picker keys (a row is a week); in the year view a column is a month and a row is a
 * date, so up and down step a day and left and right the same date a month away. Moving
 * past the shown month or year shows the next one: the view follows the focused day.
 */
import { dateOfDay, dayOfDate, daysInMonth } from '@securebase/core/insights';

export type CalendarView = 'month' | 'year';

/** The same date `months` away, on the month's last day if it has fewer days. */
export function addMonths(day: number, months: number): number {
  const { year, month, date } = dateOfDay(day);
  const target = new Date(Date.UTC(year, month + months, 1));
  const y = target.getUTCFullYear();
  const m = target.getUTCMonth();
  return dayOfDate(y, m, Math.min(date, daysInMonth(y, m)));
}

/** The focused day after `key`, or null if the key does not move it. */
export function moveDay(view: CalendarView, day: number, key: string): number | null {
  const { weekday, date, year, month } = dateOfDay(day);
  if (view === 'month') {
    switch (key) {
      case 'ArrowLeft':
        return day - 1;
      case 'ArrowRight':
        return day + 1;
      case 'ArrowUp':
        return day - 7;
      case 'ArrowDown':
        return day + 7;
      case 'Home':
        return day - weekday;
      case 'End':
        return day + 6 - weekday;
      case 'PageUp':
        return addMonths(day, -1);
      case 'PageDown':
        return addMonths(day, 1);
      default:
        return null;
    }
  }
  switch (key) {
    case 'ArrowUp':
      return day - 1;
    case 'ArrowDown':
      return day + 1;
    case 'ArrowLeft':
      return addMonths(day, -1);
    case 'ArrowRight':
      return addMonths(day, 1);
    case 'Home':
      return day - date + 1;
    case 'End':
      return dayOfDate(year, month, daysInMonth(year, month));
    case 'PageUp':
      return addMonths(day, -12);
    case 'PageDown':
      return addMonths(day, 12);
    default:
      return null;
  }
}
