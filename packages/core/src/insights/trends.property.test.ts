import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkin, spiral } from './builders.ts';
import { offsetCalendar } from './calendar.ts';
import { emptyInsightData, type InsightContext } from './data.ts';
import { DAY_MS } from './fixtures.ts';
import { metricSamples, weeklyTrends } from './trends.ts';

const START = Date.UTC(2024, 0, 1);
const SPAN = 120 * DAY_MS;
const times = fc.array(fc.integer({ min: 0, max: SPAN - 1 }), { minLength: 1, maxLength: 60 });
const offsets = fc.integer({ min: -720, max: 840 });

function build(spiralTimes: number[], checkins: [number, number][]) {
  const d = emptyInsightData();
  d.spirals = spiralTimes.map((t) => spiral(START + t));
  d.checkins = checkins.map(([t, s]) => checkin(START + t, s));
  return d;
}

describe('weekly trends (properties)', () => {
  it('counts every spiral exactly once', () => {
    fc.assert(
      fc.property(times, offsets, (ts, off) => {
        const ctx: InsightContext = { calendar: offsetCalendar(off), now: START + SPAN + DAY_MS };
        const t = weeklyTrends(metricSamples(build(ts, []), ctx), ctx);
        const total = t.series.spirals.reduce<number>((a, v) => a + (v ?? 0), 0);
        expect(total).toBe(ts.length);
      }),
    );
  });

  it('keeps every weekly mean within the range of its check-ins', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: SPAN - 1 }), fc.integer({ min: 0, max: 10 })), {
          minLength: 1,
          maxLength: 80,
        }),
        (cs) => {
          const ctx: InsightContext = { calendar: offsetCalendar(0), now: START + SPAN };
          const t = weeklyTrends(metricSamples(build([], cs), ctx), ctx);
          const lo = Math.min(...cs.map((c) => c[1]));
          const hi = Math.max(...cs.map((c) => c[1]));
          for (const v of t.series.security) {
            if (v === null) continue;
            expect(v).toBeGreaterThanOrEqual(lo - 1e-9);
            expect(v).toBeLessThanOrEqual(hi + 1e-9);
          }
        },
      ),
    );
  });

  it('moves by exactly one week when everything moves by seven days', () => {
    fc.assert(
      fc.property(times, offsets, (ts, off) => {
        const cs: [number, number][] = ts.map((t, i) => [t, i % 11]);
        const ctx: InsightContext = { calendar: offsetCalendar(off), now: START + SPAN };
        const later: InsightContext = { ...ctx, now: ctx.now + 7 * DAY_MS };
        const a = weeklyTrends(metricSamples(build(ts, cs), ctx), ctx);
        const shifted = build(
          ts.map((t) => t + 7 * DAY_MS),
          cs.map(([t, s]) => [t + 7 * DAY_MS, s]),
        );
        const b = weeklyTrends(metricSamples(shifted, later), later);
        expect(b.weeks).toEqual(a.weeks.map((w) => w + 1));
        expect(b.series).toEqual(a.series);
      }),
    );
  });
});
