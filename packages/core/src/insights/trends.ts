/**
 * Weekly trends and "what's getting easier". Both read the metric definitions in
 * metrics.ts; this module only decides the stretches of days and the wording.
 *
 * Wording rules: describe, never judge; counts say "you logged" (logging is not the
 * same as happening); "lately" means the last four weeks; no streaks, no scores.
 */
import { aggregateRange, sortSamples, weeklyValues } from './aggregate.ts';
import { weekOfDay, weekStartDay } from './calendar.ts';
import {
  type Comparison,
  changeStatus,
  comparedWord,
  type Metric,
  type MetricSamples,
} from './compare.ts';
import type { InsightContext, InsightData } from './data.ts';
import { FOUR_WEEKS, METRICS, type MetricId, type Sample } from './metrics.ts';
import { compareSevenDays, firstDayOfAll } from './sevendays.ts';

export function metricSamples(data: InsightData, ctx: InsightContext): MetricSamples {
  const out: Partial<MetricSamples> = {};
  for (const m of METRICS) out[m.id] = sortSamples(m.samples(data, ctx.calendar));
  return out as MetricSamples;
}

export interface WeeklyTrends {
  /** Week numbers (see calendar.ts), oldest first, up to the current week. */
  weeks: number[];
  /** The local epoch-day of each week's Monday. */
  weekStarts: number[];
  series: Record<MetricId, (number | null)[]>;
}

export function weeklyTrends(samples: MetricSamples, ctx: InsightContext): WeeklyTrends {
  const lastWeek = weekOfDay(ctx.calendar.dayOf(ctx.now));
  let firstWeek = lastWeek;
  for (const m of METRICS) {
    const first = samples[m.id][0];
    if (first) firstWeek = Math.min(firstWeek, weekOfDay(first.day));
  }
  const weeks: number[] = [];
  for (let w = firstWeek; w <= lastWeek; w++) weeks.push(w);
  const series: Partial<Record<MetricId, (number | null)[]>> = {};
  for (const m of METRICS) {
    series[m.id] = weeklyValues(m.aggregate, samples[m.id], firstWeek, lastWeek);
  }
  return {
    weeks,
    weekStarts: weeks.map(weekStartDay),
    series: series as Record<MetricId, (number | null)[]>,
  };
}

export type { ChangeStatus, Comparison, Metric, MetricSamples } from './compare.ts';

export const RECENT_DAYS = 28;
/** A per-week rate needs at least this much earlier history to compare against. */
export const MIN_EARLIER_DAYS = 14;

function periods(def: Metric, samples: readonly Sample[], today: number) {
  const recentFrom = today - RECENT_DAYS + 1;
  const earlierTo = recentFrom - 1;
  const earlierFrom = samples[0]?.day ?? today;
  const recent = aggregateRange(def.aggregate, samples, recentFrom, today);
  const earlier = aggregateRange(def.aggregate, samples, earlierFrom, earlierTo);
  let enough = recent.value !== null && earlier.value !== null;
  if (def.aggregate === 'perWeek') enough &&= earlierTo - earlierFrom + 1 >= MIN_EARLIER_DAYS;
  if (def.aggregate === 'mean' || def.aggregate === 'median') {
    enough &&= recent.n >= def.minSamples && earlier.n >= def.minSamples;
  }
  return { recent: recent.value, earlier: earlier.value, enough };
}

/** Compares the last four weeks with everything before, for one metric. */
export function compareRecent(def: Metric, samples: readonly Sample[], today: number): Comparison {
  const p = periods(def, samples, today);
  const base = { metric: def.id, label: def.label, recent: p.recent, earlier: p.earlier };
  if (!p.enough || p.recent === null || p.earlier === null) {
    return {
      ...base,
      status: 'not-enough-data',
      span: null,
      sentence: `${def.label}: not enough data yet to compare the last four weeks with before.`,
    };
  }
  const st = changeStatus(def, p.recent, p.earlier);
  const r = def.format(p.recent);
  const e = def.format(p.earlier);
  const cmp = comparedWord(def, p.recent, p.earlier);
  return { ...base, status: st, span: 'four-weeks', sentence: def.sentence(r, cmp, e, FOUR_WEEKS) };
}

/**
 * Every metric compared: the last four weeks with before once there is enough, otherwise
 * the last 7 days with the 7 days before (so the second week already says something).
 * The view shows the 'easier' ones first and never counts days in a row.
 */
export function whatsGettingEasier(samples: MetricSamples, ctx: InsightContext): Comparison[] {
  const today = ctx.calendar.dayOf(ctx.now);
  const firstDay = firstDayOfAll(samples, today);
  return METRICS.map((m) => {
    const four = compareRecent(m, samples[m.id], today);
    return four.status === 'not-enough-data'
      ? compareSevenDays(m, samples[m.id], today, firstDay)
      : four;
  });
}
