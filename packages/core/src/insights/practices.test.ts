import { describe, expect, it } from 'vitest';
import { SELF_CHECK_ITEMS, type SelfCheckBody } from '../records/types/selfcheck.ts';
import { assumption, attempt, ladderStep, needsMap, reachOut, spaceLog } from './builders.ts';
import { offsetCalendar } from './calendar.ts';
import { fakeId, HOUR_MS } from './fixtures.ts';
import { ladderProgress } from './ladder.ts';
import { fearSummary, reachOutSummary } from './ledger.ts';
import {
  currentNeedsMap,
  elsewhereSuggestion,
  otherSources,
  partnerLoadIndex,
  partnerOnlyNeeds,
} from './needs.ts';
import {
  scoreSelfCheck,
  selfCheckDue,
  selfCheckTrajectory,
  trajectorySentence,
} from './selfcheck.ts';
import { spaceReconnection } from './space.ts';

const T = Date.UTC(2024, 0, 1);

describe('space and reconnection', () => {
  it('reports N of M with the median time, ignoring entries without an outcome', () => {
    const s = spaceReconnection([
      spaceLog(T, 'space', 2),
      spaceLog(T, 'space', 6),
      spaceLog(T, 'space', false),
      spaceLog(T, 'space', 10),
      spaceLog(T, 'space'),
      spaceLog(T, 'closeness', 1),
    ]);
    expect(s).toMatchObject({
      times: 4,
      reconnected: 3,
      medianHours: 6,
      awaitingFollowUp: 1,
      closenessCount: 1,
    });
    expect(s.sentence).toBe(
      'When your partner wanted space, you reconnected afterwards 3 of 4 times, usually within about 6 hours.',
    );
  });

  it('has a gentle empty state', () => {
    const s = spaceReconnection([spaceLog(T, 'space')]);
    expect(s.times).toBe(0);
    expect(s.sentence).toContain('When you note what followed');
  });
});

describe('ladder', () => {
  const a = fakeId(1);
  const b = fakeId(2);
  const c = fakeId(3);
  const steps = [
    ladderStep(b, 2),
    ladderStep(a, 1),
    ladderStep(c, 3),
    ladderStep(fakeId(9), 0, true),
  ];

  it('suggests the first step, then keeps going until after-distress ≤ 30 twice', () => {
    expect(ladderProgress([], []).suggestion.kind).toBe('empty');
    expect(ladderProgress(steps, []).suggestion).toMatchObject({ kind: 'start', stepId: a });
    const one = [
      attempt(a, T, { before: 60, peak: 70, after: 30 }),
      attempt(a, T + 1, { peak: 50, after: 45 }),
    ];
    const p = ladderProgress(steps, one);
    expect(p.steps.map((s) => s.id)).toEqual([a, b, c]);
    expect(p.steps[0]).toMatchObject({
      attempts: 2,
      calmAfter: 1,
      settled: false,
      meanPeak: 60,
      lastAfter: 45,
    });
    expect(p.suggestion).toMatchObject({ kind: 'keep-going', stepId: a });
  });

  it('suggests the next step once a step settled (twice, not necessarily in a row)', () => {
    const tries = [
      attempt(a, T, { after: 20 }),
      attempt(a, T + 1, { after: 50 }),
      attempt(a, T + 2, { after: 31 }),
      attempt(a, T + 3, { after: 10 }),
    ];
    const p = ladderProgress(steps, tries);
    expect(p.steps[0]?.settled).toBe(true);
    expect(p.suggestion).toMatchObject({ kind: 'next', stepId: b });
    expect(p.suggestion.sentence).toContain('step 2');
    const all = [
      ...tries,
      ...[b, c].flatMap((id) => [attempt(id, T, { after: 0 }), attempt(id, T, { after: 5 })]),
    ];
    expect(ladderProgress(steps, all).suggestion.kind).toBe('top');
  });
});

describe('self-check scoring', () => {
  const answersAll = (straight: number, reversed: number): SelfCheckBody['answers'] => {
    const out: SelfCheckBody['answers'] = {};
    for (const i of SELF_CHECK_ITEMS) out[i.id] = i.reverse ? reversed : straight;
    return out;
  };

  it('has 12–16 items, half of each dimension reverse-keyed, with unique ids', () => {
    expect(SELF_CHECK_ITEMS.length).toBeGreaterThanOrEqual(12);
    expect(SELF_CHECK_ITEMS.length).toBeLessThanOrEqual(16);
    expect(new Set(SELF_CHECK_ITEMS.map((i) => i.id)).size).toBe(SELF_CHECK_ITEMS.length);
    for (const dim of ['anxiety', 'avoidance'] as const) {
      const items = SELF_CHECK_ITEMS.filter((i) => i.dimension === dim);
      expect(items.filter((i) => i.reverse).length * 2).toBe(items.length);
    }
  });

  it('reverse-keys and averages per dimension', () => {
    expect(scoreSelfCheck({ at: T, answers: answersAll(7, 1) })).toEqual({
      anxiety: 7,
      avoidance: 7,
      answered: 12,
    });
    expect(scoreSelfCheck({ at: T, answers: answersAll(1, 7) })).toEqual({
      anxiety: 1,
      avoidance: 1,
      answered: 12,
    });
    // anx1 = 6 (straight), anx2 = 2 (reverse → 6), anx3 = 3; avoidance skipped.
    expect(scoreSelfCheck({ at: T, answers: { anx1: 6, anx2: 2, anx3: 3 } })).toEqual({
      anxiety: 5,
      avoidance: null,
      answered: 3,
    });
  });

  it('builds a trajectory oldest first and a due reminder after 30 days', () => {
    const rows = [
      { createdAt: 0, body: { at: T + 40 * 24 * HOUR_MS, answers: answersAll(3, 5) } },
      { createdAt: 0, body: { at: T, answers: answersAll(6, 2) } },
      { createdAt: 0, body: { at: T + 10, answers: { anx1: 4 } } },
    ];
    const tr = selfCheckTrajectory(rows);
    expect(tr).toEqual([
      { at: T, anxiety: 6, avoidance: 6 },
      { at: T + 40 * 24 * HOUR_MS, anxiety: 3, avoidance: 3 },
    ]);
    expect(trajectorySentence(tr)).toContain('went from 6.0 to 3.0');
    expect(trajectorySentence(tr)).toContain('not a diagnosis');
    const cal = offsetCalendar(0);
    expect(selfCheckDue([], T, cal)).toEqual({ due: true, daysSince: null });
    expect(selfCheckDue(rows, T + 69 * 24 * HOUR_MS, cal)).toEqual({ due: false, daysSince: 29 });
    expect(selfCheckDue(rows, T + 70 * 24 * HOUR_MS, cal)).toEqual({ due: true, daysSince: 30 });
  });
});

describe('fears and reach-outs', () => {
  it('counts fears that came true and the likelihood they were given', () => {
    const f = fearSummary([
      assumption(T, 'yes', 90),
      assumption(T, 'no', 80),
      assumption(T, 'no', 70),
      assumption(T, 'partly', 60),
      assumption(T, undefined, 10),
    ]);
    expect(f).toMatchObject({
      resolved: 4,
      cameTrue: 1,
      partly: 1,
      didNot: 2,
      open: 1,
      confirmedRate: 0.375,
      meanLikelihood: 75,
    });
    expect(f.sentence).toBe(
      'Of 4 fears you checked, 1 came true, 1 partly, and 2 did not. When you wrote them down they felt 75 % likely on average; counting partly as half, 38 % came true. That is 4 fears so far, an early picture.',
    );
    expect(fearSummary([]).confirmedRate).toBeNull();
  });

  it('counts pursuing versus holding back, and the urge after a pause', () => {
    const r = reachOutSummary([
      reachOut(T, 'texted'),
      reachOut(T, 'paused', 8, 5),
      reachOut(T, 'paused', 6, 4),
      reachOut(T, 'paused', 7, 6),
      reachOut(T, 'for-me'),
    ]);
    expect(r).toMatchObject({ pursued: 1, heldBack: 4, open: 0, meanUrgeDropAfterPause: 2 });
    expect(r.sentence).toContain('After a pause, the urge was 2 points lower on average.');
  });
});

describe('needs map', () => {
  const map = needsMap(T, [
    ['partner'],
    ['partner', 'friends'],
    [],
    ['partner'],
    ['self', 'hobbies'],
  ]).body;

  it('computes the partner-load index over all listed needs', () => {
    expect(partnerOnlyNeeds(map)).toEqual(['need 0', 'need 3']);
    expect(partnerLoadIndex(map)).toBe(0.4);
    expect(partnerLoadIndex({ at: T, needs: [] })).toBeNull();
  });

  it('offers non-partner sources and one rotating suggestion', () => {
    expect(otherSources(map, ' Need 1')).toEqual(['friends']);
    expect(otherSources(map, 'unknown')).toEqual([]);
    expect(elsewhereSuggestion(map, 10)?.need).toBe('need 0');
    expect(elsewhereSuggestion(map, 11)?.need).toBe('need 3');
    expect(elsewhereSuggestion(needsMap(T, [['self']]).body, 1)).toBeNull();
  });

  it('takes the newest snapshot as the current map', () => {
    const rows = [needsMap(T + 5, [['self']]), needsMap(T + 9, [['partner']]), needsMap(T, [])];
    expect(currentNeedsMap(rows)?.at).toBe(T + 9);
    expect(currentNeedsMap([])).toBeUndefined();
  });
});
