import { describe, expect, it } from 'vitest';
import { assumption, checkin, reachOut, spiral } from './builders.ts';
import { offsetCalendar } from './calendar.ts';
import { dateOfDay, dayOfDate, daysInMonth, monthWeeks } from './days.ts';
import { DAY_MS, HOUR_MS } from './fixtures.ts';
import {
  entriesByDay,
  filterHistory,
  type HistorySource,
  historyEntries,
  historyTags,
  securityByDay,
} from './history.ts';
import { generateHistory } from './historyFixtures.ts';
import { buildSearchIndex, foldText, searchHistory } from './search.ts';

const MON = Date.UTC(2024, 0, 1); // a Monday
const cal = offsetCalendar(60);
const withId = <B>(id: string, r: { body: B }) => ({ id, body: r.body });

function source(): HistorySource {
  const c1 = checkin(MON + 9 * HOUR_MS, 4, ['long day']);
  const c2 = checkin(MON + 20 * HOUR_MS, 8);
  const c3 = checkin(MON + DAY_MS + 9 * HOUR_MS, 6, ['long day', 'exercise']);
  return {
    checkins: [
      withId('c1', { body: { ...c1.body, note: 'Message unanswered all morning' } }),
      withId('c2', c2),
      withId('c3', { body: { ...c3.body, note: 'A calm Café visit' } }),
    ],
    spirals: [
      withId('s1', {
        body: { ...spiral(MON + 10 * HOUR_MS).body, story: 'They are pulling away' },
      }),
    ],
    reachOuts: [withId('r1', reachOut(MON + 2 * DAY_MS, 'paused'))],
    assumptions: [withId('a1', assumption(MON + 23.5 * HOUR_MS))],
  };
}

describe('history', () => {
  it('lists every kind newest first, on local days', () => {
    const entries = historyEntries(source(), cal);
    expect(entries.map((e) => e.id)).toEqual(['r1', 'c3', 'a1', 'c2', 's1', 'c1']);
    const day0 = cal.dayOf(MON);
    // 23:30 UTC is 00:30 the next day at UTC+1.
    expect(entries.find((e) => e.id === 'a1')?.day).toBe(day0 + 1);
    expect(entries.find((e) => e.id === 'c1')?.day).toBe(day0);
  });

  it('gives each day the mean security of its check-ins and counts entries per day', () => {
    const entries = historyEntries(source(), cal);
    const day0 = cal.dayOf(MON);
    expect(securityByDay(entries).get(day0)).toEqual({ mean: 6, checkins: 2 });
    expect(securityByDay(entries).get(day0 + 2)).toBeUndefined();
    expect(entriesByDay(entries).get(day0)).toBe(3);
    expect(entriesByDay(entries).get(day0 + 1)).toBe(2);
  });

  it('filters by kind, tag and day, and lists tags by use', () => {
    const entries = historyEntries(source(), cal);
    expect(historyTags(entries)).toEqual(['long day', 'exercise']);
    expect(filterHistory(entries, { kinds: ['spiral', 'reach-out'] }).map((e) => e.id)).toEqual([
      'r1',
      's1',
    ]);
    expect(filterHistory(entries, { tag: 'long day' }).map((e) => e.id)).toEqual(['c3', 'c1']);
    expect(filterHistory(entries, { kinds: [], day: cal.dayOf(MON) }).map((e) => e.id)).toEqual([
      'c2',
      's1',
      'c1',
    ]);
  });
});

describe('search', () => {
  it('finds every word of the query, ignoring case and accents', () => {
    const index = buildSearchIndex(historyEntries(source(), cal));
    expect(searchHistory(index, 'cafe').map((e) => e.id)).toEqual(['c3']);
    expect(searchHistory(index, '  UNANSWERED  morn ').map((e) => e.id)).toEqual(['c1']);
    expect(searchHistory(index, 'pulling').map((e) => e.id)).toEqual(['s1']);
    expect(searchHistory(index, 'unanswered calm')).toEqual([]);
    expect(searchHistory(index, '   ')).toHaveLength(6);
    expect(foldText('Ça Va')).toBe('ca va');
  });

  it('agrees with a plain scan on generated data', () => {
    const entries = historyEntries(generateHistory({ start: MON, count: 600, seed: 7 }), cal);
    const index = buildSearchIndex(entries);
    for (const q of ['unanswered', 'tired walk', 'cafe', 'nothing-like-this']) {
      const terms = q.split(' ');
      const expected = entries.filter((e) =>
        terms.every((t) => e.words.some((w) => foldText(w).includes(t))),
      );
      expect(searchHistory(index, q)).toEqual(expected);
    }
    expect(searchHistory(index, 'unanswered').length).toBeGreaterThan(50);
  });
});

describe('days', () => {
  it('turns dates into local epoch-days and back', () => {
    expect(dayOfDate(1970, 0, 1)).toBe(0);
    expect(dateOfDay(0)).toEqual({ year: 1970, month: 0, date: 1, weekday: 3 });
    expect(dateOfDay(dayOfDate(2024, 0, 1)).weekday).toBe(0);
    expect(dateOfDay(dayOfDate(2024, 1, 29))).toMatchObject({ month: 1, date: 29, weekday: 3 });
    expect(daysInMonth(2024, 1)).toBe(29);
    expect(daysInMonth(2023, 1)).toBe(28);
    expect(daysInMonth(2026, 11)).toBe(31);
  });

  it('lays a month out in Monday-first weeks', () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    const weeks = monthWeeks(2026, 11);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toBeNull();
    expect(weeks[0]?.[1]).toBe(dayOfDate(2026, 11, 1));
    expect(weeks[4]?.[3]).toBe(dayOfDate(2026, 11, 31));
    expect(weeks[4]?.[4]).toBeNull();
    expect(weeks.flat().filter((d) => d !== null)).toHaveLength(31);
  });
});
