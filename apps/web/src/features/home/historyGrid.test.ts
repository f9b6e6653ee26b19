import { dayOfDate } from '@securebase/core/insights';
import { describe, expect, it } from 'vitest';
import { addMonths, moveDay } from './historyGrid.ts';

const d = (y: number, m: number, date: number) => dayOfDate(y, m, date);

describe('calendar keys', () => {
  it('moves by day and week in the month view, across month ends', () => {
    const tue1 = d(2026, 11, 1); // Tuesday 1 December 2026
    expect(moveDay('month', tue1, 'ArrowLeft')).toBe(d(2026, 10, 30));
    expect(moveDay('month', tue1, 'ArrowDown')).toBe(d(2026, 11, 8));
    expect(moveDay('month', tue1, 'ArrowUp')).toBe(d(2026, 10, 24));
    expect(moveDay('month', tue1, 'Home')).toBe(d(2026, 10, 30));
    expect(moveDay('month', tue1, 'End')).toBe(d(2026, 11, 6));
    expect(moveDay('month', tue1, 'PageDown')).toBe(d(2027, 0, 1));
    expect(moveDay('month', tue1, 'a')).toBeNull();
  });

  it('moves by date and month in the year view', () => {
    const jan31 = d(2027, 0, 31);
    expect(moveDay('year', jan31, 'ArrowDown')).toBe(d(2027, 1, 1));
    expect(moveDay('year', jan31, 'ArrowRight')).toBe(d(2027, 1, 28));
    expect(moveDay('year', jan31, 'ArrowLeft')).toBe(d(2026, 11, 31));
    expect(moveDay('year', d(2027, 1, 10), 'End')).toBe(d(2027, 1, 28));
    expect(moveDay('year', d(2027, 1, 10), 'Home')).toBe(d(2027, 1, 1));
    expect(moveDay('year', d(2024, 1, 29), 'PageDown')).toBe(d(2025, 1, 28));
  });

  it('keeps the date a month away, or the month’s last day', () => {
    expect(addMonths(d(2026, 2, 31), -1)).toBe(d(2026, 1, 28));
    expect(addMonths(d(2026, 11, 15), 1)).toBe(d(2027, 0, 15));
  });
});
