/**
 * Factor effects: for each check-in tag and own-time activity, the difference in mean
 * daily security between days with it and days without, with a 90 % Welch t interval.
 *
 * Units are days with at least one check-in (a day's security is the mean of its
 * check-ins), so several check-ins on one day do not count as independent evidence.
 * A factor needs MIN_DAYS days on each side, otherwise it is reported as not enough
 * data. The sentence says the two go together, never that one causes the other.
 */
import type { InsightContext, InsightData } from './data.ts';
import { mean, round, variance } from './stats.ts';
import { tQuantile } from './tdist.ts';

export const MIN_DAYS = 3;
export const CONFIDENCE = 0.9;

export type FactorKind = 'tag' | 'activity';

interface FactorBase {
  kind: FactorKind;
  name: string;
  daysWith: number;
  daysWithout: number;
  sentence: string;
}

export type FactorEffect =
  | (FactorBase & { status: 'not-enough-data' })
  | (FactorBase & {
      status: 'estimate';
      meanWith: number;
      meanWithout: number;
      /** meanWith − meanWithout, in security points (0 … 10 scale). */
      difference: number;
      low: number;
      high: number;
      df: number;
    });

export interface WelchInterval {
  difference: number;
  low: number;
  high: number;
  df: number;
}

/** The Welch t interval for mean(a) − mean(b); both need at least two values. */
export function welchInterval(
  a: readonly number[],
  b: readonly number[],
  level = CONFIDENCE,
): WelchInterval {
  const ma = mean(a);
  const mb = mean(b);
  const va = variance(a);
  const vb = variance(b);
  if (ma === null || mb === null || va === null || vb === null) {
    throw new Error('welchInterval needs at least two values on each side');
  }
  const difference = ma - mb;
  const sa = va / a.length;
  const sb = vb / b.length;
  const se = Math.sqrt(sa + sb);
  if (se === 0)
    return { difference, low: difference, high: difference, df: a.length + b.length - 2 };
  const df = (sa + sb) ** 2 / (sa ** 2 / (a.length - 1) + sb ** 2 / (b.length - 1));
  const half = tQuantile(1 - (1 - level) / 2, df) * se;
  return { difference, low: difference - half, high: difference + half, df };
}

const norm = (s: string) => s.trim().toLowerCase();

interface DayInfo {
  total: number;
  n: number;
  factors: Set<string>;
}

/** Days with check-ins, each with its mean security and the factors present that day. */
function collectDays(data: InsightData, ctx: InsightContext): Map<number, DayInfo> {
  const days = new Map<number, DayInfo>();
  for (const { body } of data.checkins) {
    const day = ctx.calendar.dayOf(body.at);
    let info = days.get(day);
    if (!info) {
      info = { total: 0, n: 0, factors: new Set() };
      days.set(day, info);
    }
    info.total += body.security;
    info.n += 1;
    for (const t of body.tags) info.factors.add(`tag:${norm(t)}`);
  }
  for (const { body } of data.ownTime) {
    days.get(ctx.calendar.dayOf(body.at))?.factors.add(`activity:${norm(body.activity)}`);
  }
  return days;
}

function fmt(x: number): string {
  const r = round(x, 1);
  // A true minus sign reads as "minus" in screen readers; −0 shows as 0.
  return r < 0 ? `−${-r}` : `${Math.abs(r)}`;
}

function sentenceFor(name: string, w: WelchInterval): string {
  const range = `90 % interval ${fmt(w.low)} to ${fmt(w.high)}`;
  if (w.low > 0 || w.high < 0) {
    const dir = w.difference > 0 ? 'more' : 'less';
    return `On days with “${name}” you felt ${fmt(Math.abs(w.difference))} points ${dir} secure on average (${range}). The two go together here; that does not show one causes the other.`;
  }
  return `On days with “${name}” your security was about the same as on other days: the difference could be anywhere from ${fmt(w.low)} to ${fmt(w.high)} points.`;
}

function effectFor(kind: FactorKind, name: string, days: Map<number, DayInfo>): FactorEffect {
  const key = `${kind}:${name}`;
  const withF: number[] = [];
  const without: number[] = [];
  for (const d of days.values()) (d.factors.has(key) ? withF : without).push(d.total / d.n);
  const base = { kind, name, daysWith: withF.length, daysWithout: without.length };
  if (withF.length < MIN_DAYS || without.length < MIN_DAYS) {
    return {
      ...base,
      status: 'not-enough-data',
      sentence: `Not enough data yet for “${name}”: it needs at least ${MIN_DAYS} check-in days with it and ${MIN_DAYS} without (so far ${withF.length} with, ${without.length} without).`,
    };
  }
  const w = welchInterval(withF, without);
  return {
    ...base,
    status: 'estimate',
    meanWith: mean(withF) ?? 0,
    meanWithout: mean(without) ?? 0,
    ...w,
    sentence: sentenceFor(name, w),
  };
}

/** Every tag and activity ever used; estimates first (largest difference first), then the rest by name. */
export function factorEffects(data: InsightData, ctx: InsightContext): FactorEffect[] {
  const days = collectDays(data, ctx);
  const names = new Map<string, { kind: FactorKind; name: string }>();
  for (const { body } of data.checkins)
    for (const t of body.tags) names.set(`tag:${norm(t)}`, { kind: 'tag', name: norm(t) });
  for (const { body } of data.ownTime)
    names.set(`activity:${norm(body.activity)}`, { kind: 'activity', name: norm(body.activity) });
  const out = [...names.values()].map((f) => effectFor(f.kind, f.name, days));
  return out.sort((a, b) => {
    if (a.status !== b.status) return a.status === 'estimate' ? -1 : 1;
    if (a.status === 'estimate' && b.status === 'estimate') {
      const d = Math.abs(b.difference) - Math.abs(a.difference);
      if (d !== 0) return d;
    }
    return a.kind === b.kind
      ? a.name < b.name
        ? -1
        : a.name > b.name
          ? 1
          : 0
      : a.kind === 'tag'
        ? -1
        : 1;
  });
}
