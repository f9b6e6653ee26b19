/**
 * Combines a metric's samples over a stretch of days (both ends inclusive), and bins them
 * into weeks. Shared by weekly trends and by "what's getting easier".
 */
import { weekOfDay } from './calendar.ts';
import type { Aggregate, Sample } from './metrics.ts';
import { mean, median, sum } from './stats.ts';

export interface Aggregated {
  value: number | null;
  /** How many samples went into the value (for `latest`, 1 or 0). */
  n: number;
}

export function aggregateRange(
  kind: Aggregate,
  samples: readonly Sample[],
  from: number,
  to: number,
): Aggregated {
  if (kind === 'latest') {
    let best: Sample | undefined;
    // Samples are in day order (see sortSamples), so the last one on or before `to` wins.
    for (const s of samples) if (s.day <= to) best = s;
    return best ? { value: best.value, n: 1 } : { value: null, n: 0 };
  }
  const values: number[] = [];
  for (const s of samples) if (s.day >= from && s.day <= to) values.push(s.value);
  if (kind === 'perWeek') {
    const days = to - from + 1;
    return { value: days > 0 ? sum(values) / (days / 7) : null, n: values.length };
  }
  return { value: kind === 'mean' ? mean(values) : median(values), n: values.length };
}

/** A stable sort by day, keeping the input order within a day. */
export function sortSamples(samples: Sample[]): Sample[] {
  return samples.sort((a, b) => a.day - b.day);
}

/**
 * One value per week from `firstWeek` to `lastWeek`. Weeks before the metric's first
 * sample are null; after it, an empty week is 0 for counts and sums, null for means and
 * medians, and carries the last value forward for `latest`.
 */
export function weeklyValues(
  kind: Aggregate,
  samples: readonly Sample[],
  firstWeek: number,
  lastWeek: number,
): (number | null)[] {
  const len = Math.max(0, lastWeek - firstWeek + 1);
  const buckets: number[][] = Array.from({ length: len }, () => []);
  let firstSampleWeek = Number.POSITIVE_INFINITY;
  let carried: number | null = null;
  for (const s of samples) {
    const w = weekOfDay(s.day);
    if (w < firstSampleWeek) firstSampleWeek = w;
    if (w < firstWeek) carried = s.value;
    else if (w <= lastWeek) buckets[w - firstWeek]?.push(s.value);
  }
  const out: (number | null)[] = new Array(len);
  for (let i = 0; i < len; i++) {
    const b = buckets[i] ?? [];
    if (kind === 'perWeek') out[i] = firstWeek + i >= firstSampleWeek ? sum(b) : null;
    else if (kind === 'mean') out[i] = mean(b);
    else if (kind === 'median') out[i] = median(b);
    else {
      if (b.length > 0) carried = b[b.length - 1] ?? carried;
      out[i] = carried;
    }
  }
  return out;
}
