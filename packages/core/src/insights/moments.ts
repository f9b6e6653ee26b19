/**
 * What can honestly be said from the very first entries: what the latest spiral did, and
 * which feelings, needs and words keep coming back. These describe; they compare nothing
 * over time and claim no trend, so they need no minimum beyond "it happened twice".
 */

import type { AssumptionBody } from '../records/types/assumption.ts';
import type { CheckinBody } from '../records/types/checkin.ts';
import type { SpiralBody } from '../records/types/spiral.ts';
import type { InsightContext, Row } from './data.ts';
import { mean } from './stats.ts';

export interface LatestSpiral {
  /** Days before today (0 = today). */
  daysAgo: number;
  /** Mean feeling intensity (0 … 100) at the start and at the re-rating. */
  before: number;
  after: number;
  /** Minutes from the start to feeling calmer, when the person noted it. */
  minutes: number | null;
  /** Of the spirals with both ratings, how many ended lower than they began. */
  eased: number;
  rated: number;
  sentence: string;
}

const intensity = (fs: readonly { intensity: number }[]) => mean(fs.map((f) => f.intensity));

function when(daysAgo: number): string {
  if (daysAgo <= 0) return 'today';
  if (daysAgo === 1) return 'yesterday';
  return `${daysAgo} days ago`;
}

/** The newest spiral with feelings rated at both ends; null when there is none. */
export function latestSpiral(
  rows: readonly Row<SpiralBody>[],
  ctx: InsightContext,
): LatestSpiral | null {
  let latest: SpiralBody | null = null;
  let rated = 0;
  let eased = 0;
  for (const { body: s } of rows) {
    const b = intensity(s.feelings);
    const a = intensity(s.feelingsAfter);
    if (b === null || a === null) continue;
    rated++;
    if (a < b) eased++;
    if (!latest || s.startedAt > latest.startedAt) latest = s;
  }
  if (!latest) return null;
  const before = Math.round(intensity(latest.feelings) ?? 0);
  const after = Math.round(intensity(latest.feelingsAfter) ?? 0);
  const minutes =
    latest.calmAt !== undefined && latest.calmAt >= latest.startedAt
      ? Math.round((latest.calmAt - latest.startedAt) / 60_000)
      : null;
  const daysAgo = ctx.calendar.dayOf(ctx.now) - ctx.calendar.dayOf(latest.startedAt);
  const went =
    after === before
      ? `your feelings stayed at ${before} out of 100`
      : `your feelings went from ${before} to ${after} out of 100`;
  let sentence = `In your latest spiral, ${when(daysAgo)}, ${went}${minutes === null ? '' : ` in ${minutes} minute${minutes === 1 ? '' : 's'}`}.`;
  if (rated > 1) {
    sentence += ` Of the ${rated} spirals you re-rated, ${eased} ended lower than they began.`;
  }
  return { daysAgo, before, after, minutes, eased, rated, sentence };
}

export interface Recurring {
  name: string;
  /** In how many entries it came up. */
  count: number;
}

export interface Recurrence {
  items: Recurring[];
  /** How many entries were looked at. */
  of: number;
  sentence: string | null;
}

/** Shown at most; the rest is still in the person's own history. */
export const TOP_RECURRING = 3;

/** Names that came up in at least two entries, most often first (ties by name). */
export function recurring(entries: readonly (readonly string[])[]): Recurring[] {
  const counts = new Map<string, number>();
  for (const names of entries) {
    for (const n of new Set(names.map((x) => x.trim().toLowerCase()))) {
      if (n !== '') counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, c]) => c >= 2)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, TOP_RECURRING);
}

function recurrence(entries: readonly (readonly string[])[], lead: string): Recurrence {
  const items = recurring(entries);
  const of = entries.length;
  const list = items.map((r) => `“${r.name}” (${r.count} of ${of})`).join(', ');
  return { items, of, sentence: items.length === 0 ? null : `${lead}: ${list}.` };
}

/** Short, common words that say nothing about a story on their own. */
const COMMON = new Set(
  `about after again also always because been before being cant could didnt does doesnt dont
  even ever from have having here into just know like maybe more much never only really same
  should since some still than that thats them then there they theyre thing think this those
  very want wants well were what when where which while will with without would your youre`.split(
    /\s+/,
  ),
);

/** The distinct words of a text worth counting: letters only, four or more, not common. */
export function storyWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}]+/u);
  return [...new Set(words.filter((w) => w.length >= 4 && !COMMON.has(w)))];
}

export interface Recurrences {
  feelings: Recurrence;
  needs: Recurrence;
  words: Recurrence;
  moods: Recurrence;
}

export function recurrences(
  spirals: readonly Row<SpiralBody>[],
  assumptions: readonly Row<AssumptionBody>[],
  checkins: readonly Row<CheckinBody>[],
): Recurrences {
  const stories = [
    ...spirals.map((r) => r.body.story).filter((s) => s.trim() !== ''),
    ...assumptions.map((r) => r.body.fear),
  ];
  const moods: string[][] = [];
  for (const { body } of checkins) if (body.mood) moods.push([body.mood]);
  return {
    feelings: recurrence(
      spirals
        .filter((r) => r.body.feelings.length > 0)
        .map((r) => r.body.feelings.map((f) => f.word)),
      'Feelings that came back in your spirals',
    ),
    needs: recurrence(
      spirals.filter((r) => r.body.needs.length > 0).map((r) => r.body.needs),
      'Needs you named more than once',
    ),
    words: recurrence(stories.map(storyWords), 'Words that came back in your stories and fears'),
    moods: recurrence(moods, 'Moods you chose most often at check-ins'),
  };
}
