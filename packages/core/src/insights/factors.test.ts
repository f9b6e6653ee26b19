import { describe, expect, it } from 'vitest';
import { checkin, ownTime } from './builders.ts';
import { offsetCalendar } from './calendar.ts';
import { emptyInsightData } from './data.ts';
import { type FactorEffect, factorEffects, welchInterval } from './factors.ts';
import { DAY_MS, HOUR_MS } from './fixtures.ts';

const START = Date.UTC(2024, 0, 1);
const ctx = { calendar: offsetCalendar(0), now: START + 30 * DAY_MS };
const at = (day: number, hour = 12) => START + day * DAY_MS + hour * HOUR_MS;

function find(effects: FactorEffect[], name: string): FactorEffect {
  const f = effects.find((e) => e.name === name);
  if (!f) throw new Error(`no factor ${name}`);
  return f;
}

describe('welchInterval', () => {
  it('matches a hand computation', () => {
    // a: mean 8, var 2/3; b: mean 5, var 1/2. se² = 1/6 + 1/10, df ≈ 6.0472.
    const w = welchInterval([7, 8, 9, 8], [5, 6, 5, 4, 5]);
    expect(w.difference).toBe(3);
    expect(w.df).toBeCloseTo(6.0472, 3);
    // t(0.95, 6.0472) ≈ 1.9409 (between 1.9432 at df 6 and 1.8946 at df 7).
    const half = 1.9409 * Math.sqrt(1 / 6 + 1 / 10);
    expect(w.low).toBeCloseTo(3 - half, 2);
    expect(w.high).toBeCloseTo(3 + half, 2);
  });

  it('collapses to a point when neither side varies', () => {
    expect(welchInterval([6, 6, 6], [4, 4, 4])).toEqual({ difference: 2, low: 2, high: 2, df: 4 });
  });

  it('refuses fewer than two values as a bug', () => {
    expect(() => welchInterval([1], [1, 2])).toThrow();
  });
});

describe('factorEffects', () => {
  it('compares mean daily security on days with and without a tag', () => {
    const data = emptyInsightData();
    data.checkins = [
      // Days 0–3 tagged "Exercise" on one of two check-ins: daily means 8, 7, 9, 8.
      checkin(at(0, 9), 8, ['Exercise']),
      checkin(at(0, 21), 8),
      checkin(at(1, 9), 6, ['exercise ']),
      checkin(at(1, 21), 8),
      checkin(at(2), 9, ['exercise']),
      checkin(at(3), 8, ['exercise']),
      // Days 4–8 without: 5, 6, 5, 4, 5.
      checkin(at(4), 5),
      checkin(at(5), 6),
      checkin(at(6, 9), 4),
      checkin(at(6, 21), 6),
      checkin(at(7), 4),
      checkin(at(8), 5),
    ];
    const f = find(factorEffects(data, ctx), 'exercise');
    expect(f.status).toBe('estimate');
    if (f.status !== 'estimate') return;
    expect(f.daysWith).toBe(4);
    expect(f.daysWithout).toBe(5);
    expect(f.meanWith).toBe(8);
    expect(f.meanWithout).toBe(5);
    expect(f.difference).toBe(3);
    expect(f.low).toBeGreaterThan(1.9);
    expect(f.high).toBeLessThan(4.1);
    expect(f.sentence).toContain('3 points more secure');
    expect(f.sentence).toContain('does not show one causes the other');
  });

  it('says "not enough data yet" below three days on either side', () => {
    const data = emptyInsightData();
    data.checkins = [
      checkin(at(0), 7, ['argument']),
      checkin(at(1), 7, ['argument']),
      ...[2, 3, 4, 5].map((d) => checkin(at(d), 5)),
    ];
    const f = find(factorEffects(data, ctx), 'argument');
    expect(f).toMatchObject({ status: 'not-enough-data', daysWith: 2, daysWithout: 4 });
    expect(f.sentence).toContain('Not enough data yet');
  });

  it('counts own-time activities on days with check-ins only', () => {
    const data = emptyInsightData();
    data.checkins = [0, 1, 2, 3, 4, 5].map((d) => checkin(at(d), d < 3 ? 3 : 4));
    data.ownTime = [
      ownTime(at(3, 18), 'Choir', 60),
      ownTime(at(4, 18), 'choir', 60),
      ownTime(at(5, 18), 'choir', 30),
      ownTime(at(20, 18), 'choir', 30), // no check-in that day: not a unit
    ];
    const f = find(factorEffects(data, ctx), 'choir');
    expect(f).toMatchObject({
      kind: 'activity',
      status: 'estimate',
      difference: 1,
      low: 1,
      high: 1,
    });
  });

  it('uses the calendar to decide which day a check-in belongs to', () => {
    const data = emptyInsightData();
    // 23:30 UTC: day d in UTC, day d + 1 at UTC+1.
    data.checkins = [0, 1, 2, 3, 4, 5].map((d) =>
      checkin(at(d, 23.5), d % 2 === 0 ? 9 : 3, d % 2 === 0 ? ['late'] : []),
    );
    data.checkins.push(...[1, 3, 5].map((d) => checkin(at(d, 22), 3)));
    const utc = find(factorEffects(data, ctx), 'late');
    const plusOne = find(factorEffects(data, { ...ctx, calendar: offsetCalendar(60) }), 'late');
    expect(utc).toMatchObject({ status: 'estimate', difference: 6 });
    expect(plusOne.status === 'estimate' && plusOne.difference).not.toBe(6);
  });

  it('says "about the same" when the interval spans zero, and orders estimates first', () => {
    const data = emptyInsightData();
    const sec = [5, 6, 7, 5, 6, 7, 6, 6]; // tagged 5, 7, 6, 6; untagged 6, 5, 7, 6 (+ 6)
    data.checkins = sec.map((s, d) => checkin(at(d), s, d % 2 === 0 ? ['saw partner'] : []));
    data.checkins.push(checkin(at(9), 6, ['rare']));
    const effects = factorEffects(data, ctx);
    expect(effects.map((e) => e.status)).toEqual(['estimate', 'not-enough-data']);
    expect(effects[0]?.sentence).toContain('about the same');
  });
});
