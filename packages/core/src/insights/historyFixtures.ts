/**
 * Generated history for tests and the search benchmark: `count` entries of every kind
 * spread over the days after `start`, with notes built from a small vocabulary so that a
 * search has something real to scan. Seeded, so every run sees the same data.
 * Not exported from the insights entry point.
 */
import { reachOut, spiral } from './builders.ts';
import { DAY_MS, seededRandom } from './fixtures.ts';
import type { HistorySource } from './history.ts';

const WORDS = [
  'message',
  'unanswered',
  'tired',
  'work',
  'dinner',
  'walk',
  'friends',
  'call',
  'quiet',
  'evening',
  'weekend',
  'worried',
  'calmer',
  'laughed',
  'together',
  'apart',
  'phone',
  'late',
  'slept',
  'morning',
  'coffee',
  'train',
  'rain',
  'sunny',
  'patient',
  'breathing',
  'café',
] as const;

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)] ?? 'quiet');
  return out.join(' ');
}

const id = (n: number) => `0190a000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

export function generateHistory(opts: {
  start: number;
  count: number;
  seed: number;
}): HistorySource {
  const rand = seededRandom(opts.seed);
  const src: {
    [K in keyof HistorySource]: HistorySource[K][number][];
  } = { checkins: [], spirals: [], reachOuts: [], assumptions: [] };
  for (let n = 0; n < opts.count; n++) {
    const at = opts.start + Math.floor((n / 3) * DAY_MS + rand() * DAY_MS);
    const kind = rand();
    if (kind < 0.6) {
      src.checkins.push({
        id: id(n),
        body: {
          at,
          security: Math.floor(rand() * 11),
          tags: rand() < 0.3 ? ['long day'] : [],
          note: sentence(rand, 12 + Math.floor(rand() * 30)),
        },
      });
    } else if (kind < 0.8) {
      const s = spiral(at).body;
      src.spirals.push({
        id: id(n),
        body: { ...s, facts: sentence(rand, 20), story: sentence(rand, 15) },
      });
    } else if (kind < 0.95) {
      src.reachOuts.push({
        id: id(n),
        body: { ...reachOut(at, 'paused').body, note: sentence(rand, 10) },
      });
    } else {
      src.assumptions.push({
        id: id(n),
        body: { at, fear: sentence(rand, 8), likelihood: 50, partnerSaid: sentence(rand, 8) },
      });
    }
  }
  return src;
}
