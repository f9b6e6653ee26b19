/**
 * F10 scoring: each answer 1 … 7 is reverse-keyed where the item says so (8 − answer),
 * then averaged per dimension. A skipped item is left out of its dimension's mean; a
 * dimension with no answers has no score. Not a published instrument, not a diagnosis.
 */
import {
  SELF_CHECK_ITEMS,
  type SelfCheckBody,
  type SelfCheckDimension,
} from '../records/types/selfcheck.ts';
import type { Calendar } from './calendar.ts';
import type { Row } from './data.ts';
import { mean } from './stats.ts';

export interface SelfCheckScore {
  anxiety: number | null;
  avoidance: number | null;
  answered: number;
}

export function scoreSelfCheck(body: SelfCheckBody): SelfCheckScore {
  const keyed: Record<SelfCheckDimension, number[]> = { anxiety: [], avoidance: [] };
  for (const item of SELF_CHECK_ITEMS) {
    const v = body.answers[item.id];
    if (v === undefined) continue;
    keyed[item.dimension].push(item.reverse ? 8 - v : v);
  }
  return {
    anxiety: mean(keyed.anxiety),
    avoidance: mean(keyed.avoidance),
    answered: keyed.anxiety.length + keyed.avoidance.length,
  };
}

export interface TrajectoryPoint {
  at: number;
  anxiety: number;
  avoidance: number;
}

/** Points on the anxiety × avoidance plane, oldest first; checks missing a dimension are left out. */
export function selfCheckTrajectory(rows: readonly Row<SelfCheckBody>[]): TrajectoryPoint[] {
  const out: TrajectoryPoint[] = [];
  for (const { body } of rows) {
    const s = scoreSelfCheck(body);
    if (s.anxiety !== null && s.avoidance !== null) {
      out.push({ at: body.at, anxiety: s.anxiety, avoidance: s.avoidance });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

export const SELF_CHECK_INTERVAL_DAYS = 30;

/** A gentle in-app reminder: due when no check was done in the last 30 local days. */
export function selfCheckDue(
  rows: readonly Row<SelfCheckBody>[],
  now: number,
  cal: Calendar,
): { due: boolean; daysSince: number | null } {
  let last: number | null = null;
  for (const { body } of rows) if (last === null || body.at > last) last = body.at;
  if (last === null) return { due: true, daysSince: null };
  const daysSince = cal.dayOf(now) - cal.dayOf(last);
  return { due: daysSince >= SELF_CHECK_INTERVAL_DAYS, daysSince };
}

const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

export function trajectorySentence(points: readonly TrajectoryPoint[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last)
    return 'After your first self-check, your answers will show up here as a point on a map.';
  if (points.length === 1) {
    return `Your first self-check: worry about the relationship ${one(first.anxiety)}, discomfort with closeness ${one(first.avoidance)} (1 = low, 7 = high). Each month adds a point.`;
  }
  return `Since your first self-check, worry about the relationship went from ${one(first.anxiety)} to ${one(last.anxiety)} and discomfort with closeness from ${one(first.avoidance)} to ${one(last.avoidance)} (1 = low, 7 = high). This is a mirror for you, not a diagnosis.`;
}
