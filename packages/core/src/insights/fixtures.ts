/**
 * Deterministic generated data for insight tests and the benchmark: years of plausible
 * records from a seeded PRNG, with every body valid for its record type. Not exported
 * from the insights entry point, so it never reaches the app bundle.
 *
 * Shape (per the benchmark brief): two check-ins a day, a spiral every three days, a
 * reach-out a day, weekly presence, own-time, assumption, space and ladder entries, a
 * needs-map snapshot and a self-check every 30 days. Security drifts up by 3 points over
 * the whole span, and check-ins tagged "exercise" are one point higher.
 */
import { DEFAULT_TAGS } from '../records/types/checkin.ts';
import { DEFAULT_NEEDS, NEED_SOURCES } from '../records/types/needs.ts';
import { REACH_OUT_ACTIONS } from '../records/types/reachout.ts';
import { SELF_CHECK_ITEMS, type SelfCheckBody } from '../records/types/selfcheck.ts';
import { emptyInsightData, type InsightData, type MutableInsightData } from './data.ts';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** mulberry32: tiny, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A fixed UUID-shaped id from a counter (tests need stable ids, not random ones). */
export function fakeId(n: number): string {
  return `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

export interface GenerateOptions {
  /** Local midnight (UTC here) of the first day, in ms. */
  start: number;
  days: number;
  seed: number;
}

type Rand = () => number;

function pick<T>(rand: Rand, xs: readonly T[]): T {
  const x = xs[Math.floor(rand() * xs.length)];
  if (x === undefined) throw new Error('pick from an empty list');
  return x;
}

const intIn = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

function addDay(d: MutableInsightData, rand: Rand, t0: number, progress: number) {
  for (const hour of [9, 21]) {
    const at = t0 + hour * HOUR_MS;
    const tags = DEFAULT_TAGS.filter(() => rand() < 0.2);
    const base = 4 + 3 * progress + (tags.includes('exercise') ? 1 : 0);
    const security = clamp(base + (rand() - 0.5) * 4, 0, 10);
    d.checkins.push({ createdAt: at, body: { at, security, tags, note: '' } });
  }
  const at = t0 + 20 * HOUR_MS;
  const did = pick(rand, REACH_OUT_ACTIONS);
  const paused = did === 'paused';
  const urge = intIn(rand, 2, 9);
  d.reachOuts.push({
    createdAt: at,
    body: {
      at,
      urge,
      did,
      ...(paused
        ? { pauseMinutes: 15, pauseEndsAt: at + 15 * 60_000, urgeAfter: Math.max(0, urge - 2) }
        : {}),
      partnerResponse: '',
      note: '',
      status: 'closed',
    },
  });
}

function addSpiral(d: MutableInsightData, rand: Rand, t0: number, progress: number) {
  const startedAt = t0 + 22 * HOUR_MS;
  const minutes = Math.round(40 - 25 * progress + rand() * 10);
  const peak = intIn(rand, 60, 95);
  d.spirals.push({
    createdAt: startedAt,
    body: {
      status: 'done',
      step: 'rerate',
      startedAt,
      completedAt: startedAt + minutes * 60_000,
      calmAt: startedAt + minutes * 60_000,
      facts: '',
      feelings: [
        { word: 'anxious', intensity: peak },
        { word: 'lonely', intensity: peak - 10 },
      ],
      story: '',
      explanations: [],
      needs: ['reassurance'],
      elsewhere: '',
      askDraft: '',
      feelingsAfter: [{ word: 'anxious', intensity: clamp(peak - 20 - 20 * progress, 0, 100) }],
    },
  });
}

function addWeek(d: MutableInsightData, rand: Rand, t0: number, week: number, progress: number) {
  const at = t0 + 19 * HOUR_MS;
  d.presence.push({
    createdAt: at,
    body: {
      at,
      present: clamp(5 + 3 * progress + rand() * 2, 0, 10),
      phoneAway: rand() < 0.6,
      listenedWithoutJudging: rand() < 0.7,
      reflectedBack: rand() < 0.5,
      note: '',
    },
  });
  const activity = pick(rand, ['running', 'reading', 'choir', 'pottery']);
  d.ownTime.push({
    createdAt: at,
    body: { at, activity, minutes: intIn(rand, 20, 120), note: '' },
  });
  const outcome = pick(rand, ['yes', 'no', 'no', 'partly'] as const);
  d.assumptions.push({
    createdAt: at,
    body: {
      at,
      fear: 'They are losing interest',
      likelihood: intIn(rand, 30, 90),
      partnerSaid: '',
      cameTrue: outcome,
      resolvedAt: at + DAY_MS,
    },
  });
  const reconnected = rand() < 0.8;
  d.spaceLogs.push({
    createdAt: at,
    body: {
      at,
      wanted: week % 3 === 0 ? 'closeness' : 'space',
      note: '',
      reconnected,
      ...(reconnected ? { reconnectedAt: at + intIn(rand, 1, 12) * HOUR_MS } : {}),
      followNote: '',
    },
  });
  d.drills.push({
    createdAt: at,
    body: {
      at,
      topic: 'A moment this week',
      turnSeconds: 120,
      heardA: intIn(rand, 4, 10),
      heardB: intIn(rand, 4, 10),
    },
  });
  d.mindful.push({ createdAt: at, body: { at } });
  const step = d.ladderSteps[week % Math.max(1, d.ladderSteps.length)];
  if (step) {
    const peak = clamp(80 - 40 * progress + rand() * 10, 0, 100);
    d.ladderAttempts.push({
      createdAt: at,
      body: {
        stepId: step.id,
        at,
        before: clamp(peak - 15, 0, 100),
        peak,
        after: clamp(peak - 35, 0, 100),
        note: '',
      },
    });
  }
}

function addMonth(d: MutableInsightData, rand: Rand, t0: number, progress: number) {
  const at = t0 + 12 * HOUR_MS;
  const answers: SelfCheckBody['answers'] = {};
  for (const item of SELF_CHECK_ITEMS) {
    const level = item.dimension === 'anxiety' ? 6 - 3 * progress : 3;
    const raw = clamp(level + (rand() - 0.5) * 2, 1, 7);
    answers[item.id] = item.reverse ? 8 - raw : raw;
  }
  d.selfChecks.push({ createdAt: at, body: { at, answers } });
  d.needsMaps.push({
    createdAt: at,
    body: {
      at,
      needs: DEFAULT_NEEDS.map((name) => ({
        name,
        sources:
          rand() < 0.5 - 0.3 * progress ? ['partner'] : NEED_SOURCES.filter(() => rand() < 0.3),
      })),
    },
  });
}

/** Generated data with the shape described above; the same options give the same data. */
export function generateInsightData(opts: GenerateOptions): MutableInsightData {
  const rand = seededRandom(opts.seed);
  const d = emptyInsightData();
  for (let i = 0; i < 5; i++) {
    d.ladderSteps.push({
      id: fakeId(i + 1),
      createdAt: opts.start,
      body: { text: `Step ${i + 1}`, order: i },
    });
  }
  for (let day = 0; day < opts.days; day++) {
    const t0 = opts.start + day * DAY_MS;
    const progress = day / Math.max(1, opts.days - 1);
    addDay(d, rand, t0, progress);
    if (day % 3 === 0) addSpiral(d, rand, t0, progress);
    if (day % 7 === 0) addWeek(d, rand, t0, day / 7, progress);
    if (day % 30 === 0) addMonth(d, rand, t0, progress);
  }
  return d;
}

export function recordCount(d: InsightData): number {
  let n = 0;
  for (const list of Object.values(d)) n += list.length;
  return n;
}
