/**
 * The second-week comparison: the last 7 local days (today included) against the 7 days
 * before. "What's getting easier" uses it until the four-week comparison has enough.
 *
 * Means and medians need at least 3 samples on each side; per-week counts and sums need
 * the person to have used the app since the start of the earlier 7 days. A change is
 * called easier or harder only when the 90 % Welch interval of the difference (of the
 * samples, or of the daily totals for counts and sums) leaves out zero and the change is
 * larger than the metric's `steady` threshold. Otherwise both numbers are still given,
 * with how many entries they rest on and that the difference may be everyday ups and downs.
 */
import { aggregateRange } from './aggregate.ts';
import {
  type Comparison,
  changeStatus,
  comparedWord,
  type Metric,
  type MetricSamples,
} from './compare.ts';
import { welchInterval } from './factors.ts';
import { METRICS, type Sample, SEVEN_DAYS } from './metrics.ts';

export const WEEK_DAYS = 7;
export const MIN_WEEK_SAMPLES = 3;

/** The first day with any sample of any metric (today when there is none). */
export function firstDayOfAll(samples: MetricSamples, today: number): number {
  let first = today;
  for (const m of METRICS) first = Math.min(first, samples[m.id][0]?.day ?? today);
  return first;
}

function valuesIn(samples: readonly Sample[], from: number, to: number): number[] {
  const out: number[] = [];
  for (const s of samples) if (s.day >= from && s.day <= to) out.push(s.value);
  return out;
}

function dailyTotals(samples: readonly Sample[], from: number, to: number): number[] {
  const out = new Array<number>(to - from + 1).fill(0);
  for (const s of samples)
    if (s.day >= from && s.day <= to) out[s.day - from] = (out[s.day - from] ?? 0) + s.value;
  return out;
}

const count = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

function smallData(def: Metric, samples: readonly Sample[], today: number, firstDay: number) {
  if (def.aggregate === 'latest') {
    return `${def.label}: your map now will be compared with how it was four weeks ago, once it is that old.`;
  }
  const n = samples.length;
  if (n === 0) return `${def.label}: nothing logged yet.`;
  if (def.aggregate === 'perWeek') {
    const days = today - firstDay + 1;
    return `${def.label}: ${count(n, def.nouns)} so far, over ${count(days, ['day', 'days'])}. After two full weeks, the last 7 days will be compared with the 7 before.`;
  }
  const recent = valuesIn(samples, today - WEEK_DAYS + 1, today).length;
  return `${def.label}: ${count(n, def.nouns)} so far, ${recent} of them in the last 7 days. Comparing one week with the one before needs at least ${MIN_WEEK_SAMPLES} in each.`;
}

export function compareSevenDays(
  def: Metric,
  samples: readonly Sample[],
  today: number,
  firstDay: number,
): Comparison {
  const recentFrom = today - WEEK_DAYS + 1;
  const earlierFrom = recentFrom - WEEK_DAYS;
  const earlierTo = recentFrom - 1;
  const base = { metric: def.id, label: def.label };
  const perWeek = def.aggregate === 'perWeek';
  const a = perWeek
    ? dailyTotals(samples, recentFrom, today)
    : valuesIn(samples, recentFrom, today);
  const b = perWeek
    ? dailyTotals(samples, earlierFrom, earlierTo)
    : valuesIn(samples, earlierFrom, earlierTo);
  const enough =
    def.aggregate !== 'latest' &&
    samples.length > 0 &&
    (perWeek
      ? firstDay <= earlierFrom
      : a.length >= MIN_WEEK_SAMPLES && b.length >= MIN_WEEK_SAMPLES);
  const recent = aggregateRange(def.aggregate, samples, recentFrom, today).value;
  const earlier = aggregateRange(def.aggregate, samples, earlierFrom, earlierTo).value;
  if (!enough || recent === null || earlier === null) {
    return {
      ...base,
      status: 'not-enough-data',
      span: null,
      recent: null,
      earlier: null,
      sentence: smallData(def, samples, today, firstDay),
    };
  }
  const w = welchInterval(a, b);
  const clear = w.low > 0 || w.high < 0;
  const status = clear ? changeStatus(def, recent, earlier) : 'steady';
  const cmp = comparedWord(def, recent, earlier);
  let sentence = def.sentence(def.format(recent), cmp, def.format(earlier), SEVEN_DAYS);
  if (!perWeek)
    sentence += ` That rests on ${count(a.length, def.nouns)} in the last 7 days and ${b.length} in the 7 before.`;
  if (!clear && cmp !== 'the same as') {
    sentence +=
      ' A difference this size can be everyday ups and downs, so it may not mean much yet.';
  }
  return { ...base, status, span: 'seven-days', recent, earlier, sentence };
}
