/**
 * Insights over five years of generated data (budget in docs/design.md §7: ≤ 50 ms).
 * Usage: node scripts/run.mjs bench/insights.ts   (or npm run bench:insights)
 * Generates the data once, warms up, then times `computeInsights` (every statistic) over
 * several runs and prints one JSON line with the median as `five_years_ms`.
 * It also times History's search over 10,000 generated entries: `search_10k_ms` is the median.
 */

import {
  DAY_MS,
  generateInsightData,
  recordCount,
} from '../packages/core/src/insights/fixtures.ts';
import { generateHistory } from '../packages/core/src/insights/historyFixtures.ts';
import {
  buildSearchIndex,
  computeInsights,
  historyEntries,
  offsetCalendar,
  searchHistory,
} from '../packages/core/src/insights/index.ts';

const WARMUP = 5;
const RUNS = 21;
const BUDGET_MS = 50;

const days = 5 * 365 + 1;
const start = Date.UTC(2021, 0, 4);
const data = generateInsightData({ start, days, seed: 42 });
const ctx = { calendar: offsetCalendar(60), now: start + days * DAY_MS - 1 };

let sink = 0;
for (let i = 0; i < WARMUP; i++) sink += computeInsights(data, ctx).factors.length;
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  const out = computeInsights(data, ctx);
  times.push(performance.now() - t);
  sink += out.trends.weeks.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
const round = (x: number) => Math.round(x * 100) / 100;
const result = computeInsights(data, ctx);

// History search over 10,000 entries: the index is built once when History opens; each
// keystroke searches it. Several queries (rare, common, two words, none) per run.
const SEARCH_BUDGET_MS = 50;
const history = historyEntries(generateHistory({ start, count: 10_000, seed: 7 }), ctx.calendar);
const t0 = performance.now();
const index = buildSearchIndex(history);
const indexMs = performance.now() - t0;
const queries = ['unanswered', 'cafe', 'tired walk', 'nothing like this'];
let hits = 0;
for (let i = 0; i < WARMUP; i++) for (const q of queries) hits += searchHistory(index, q).length;
const searchTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  for (const q of queries) {
    const t = performance.now();
    hits += searchHistory(index, q).length;
    searchTimes.push(performance.now() - t);
  }
}
searchTimes.sort((a, b) => a - b);
const searchMedian = searchTimes[Math.floor(searchTimes.length / 2)] ?? Number.NaN;
const searchP95 = searchTimes[Math.floor(searchTimes.length * 0.95)] ?? Number.NaN;

console.log(
  JSON.stringify({
    bench: 'insights',
    records: recordCount(data),
    weeks: result.trends.weeks.length,
    factors: result.factors.length,
    runs: RUNS,
    warmup: WARMUP,
    min_ms: round(times[0] ?? Number.NaN),
    max_ms: round(times[times.length - 1] ?? Number.NaN),
    budget_ms: BUDGET_MS,
    within_budget: median <= BUDGET_MS,
    checksum: sink,
    five_years_ms: round(median),
    search_entries: history.length,
    search_hits: hits,
    search_index_ms: round(indexMs),
    search_p95_ms: round(searchP95),
    search_budget_ms: SEARCH_BUDGET_MS,
    search_within_budget: searchMedian <= SEARCH_BUDGET_MS,
    search_10k_ms: round(searchMedian),
  }),
);
