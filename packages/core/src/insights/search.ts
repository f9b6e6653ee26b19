/**
 * Search over the person's own words, on the device, over the in-memory index: nothing is
 * stored for it. Case and accents are ignored ("cafe" finds "Café"); every word of the
 * query must occur somewhere in the entry, as the start of a word or inside one.
 */
import type { HistoryEntry } from './history.ts';

/** Lower case without accents, so comparisons ignore both. */
export function foldText(s: string): string {
  // Plain ASCII has no accents to strip; skipping `normalize` makes indexing 10,000 entries fast.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const NON_ASCII = /[^\t\n\r -~]/u;

export interface SearchIndex<E extends HistoryEntry = HistoryEntry> {
  entries: readonly E[];
  /** Each entry's words folded and joined, in the order of `entries`. */
  texts: readonly string[];
}

/** Folds each entry's text once, so each search is one pass of `includes`. */
export function buildSearchIndex<E extends HistoryEntry>(entries: readonly E[]): SearchIndex<E> {
  return { entries, texts: entries.map((e) => foldText(e.words.join('\n'))) };
}

/** The words of a query, folded; an empty list means no search. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/u)
    .filter((t) => t.length > 0);
}

/** Entries whose text holds every term of `query`, in index order; all of them for an empty query. */
export function searchHistory<E extends HistoryEntry>(index: SearchIndex<E>, query: string): E[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [...index.entries];
  const out: E[] = [];
  for (let i = 0; i < index.entries.length; i++) {
    const text = index.texts[i] ?? '';
    if (terms.every((t) => text.includes(t))) out.push(index.entries[i] as E);
  }
  return out;
}
