/**
 * The input of every insight: plain arrays of records shaped like the vault's `Rec<T>`
 * (only `createdAt` and `body` are read). Insights are pure functions of this data, a
 * Calendar and `now`; nothing here reads a clock, a store or the time zone.
 */
import type { AssumptionBody } from '../records/types/assumption.ts';
import type { CheckinBody } from '../records/types/checkin.ts';
import type { LadderAttemptBody, LadderStepBody } from '../records/types/ladder.ts';
import type { NeedsMapBody, OwnTimeBody } from '../records/types/needs.ts';
import type {
  ListeningDrillBody,
  MindfulMinuteBody,
  PresenceLogBody,
} from '../records/types/present.ts';
import type { ReachOutBody } from '../records/types/reachout.ts';
import type { SelfCheckBody } from '../records/types/selfcheck.ts';
import type { SpaceLogBody } from '../records/types/spacelog.ts';
import type { SpiralBody } from '../records/types/spiral.ts';
import type { Calendar } from './calendar.ts';

export interface Row<B> {
  createdAt: number;
  body: B;
}

/** A ladder step also needs its record id, which attempts point at. */
export interface IdRow<B> extends Row<B> {
  id: string;
}

export interface InsightData {
  checkins: readonly Row<CheckinBody>[];
  spirals: readonly Row<SpiralBody>[];
  reachOuts: readonly Row<ReachOutBody>[];
  assumptions: readonly Row<AssumptionBody>[];
  ladderSteps: readonly IdRow<LadderStepBody>[];
  ladderAttempts: readonly Row<LadderAttemptBody>[];
  spaceLogs: readonly Row<SpaceLogBody>[];
  needsMaps: readonly Row<NeedsMapBody>[];
  ownTime: readonly Row<OwnTimeBody>[];
  drills: readonly Row<ListeningDrillBody>[];
  presence: readonly Row<PresenceLogBody>[];
  mindful: readonly Row<MindfulMinuteBody>[];
  selfChecks: readonly Row<SelfCheckBody>[];
}

/** InsightData with plain arrays, for code that builds it up (the vault source, fixtures). */
export type MutableInsightData = { [K in keyof InsightData]: InsightData[K][number][] };

export function emptyInsightData(): MutableInsightData {
  return {
    checkins: [],
    spirals: [],
    reachOuts: [],
    assumptions: [],
    ladderSteps: [],
    ladderAttempts: [],
    spaceLogs: [],
    needsMaps: [],
    ownTime: [],
    drills: [],
    presence: [],
    mindful: [],
    selfChecks: [],
  };
}

export interface InsightContext {
  calendar: Calendar;
  /** The current time in ms, passed in by the caller. */
  now: number;
}
