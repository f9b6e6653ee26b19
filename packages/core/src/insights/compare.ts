/**
 * What a comparison of two stretches of days looks like, shared by the four-week
 * comparison (trends.ts) and the second-week one (sevendays.ts).
 */
import type { METRICS, MetricId, Sample } from './metrics.ts';

export type Metric = (typeof METRICS)[number];

export type MetricSamples = Record<MetricId, Sample[]>;

export type ChangeStatus = 'easier' | 'harder' | 'steady' | 'changed' | 'not-enough-data';

export interface Comparison {
  metric: MetricId;
  label: string;
  status: ChangeStatus;
  /** Which stretches were compared; null when there was not enough for either. */
  span: 'four-weeks' | 'seven-days' | null;
  recent: number | null;
  earlier: number | null;
  sentence: string;
}

/** Steady below the metric's threshold; otherwise easier or harder by its direction. */
export function changeStatus(def: Metric, recent: number, earlier: number): ChangeStatus {
  const diff = recent - earlier;
  if (Math.abs(diff) < def.steady) return 'steady';
  if (def.better === 'neither') return 'changed';
  return diff > 0 === (def.better === 'higher') ? 'easier' : 'harder';
}

/** "the same as", "close to", "up from" or "down from", as the formatted values read. */
export function comparedWord(def: Metric, recent: number, earlier: number): string {
  if (def.format(recent) === def.format(earlier)) return 'the same as';
  if (Math.abs(recent - earlier) < def.steady) return 'close to';
  return recent > earlier ? 'up from' : 'down from';
}
