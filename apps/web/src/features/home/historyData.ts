/**
 * History's view of the journal: every entry of the kinds History shows, on the person's
 * local days, with the search index, each day's security and the tags in use. Rebuilt
 * when a record changes; it lives in memory only, like the journal's index.
 */
import type { Rec } from '@securebase/core';
import {
  buildSearchIndex,
  entriesByDay,
  type HistoryEntry,
  type HistoryKind,
  historyEntries,
  historyTags,
  securityByDay,
} from '@securebase/core/insights';
import { useMemo } from 'react';
import { useRecords } from '../../session/index.ts';
import { localCalendar } from '../insights/index.ts';

export type HistoryRec = Rec<'checkin'> | Rec<'spiral'> | Rec<'reach-out'> | Rec<'assumption'>;

export function useHistory() {
  const checkins = useRecords('checkin');
  const spirals = useRecords('spiral');
  const reachOuts = useRecords('reach-out');
  const assumptions = useRecords('assumption');
  return useMemo(() => {
    const entries = historyEntries({ checkins, spirals, reachOuts, assumptions }, localCalendar);
    const recs = new Map<string, HistoryRec>();
    for (const r of [...checkins, ...spirals, ...reachOuts, ...assumptions]) recs.set(r.id, r);
    return {
      entries,
      recs,
      index: buildSearchIndex(entries),
      security: securityByDay(entries),
      counts: entriesByDay(entries),
      tags: historyTags(entries),
    };
  }, [checkins, spirals, reachOuts, assumptions]);
}

export type History = ReturnType<typeof useHistory>;
export type { HistoryEntry, HistoryKind };

/** What each kind is called, in a list of filters and in a sentence. */
export const KIND_NAMES: Record<HistoryKind, { plural: string; noun: string }> = {
  checkin: { plural: 'Check-ins', noun: 'check-in' },
  spiral: { plural: 'Spirals', noun: 'spiral' },
  'reach-out': { plural: 'Reach-outs', noun: 'reach-out' },
  assumption: { plural: 'Fears noted', noun: 'noted fear' },
};

/** A local epoch-day as a Date at noon, for formatting in the person's locale. */
export function dateAt(day: number): Date {
  const d = new Date(day * 86_400_000);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
}

export const formatLocalDay = (day: number) =>
  dateAt(day).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

/** A day's name for the calendar: the date, what was written, and how secure it felt. */
export function dayLabel(day: number, h: History): string {
  const n = h.counts.get(day) ?? 0;
  const sec = h.security.get(day);
  const written = n === 0 ? 'no entries' : n === 1 ? '1 entry' : `${n} entries`;
  const felt = sec ? `, felt ${Math.round(sec.mean)} out of 10 secure` : '';
  return `${formatLocalDay(day)}: ${written}${felt}`;
}
