import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localCalendar } from './calendar.ts';

describe('localCalendar', () => {
  it("gives the local calendar date's epoch-day, in whatever zone the tests run", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        const d = new Date(ms);
        const expected = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
        expect(localCalendar.dayOf(ms)).toBe(expected);
      }),
    );
  });
});
