/**
 * Insights over five years of generated data (DESIGN §9 budget: ≤ 50 ms).
 * Usage: node scripts/run.mjs bench/insights.ts   (or npm run bench:insights)
 * Generates the data once, warms up, then times `computeInsights` (every statistic) over
 * several runs and prints one JSON line with the median as `five_years_ms`.
 */

import {
  DAY_MS,
  generateInsightData,
  recordCount,
} from '../packages/core/src/insights/fixtures.ts';
import { computeInsights, offsetCalendar } from '../packages/core/src/insights/index.ts';

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
  }),
);
