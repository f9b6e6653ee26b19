/**
 * Small builders for insight tests: a valid body with only the fields a test cares about.
 * Not exported from the insights entry point.
 */
import type { AssumptionBody, FearOutcome } from '../records/types/assumption.ts';
import type { CheckinBody } from '../records/types/checkin.ts';
import type { LadderAttemptBody, LadderStepBody } from '../records/types/ladder.ts';
import type { NeedSource, NeedsMapBody, OwnTimeBody } from '../records/types/needs.ts';
import type { PresenceLogBody } from '../records/types/present.ts';
import type { ReachOutAction, ReachOutBody } from '../records/types/reachout.ts';
import type { SpaceLogBody } from '../records/types/spacelog.ts';
import type { SpiralBody } from '../records/types/spiral.ts';
import type { IdRow, Row } from './data.ts';

export const MIN_MS = 60_000;

const row = <B>(at: number, body: B): Row<B> => ({ createdAt: at, body });

export const checkin = (at: number, security: number, tags: string[] = []): Row<CheckinBody> =>
  row(at, { at, security, tags, note: '' });

export function spiral(
  startedAt: number,
  opts: { calmMinutes?: number; feelings?: number[]; after?: number[]; draft?: boolean } = {},
): Row<SpiralBody> {
  const toFeelings = (xs: number[] = []) => xs.map((intensity) => ({ word: 'anxious', intensity }));
  return row(startedAt, {
    status: opts.draft ? 'draft' : 'done',
    step: opts.draft ? 'story' : 'rerate',
    startedAt,
    ...(opts.calmMinutes === undefined ? {} : { calmAt: startedAt + opts.calmMinutes * MIN_MS }),
    facts: '',
    feelings: toFeelings(opts.feelings),
    story: '',
    explanations: [],
    needs: [],
    elsewhere: '',
    askDraft: '',
    feelingsAfter: toFeelings(opts.after),
  });
}

export const reachOut = (
  at: number,
  did: ReachOutAction,
  urge = 5,
  urgeAfter?: number,
): Row<ReachOutBody> =>
  row(at, {
    at,
    urge,
    did,
    ...(urgeAfter === undefined ? {} : { pauseMinutes: 10 as const, urgeAfter }),
    partnerResponse: '',
    note: '',
    status: 'closed',
  });

export const assumption = (
  at: number,
  cameTrue?: FearOutcome,
  likelihood = 50,
): Row<AssumptionBody> =>
  row(at, {
    at,
    fear: 'they are bored of me',
    likelihood,
    partnerSaid: '',
    ...(cameTrue === undefined ? {} : { cameTrue, resolvedAt: at + MIN_MS }),
  });

export const needsMap = (at: number, sources: NeedSource[][]): Row<NeedsMapBody> =>
  row(at, { at, needs: sources.map((s, i) => ({ name: `need ${i}`, sources: s })) });

export const ownTime = (at: number, activity: string, minutes: number): Row<OwnTimeBody> =>
  row(at, { at, activity, minutes, note: '' });

export const presence = (at: number, present: number): Row<PresenceLogBody> =>
  row(at, {
    at,
    present,
    phoneAway: true,
    listenedWithoutJudging: true,
    reflectedBack: false,
    note: '',
  });

export const ladderStep = (id: string, order: number, archived = false): IdRow<LadderStepBody> => ({
  id,
  createdAt: 0,
  body: { text: `step ${order}`, order, ...(archived ? { archived } : {}) },
});

export const attempt = (
  stepId: string,
  at: number,
  d: { before?: number; peak?: number; after?: number },
): Row<LadderAttemptBody> => row(at, { stepId, at, ...d, note: '' });

export const spaceLog = (
  at: number,
  wanted: 'space' | 'closeness',
  reconnectedAfterHours?: number | false,
): Row<SpaceLogBody> =>
  row(at, {
    at,
    wanted,
    note: '',
    ...(reconnectedAfterHours === undefined
      ? {}
      : reconnectedAfterHours === false
        ? { reconnected: false }
        : { reconnected: true, reconnectedAt: at + reconnectedAfterHours * 3_600_000 }),
    followNote: '',
  });
