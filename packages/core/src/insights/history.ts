/**
 * The history the person browses: their entries of every kind as one newest-first list,
 * placed on local days, with the check-in security of each day for the calendar and a
 * filter by kind, tag and day. Pure functions of records and a Calendar, like every insight.
 */
import type { AssumptionBody } from '../records/types/assumption.ts';
import type { CheckinBody } from '../records/types/checkin.ts';
import type { ReachOutBody } from '../records/types/reachout.ts';
import type { SpiralBody } from '../records/types/spiral.ts';
import type { Calendar } from './calendar.ts';

export const HISTORY_KINDS = ['checkin', 'spiral', 'reach-out', 'assumption'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

interface Row<B> {
  id: string;
  body: B;
}

export interface HistorySource {
  checkins: readonly Row<CheckinBody>[];
  spirals: readonly Row<SpiralBody>[];
  reachOuts: readonly Row<ReachOutBody>[];
  assumptions: readonly Row<AssumptionBody>[];
}

export interface HistoryEntry {
  id: string;
  kind: HistoryKind;
  /** When it happened (a check-in's time, a spiral's start), in ms. */
  at: number;
  /** The local epoch-day of `at`. */
  day: number;
  /** A check-in's 0–10 security. */
  security?: number;
  /** A check-in's tags. */
  tags: readonly string[];
  /** Everything the person wrote or chose in it, for search. */
  words: readonly string[];
}

const present = (xs: readonly (string | undefined)[]): string[] =>
  xs.filter((x): x is string => x !== undefined && x.length > 0);

/** Every entry, newest first (ties broken by id so the order is stable). */
export function historyEntries(src: HistorySource, calendar: Calendar): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  const add = (e: Omit<HistoryEntry, 'day'>) => out.push({ ...e, day: calendar.dayOf(e.at) });
  for (const { id, body: b } of src.checkins)
    add({
      id,
      kind: 'checkin',
      at: b.at,
      security: b.security,
      tags: b.tags,
      words: present([b.note, b.mood, ...b.tags]),
    });
  for (const { id, body: b } of src.spirals)
    add({
      id,
      kind: 'spiral',
      at: b.startedAt,
      tags: [],
      words: present([
        b.facts,
        b.story,
        ...b.feelings.map((f) => f.word),
        ...b.explanations,
        ...b.needs,
        b.elsewhere,
        b.askDraft,
      ]),
    });
  for (const { id, body: b } of src.reachOuts)
    add({ id, kind: 'reach-out', at: b.at, tags: [], words: present([b.note, b.partnerResponse]) });
  for (const { id, body: b } of src.assumptions)
    add({ id, kind: 'assumption', at: b.at, tags: [], words: present([b.fear, b.partnerSaid]) });
  return out.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
}

export interface DaySecurity {
  /** Mean check-in security that day, 0–10. */
  mean: number;
  checkins: number;
}

/** How secure the person felt each day they checked in (the mean of that day's check-ins). */
export function securityByDay(entries: readonly HistoryEntry[]): Map<number, DaySecurity> {
  const sums = new Map<number, { sum: number; n: number }>();
  for (const e of entries) {
    if (e.security === undefined) continue;
    const s = sums.get(e.day) ?? { sum: 0, n: 0 };
    s.sum += e.security;
    s.n += 1;
    sums.set(e.day, s);
  }
  const out = new Map<number, DaySecurity>();
  for (const [day, s] of sums) out.set(day, { mean: s.sum / s.n, checkins: s.n });
  return out;
}

/** The entry count of each day. */
export function entriesByDay(entries: readonly HistoryEntry[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const e of entries) out.set(e.day, (out.get(e.day) ?? 0) + 1);
  return out;
}

/** Every tag used, most used first, then alphabetically. */
export function historyTags(entries: readonly HistoryEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const t of e.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

export interface HistoryFilter {
  /** Kinds to show; empty shows every kind. */
  kinds?: readonly HistoryKind[];
  tag?: string;
  day?: number;
}

export function filterHistory(entries: readonly HistoryEntry[], f: HistoryFilter): HistoryEntry[] {
  const kinds = f.kinds && f.kinds.length > 0 ? new Set(f.kinds) : null;
  return entries.filter(
    (e) =>
      (!kinds || kinds.has(e.kind)) &&
      (f.tag === undefined || e.tags.includes(f.tag)) &&
      (f.day === undefined || e.day === f.day),
  );
}
