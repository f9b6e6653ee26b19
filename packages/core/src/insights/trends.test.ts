import { describe, expect, it } from 'vitest';
import {
  assumption,
  attempt,
  checkin,
  needsMap,
  ownTime,
  presence,
  reachOut,
  spiral,
} from './builders.ts';
import { offsetCalendar, weekOfDay } from './calendar.ts';
import type { InsightContext } from './data.ts';
import { emptyInsightData } from './data.ts';
import { DAY_MS, HOUR_MS } from './fixtures.ts';
import { METRICS } from './metrics.ts';
import { compareRecent, metricSamples, weeklyTrends, whatsGettingEasier } from './trends.ts';

const MON = Date.UTC(2024, 0, 1); // a Monday
const at = (day: number, hour = 12) => MON + day * DAY_MS + hour * HOUR_MS;
const cal = offsetCalendar(0);
const ctxAt = (day: number): InsightContext => ({ calendar: cal, now: at(day) });
const metric = (id: string) => {
  const m = METRICS.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};

describe('weekly trends', () => {
  it('computes each metric per week with known answers', () => {
    const d = emptyInsightData();
    // Security: every day of week w has check-ins w and w + 2 → weekly mean w + 1.
    d.checkins = Array.from({ length: 21 }, (_, i) => [
      checkin(at(i, 9), Math.floor(i / 7)),
      checkin(at(i, 20), Math.floor(i / 7) + 2),
    ]).flat();
    // Spirals every 3 days from day 0: days 0,3,6 | 9,12 | 15,18.
    d.spirals = [0, 3, 6, 9, 12, 15, 18].map((day) =>
      spiral(at(day), { calmMinutes: [10, 20, 60][day / 3] ?? 5, feelings: [80, 60], after: [30] }),
    );
    d.spirals.push(spiral(at(1), { calmMinutes: 1, draft: true }));
    d.reachOuts = [
      reachOut(at(0), 'texted', 8),
      reachOut(at(1), 'called', 6),
      reachOut(at(2), 'checked-status', 4),
      reachOut(at(3), 'paused', 2),
    ];
    d.assumptions = [
      assumption(at(0), 'yes'),
      assumption(at(1), 'partly'),
      assumption(at(2), 'no'),
      assumption(at(3), 'no'),
      assumption(at(4)),
    ];
    d.needsMaps = [needsMap(at(1), [['partner'], ['partner'], ['friends', 'partner'], []])];
    d.needsMaps.push(needsMap(at(15), [['partner'], ['self'], ['friends'], ['family']]));
    d.ownTime = [ownTime(at(0), 'run', 30), ownTime(at(5), 'read', 45), ownTime(at(15), 'run', 20)];
    d.presence = [presence(at(2), 6), presence(at(4), 9), presence(at(16), 7)];
    d.ladderAttempts = [
      attempt('s', at(0), { peak: 80 }),
      attempt('s', at(1), { peak: 60 }),
      attempt('s', at(2), { before: 10 }),
    ];
    const t = weeklyTrends(metricSamples(d, ctxAt(20)), ctxAt(20));
    expect(t.weeks).toEqual([0, 1, 2].map((w) => weekOfDay(cal.dayOf(MON)) + w));
    expect(t.weekStarts[0]).toBe(cal.dayOf(MON));
    expect(t.series.security).toEqual([1, 2, 3]);
    expect(t.series.spirals).toEqual([4, 2, 2]); // a draft counts: a spiral was started
    expect(t.series.calmMinutes).toEqual([20, 5, 5]);
    expect(t.series.intensityDrop).toEqual([40, 40, 40]);
    expect(t.series.urge).toEqual([5, null, null]);
    expect(t.series.pursueShare).toEqual([0.75, null, null]);
    expect(t.series.fearConfirmed).toEqual([0.375, null, null]);
    expect(t.series.partnerLoad).toEqual([0.5, 0.5, 0.25]);
    expect(t.series.ownTimeMinutes).toEqual([75, 0, 20]);
    expect(t.series.presence).toEqual([7.5, null, 7]);
    expect(t.series.ladderDistress).toEqual([70, null, null]);
  });

  it('starts at the first week with data, and counts are null before their first record', () => {
    const d = emptyInsightData();
    d.checkins = [checkin(at(0), 5)];
    d.spirals = [spiral(at(8))];
    const t = weeklyTrends(metricSamples(d, ctxAt(15)), ctxAt(15));
    expect(t.series.spirals).toEqual([null, 1, 0]);
    expect(t.series.security).toEqual([5, null, null]);
  });

  it('is a single empty week with no data', () => {
    const t = weeklyTrends(metricSamples(emptyInsightData(), ctxAt(3)), ctxAt(3));
    expect(t.weeks).toHaveLength(1);
    expect(t.series.security).toEqual([null]);
    expect(t.series.spirals).toEqual([null]);
  });
});

describe("what's getting easier", () => {
  const today = 83; // twelve weeks of data: days 0 … 83
  const todayDay = cal.dayOf(at(today));

  it('compares the last four weeks with before, direction-aware', () => {
    const d = emptyInsightData();
    d.checkins = Array.from({ length: 84 }, (_, i) => checkin(at(i), i > today - 28 ? 7 : 5));
    d.spirals = Array.from({ length: 84 }, (_, i) => i)
      .filter((i) => (i > today - 28 ? i % 7 === 0 : i % 7 === 0 || i % 7 === 3 || i % 7 === 5))
      .map((i) => spiral(at(i)));
    d.reachOuts = Array.from({ length: 84 }, (_, i) =>
      reachOut(at(i), i > today - 28 ? 'texted' : 'paused'),
    );
    const samples = metricSamples(d, ctxAt(today));
    const security = compareRecent(metric('security'), samples.security, todayDay);
    expect(security).toMatchObject({ status: 'easier', recent: 7, earlier: 5 });
    expect(security.sentence).toBe(
      'You felt 7 out of 10 secure on average in the last four weeks, up from 5 before.',
    );
    const spirals = compareRecent(metric('spirals'), samples.spirals, todayDay);
    expect(spirals).toMatchObject({ status: 'easier', recent: 1, earlier: 3 });
    expect(spirals.sentence).toContain('down from 3 a week');
    const pursue = compareRecent(metric('pursueShare'), samples.pursueShare, todayDay);
    expect(pursue).toMatchObject({ status: 'harder', recent: 1, earlier: 0 });
    expect(pursue.sentence).toBe(
      'You pursued 100 % of your urges in the last four weeks, up from 0 % before.',
    );
  });

  it('reads small changes as steady and non-goals as changed', () => {
    const d = emptyInsightData();
    d.checkins = Array.from({ length: 84 }, (_, i) => checkin(at(i), i % 2 === 0 ? 5 : 6));
    d.assumptions = Array.from({ length: 84 }, (_, i) =>
      assumption(at(i), i > today - 28 ? 'yes' : 'no'),
    );
    const cmp = whatsGettingEasier(metricSamples(d, ctxAt(today)), ctxAt(today));
    expect(cmp.find((c) => c.metric === 'security')?.status).toBe('steady');
    expect(cmp.find((c) => c.metric === 'fearConfirmed')?.status).toBe('changed');
    expect(cmp.find((c) => c.metric === 'presence')?.status).toBe('not-enough-data');
    expect(cmp.map((c) => c.metric)).toEqual(METRICS.map((m) => m.id));
    for (const c of cmp) expect(c.sentence).not.toMatch(/streak|NaN|null|undefined/i);
  });

  it('needs enough samples on both sides', () => {
    const d = emptyInsightData();
    d.checkins = [
      checkin(at(10), 5),
      checkin(at(11), 5),
      checkin(at(12), 5),
      checkin(at(80), 9),
      checkin(at(81), 9),
    ];
    d.spirals = [spiral(at(75))];
    const s = metricSamples(d, ctxAt(today));
    expect(compareRecent(metric('security'), s.security, todayDay).status).toBe('not-enough-data');
    // Spirals began 8 days ago: too little history before the last four weeks.
    expect(compareRecent(metric('spirals'), s.spirals, todayDay).status).toBe('not-enough-data');
  });

  it('compares the needs map now with four weeks ago', () => {
    const d = emptyInsightData();
    d.needsMaps = [
      needsMap(at(0), [['partner'], ['partner'], ['self'], ['self']]),
      needsMap(at(70), [['partner'], ['friends'], ['self'], ['self']]),
    ];
    const c = compareRecent(
      metric('partnerLoad'),
      metricSamples(d, ctxAt(today)).partnerLoad,
      todayDay,
    );
    expect(c).toMatchObject({ status: 'easier', recent: 0.25, earlier: 0.5 });
    expect(c.sentence).toBe(
      '25 % of your needs rest on your partner alone now, down from 50 % four weeks ago.',
    );
  });
});
