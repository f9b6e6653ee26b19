import { describe, expect, it } from 'vitest';
import { checkin, spiral } from './builders.ts';
import { offsetCalendar } from './calendar.ts';
import type { InsightContext } from './data.ts';
import { emptyInsightData } from './data.ts';
import { DAY_MS, HOUR_MS } from './fixtures.ts';
import { METRICS } from './metrics.ts';
import { compareSevenDays, firstDayOfAll } from './sevendays.ts';
import { metricSamples, whatsGettingEasier } from './trends.ts';

const MON = Date.UTC(2024, 0, 1);
const at = (day: number, hour = 12) => MON + day * DAY_MS + hour * HOUR_MS;
const cal = offsetCalendar(0);
const ctxAt = (day: number): InsightContext => ({ calendar: cal, now: at(day, 22) });
const metric = (id: string) => {
  const m = METRICS.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};
const day0 = cal.dayOf(at(0));

describe('the last 7 days against the 7 before', () => {
  it('speaks in week two: known means, counts and the interval decide easier', () => {
    // Days 0 … 14. Days 1–7: check-ins 4 and 5 (mean 4.5); days 8–14: 6 and 7 (mean 6.5).
    const d = emptyInsightData();
    d.checkins = Array.from({ length: 15 }, (_, i) => [
      checkin(at(i, 9), i >= 8 ? 6 : 4),
      checkin(at(i, 21), i >= 8 ? 7 : 5),
    ]).flat();
    // Spirals: 4 in days 1–7 (1, 3, 5, 7), 1 in days 8–14 (10).
    d.spirals = [0, 1, 3, 5, 7, 10].map((i) => spiral(at(i), { calmMinutes: 20 }));
    const cmp = whatsGettingEasier(metricSamples(d, ctxAt(14)), ctxAt(14));
    const security = cmp.find((c) => c.metric === 'security');
    expect(security).toMatchObject({
      status: 'easier',
      span: 'seven-days',
      recent: 6.5,
      earlier: 4.5,
    });
    expect(security?.sentence).toBe(
      'You felt 6.5 out of 10 secure on average in the last 7 days, up from 4.5 in the 7 days before. That rests on 14 check-ins in the last 7 days and 14 in the 7 before.',
    );
    const spirals = cmp.find((c) => c.metric === 'spirals');
    expect(spirals).toMatchObject({ span: 'seven-days', recent: 1, earlier: 4 });
    // Daily counts 1 of 7 days against 4 of 7: the 90 % Welch interval of the difference
    // still holds zero, so this is not called easier, and the words say why.
    expect(spirals?.status).toBe('steady');
    expect(spirals?.sentence).toBe(
      'You logged 1 spiral in the last 7 days, down from 4 in the 7 days before. A difference this size can be everyday ups and downs, so it may not mean much yet.',
    );
  });

  it('keeps a small difference on few entries as steady and says so', () => {
    const d = emptyInsightData();
    d.checkins = [
      checkin(at(1), 4),
      checkin(at(3), 6),
      checkin(at(5), 5),
      checkin(at(8), 7),
      checkin(at(10), 4),
      checkin(at(12), 6),
    ];
    const samples = metricSamples(d, ctxAt(14));
    const c = compareSevenDays(metric('security'), samples.security, cal.dayOf(at(14)), day0);
    expect(c.status).toBe('steady');
    expect(c.recent).toBeCloseTo(17 / 3);
    expect(c.sentence).toBe(
      'You felt 5.7 out of 10 secure on average in the last 7 days, up from 5 in the 7 days before. That rests on 3 check-ins in the last 7 days and 3 in the 7 before. A difference this size can be everyday ups and downs, so it may not mean much yet.',
    );
  });

  it('says how few there are when there are too few', () => {
    const d = emptyInsightData();
    d.checkins = [checkin(at(0), 5), checkin(at(1), 6), checkin(at(2), 7), checkin(at(3), 7)];
    d.spirals = [spiral(at(2))];
    const ctx = ctxAt(3);
    const samples = metricSamples(d, ctx);
    const today = cal.dayOf(ctx.now);
    const first = firstDayOfAll(samples, today);
    expect(first).toBe(day0);
    expect(compareSevenDays(metric('security'), samples.security, today, first)).toMatchObject({
      status: 'not-enough-data',
      span: null,
      sentence:
        'How secure you felt: 4 check-ins so far, 4 of them in the last 7 days. Comparing one week with the one before needs at least 3 in each.',
    });
    expect(compareSevenDays(metric('spirals'), samples.spirals, today, first).sentence).toBe(
      'Spirals a week: 1 spiral so far, over 4 days. After two full weeks, the last 7 days will be compared with the 7 before.',
    );
    expect(compareSevenDays(metric('partnerLoad'), samples.partnerLoad, today, first).status).toBe(
      'not-enough-data',
    );
    // A per-week sum with nothing logged is not "0, the same as 0": it is nothing yet.
    expect(compareSevenDays(metric('ownTimeMinutes'), [], today + 14, first)).toMatchObject({
      status: 'not-enough-data',
      sentence: 'Own-time minutes a week: nothing logged yet.',
    });
  });

  it('compares counts only once the earlier 7 days were all in use', () => {
    const d = emptyInsightData();
    d.checkins = [checkin(at(3), 5)];
    d.spirals = [spiral(at(3)), spiral(at(9))];
    const ctx = ctxAt(14); // the earlier 7 days are days 1 … 7; use began on day 3
    const cmp = whatsGettingEasier(metricSamples(d, ctx), ctx);
    expect(cmp.find((c) => c.metric === 'spirals')?.status).toBe('not-enough-data');
    const later = ctxAt(16); // now days 3 … 9 against 10 … 16
    const c = whatsGettingEasier(metricSamples(d, later), later).find(
      (x) => x.metric === 'spirals',
    );
    expect(c).toMatchObject({ status: 'steady', recent: 0, earlier: 2 });
  });

  it('leaves the four-week comparison in charge once it has enough', () => {
    const d = emptyInsightData();
    d.checkins = Array.from({ length: 60 }, (_, i) => checkin(at(i), i > 31 ? 7 : 5));
    const c = whatsGettingEasier(metricSamples(d, ctxAt(59)), ctxAt(59));
    expect(c.find((x) => x.metric === 'security')?.span).toBe('four-weeks');
  });
});
