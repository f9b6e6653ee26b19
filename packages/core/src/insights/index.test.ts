import { describe, expect, it } from 'vitest';
import { parseBody } from '../records/registry.ts';
import { RECORD_TYPES, type RecordTypeName } from '../records/types/index.ts';
import { offsetCalendar } from './calendar.ts';
import type { InsightData } from './data.ts';
import { DAY_MS, generateInsightData, recordCount } from './fixtures.ts';
import { computeInsights } from './index.ts';

const start = Date.UTC(2023, 0, 2);
const days = 365;
const data = generateInsightData({ start, days, seed: 7 });
const ctx = { calendar: offsetCalendar(0), now: start + days * DAY_MS - 1 };

const TYPE_OF: Record<keyof InsightData, RecordTypeName> = {
  checkins: 'checkin',
  spirals: 'spiral',
  reachOuts: 'reach-out',
  assumptions: 'assumption',
  ladderSteps: 'ladder-step',
  ladderAttempts: 'ladder-attempt',
  spaceLogs: 'space-log',
  needsMaps: 'needs-map',
  ownTime: 'own-time',
  drills: 'listening-drill',
  presence: 'presence-log',
  mindful: 'mindful-minute',
  selfChecks: 'self-check',
};

describe('generated data', () => {
  it('is valid for every record type and has the benchmark shape', () => {
    for (const [key, type] of Object.entries(TYPE_OF) as [keyof InsightData, RecordTypeName][]) {
      for (const r of data[key]) {
        const parsed = parseBody<unknown>(RECORD_TYPES[type], 1, r.body);
        if (!parsed.ok) throw new Error(`${type}: ${JSON.stringify(parsed.error)}`);
      }
    }
    expect(data.checkins).toHaveLength(2 * days);
    expect(data.spirals).toHaveLength(Math.ceil(days / 3));
    expect(data.reachOuts).toHaveLength(days);
    expect(data.presence).toHaveLength(Math.ceil(days / 7));
    expect(data.selfChecks).toHaveLength(Math.ceil(days / 30));
    expect(recordCount(data)).toBeGreaterThan(1500);
  });
});

describe('computeInsights', () => {
  const out = computeInsights(data, ctx);

  it('computes every part over a year of data', () => {
    expect(out.trends.weeks).toHaveLength(53);
    // The generator raises security by 3 points over the year and lowers minutes to calm.
    expect(out.easier.find((c) => c.metric === 'security')?.status).toBe('easier');
    expect(out.easier.find((c) => c.metric === 'calmMinutes')?.status).toBe('easier');
    // Check-ins tagged "exercise" are generated one point higher.
    const exercise = out.factors.find((f) => f.name === 'exercise');
    expect(exercise?.status === 'estimate' && exercise.low > 0).toBe(true);
    expect(out.space.times).toBeGreaterThan(0);
    expect(out.ladder.steps).toHaveLength(5);
    expect(out.fears.resolved).toBe(data.assumptions.length);
    expect(out.reachOuts.pursued + out.reachOuts.heldBack).toBe(days);
    expect(out.needs.partnerLoad).not.toBeNull();
    expect(out.selfCheck.trajectory).toHaveLength(data.selfChecks.length);
    expect(out.selfCheck.due).toBe(false);
  });

  it('never reads the clock: the same input gives the same output', () => {
    expect(computeInsights(data, ctx)).toEqual(out);
  });

  it('works on no data at all', () => {
    const empty = computeInsights(generateInsightData({ start, days: 0, seed: 1 }), ctx);
    expect(empty.factors).toEqual([]);
    expect(empty.easier.every((c) => c.status === 'not-enough-data')).toBe(true);
    expect(empty.selfCheck.due).toBe(true);
    expect(empty.needs).toEqual({ partnerLoad: null, partnerOnly: [], suggestion: null });
  });
});
