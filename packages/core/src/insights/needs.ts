/**
 * F8 needs map statistics. The partner-load index is the share of listed needs whose only
 * source is the partner; a need with no source ticked counts in the denominator (it is a
 * need), but not as partner-only.
 */
import type { NeedSource, NeedsMapBody } from '../records/types/needs.ts';
import type { Row } from './data.ts';

export function partnerOnlyNeeds(map: NeedsMapBody): string[] {
  return map.needs
    .filter((n) => n.sources.length > 0 && n.sources.every((s) => s === 'partner'))
    .map((n) => n.name);
}

/** Share (0 … 1) of needs met by the partner alone; null for a map with no needs. */
export function partnerLoadIndex(map: NeedsMapBody): number | null {
  if (map.needs.length === 0) return null;
  return partnerOnlyNeeds(map).length / map.needs.length;
}

/** The newest snapshot by its own `at`, or undefined before the first one. */
export function currentNeedsMap(rows: readonly Row<NeedsMapBody>[]): NeedsMapBody | undefined {
  let best: NeedsMapBody | undefined;
  for (const r of rows) if (!best || r.body.at > best.at) best = r.body;
  return best;
}

/** The person's own non-partner sources for a need (what the spiral's need step offers). */
export function otherSources(map: NeedsMapBody, need: string): NeedSource[] {
  const key = need.trim().toLowerCase();
  const entry = map.needs.find((n) => n.name.trim().toLowerCase() === key);
  return entry ? entry.sources.filter((s) => s !== 'partner') : [];
}

export interface ElsewhereSuggestion {
  need: string;
  sentence: string;
}

/**
 * One gentle idea a week: a partner-only need, rotating by week number so it changes
 * without any randomness. Null when no need rests on the partner alone.
 */
export function elsewhereSuggestion(map: NeedsMapBody, week: number): ElsewhereSuggestion | null {
  const only = partnerOnlyNeeds(map);
  if (only.length === 0) return null;
  const need = only[((week % only.length) + only.length) % only.length] ?? only[0] ?? '';
  return {
    need,
    sentence: `This week, maybe one small thing for “${need}” away from your partner: a friend, family, a hobby, or time for yourself.`,
  };
}
