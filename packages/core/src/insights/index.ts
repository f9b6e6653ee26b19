/**
 * @securebase/core/insights: every statistic the insights view shows, as pure functions
 * of record arrays, a Calendar and `now` (see data.ts). `computeInsights` runs them all;
 * the pieces are exported for screens that need just one.
 */
import { weekOfDay } from './calendar.ts';
import type { InsightContext, InsightData } from './data.ts';
import { type FactorEffect, factorEffects } from './factors.ts';
import { type LadderProgress, ladderProgress } from './ladder.ts';
import {
  type FearSummary,
  fearSummary,
  type ReachOutSummary,
  reachOutSummary,
  type UrgeOutcomes,
  urgeOutcomes,
} from './ledger.ts';
import { type LatestSpiral, latestSpiral, type Recurrences, recurrences } from './moments.ts';
import {
  currentNeedsMap,
  type ElsewhereSuggestion,
  elsewhereSuggestion,
  partnerLoadIndex,
  partnerOnlyNeeds,
} from './needs.ts';
import {
  selfCheckDue,
  selfCheckTrajectory,
  type TrajectoryPoint,
  trajectorySentence,
} from './selfcheck.ts';
import { type SpaceReconnection, spaceReconnection } from './space.ts';
import {
  type Comparison,
  metricSamples,
  type WeeklyTrends,
  weeklyTrends,
  whatsGettingEasier,
} from './trends.ts';

export interface Insights {
  trends: WeeklyTrends;
  easier: Comparison[];
  factors: FactorEffect[];
  space: SpaceReconnection;
  ladder: LadderProgress;
  fears: FearSummary;
  reachOuts: ReachOutSummary;
  /** What can be said from the first entries on (see moments.ts). */
  early: {
    latestSpiral: LatestSpiral | null;
    recurrences: Recurrences;
    urges: UrgeOutcomes;
  };
  needs: {
    partnerLoad: number | null;
    partnerOnly: string[];
    suggestion: ElsewhereSuggestion | null;
  };
  selfCheck: {
    trajectory: TrajectoryPoint[];
    sentence: string;
    due: boolean;
    daysSince: number | null;
  };
}

export function computeInsights(data: InsightData, ctx: InsightContext): Insights {
  const samples = metricSamples(data, ctx);
  const map = currentNeedsMap(data.needsMaps);
  const trajectory = selfCheckTrajectory(data.selfChecks);
  return {
    trends: weeklyTrends(samples, ctx),
    easier: whatsGettingEasier(samples, ctx),
    factors: factorEffects(data, ctx),
    space: spaceReconnection(data.spaceLogs),
    ladder: ladderProgress(data.ladderSteps, data.ladderAttempts),
    fears: fearSummary(data.assumptions),
    reachOuts: reachOutSummary(data.reachOuts),
    early: {
      latestSpiral: latestSpiral(data.spirals, ctx),
      recurrences: recurrences(data.spirals, data.assumptions, data.checkins),
      urges: urgeOutcomes(data.reachOuts),
    },
    needs: {
      partnerLoad: map ? partnerLoadIndex(map) : null,
      partnerOnly: map ? partnerOnlyNeeds(map) : [],
      suggestion: map ? elsewhereSuggestion(map, weekOfDay(ctx.calendar.dayOf(ctx.now))) : null,
    },
    selfCheck: {
      trajectory,
      sentence: trajectorySentence(trajectory),
      ...selfCheckDue(data.selfChecks, ctx.now, ctx.calendar),
    },
  };
}

export * from './aggregate.ts';
export * from './calendar.ts';
export * from './compare.ts';
export * from './data.ts';
export * from './days.ts';
export * from './factors.ts';
export * from './history.ts';
export * from './ladder.ts';
export * from './ledger.ts';
export * from './metrics.ts';
export * from './moments.ts';
export * from './needs.ts';
export * from './search.ts';
export * from './selfcheck.ts';
export * from './sevendays.ts';
export * from './source.ts';
export * from './space.ts';
export * from './stats.ts';
export * from './tdist.ts';
export * from './trends.ts';
