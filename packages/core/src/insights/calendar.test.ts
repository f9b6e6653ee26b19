import { describe, expect, it } from 'vitest';
import { isoDate, offsetCalendar, weekOfDay, weekStartDay } from './calendar.ts';

const MON = Date.UTC(2024, 0, 1); // a Monday

describe('calendar', () => {
  it('maps a timestamp to the local day at a fixed offset', () => {
    const late = MON + 23.5 * 3_600_000; // 23:30 UTC on Monday
    expect(isoDate(offsetCalendar(0).dayOf(late))).toBe('2024-01-01');
    expect(isoDate(offsetCalendar(60).dayOf(late))).toBe('2024-01-02');
    expect(isoDate(offsetCalendar(-300).dayOf(MON + 3_600_000))).toBe('2023-12-31');
  });

  it('starts weeks on Monday', () => {
    const cal = offsetCalendar(0);
    const mon = cal.dayOf(MON);
    expect(weekStartDay(weekOfDay(mon))).toBe(mon);
    expect(weekOfDay(mon + 6)).toBe(weekOfDay(mon));
    expect(weekOfDay(mon + 7)).toBe(weekOfDay(mon) + 1);
    expect(weekOfDay(mon - 1)).toBe(weekOfDay(mon) - 1);
    expect(isoDate(weekStartDay(weekOfDay(cal.dayOf(Date.UTC(2024, 1, 29)))))).toBe('2024-02-26');
  });

  it('handles days before 1970', () => {
    expect(weekStartDay(weekOfDay(-10))).toBeLessThanOrEqual(-10);
    expect(weekStartDay(weekOfDay(-10)) + 7).toBeGreaterThan(-10);
  });
});
