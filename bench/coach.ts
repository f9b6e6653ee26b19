/**
 * npm run bench:coach: speed and size of the message coach against its budgets
 * (docs/coach.md): p50/p95 of analyse() (rules and the learned model) per text after warm-up
 * over every corpus text (message and journal) plus longer texts made by joining two, init (load + first analysis, in a fresh process, of the same browser bundle the
 * app lazy-loads), and the gzip size of the coach's lazy chunk. Ends with ONE JSON line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { analyse, type Mode } from '../packages/core/src/coach/index.ts';

// scripts/run.mjs bundles this file elsewhere and sets argv[1] to the original path.
const root = resolve(dirname(process.argv[1] ?? fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, 'packages/core/src/coach/corpus');
const BUDGET = { p95_ms: 1, init_ms: 150, chunk_gz_kb: 150 };

interface Sample {
  text: string;
  mode: Mode;
}

function texts(file: string): Sample[] {
  const path = resolve(corpus, file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const item: unknown = JSON.parse(l);
      if (typeof item !== 'object' || item === null || !('text' in item)) throw new Error(file);
      const mode = 'mode' in item && item.mode === 'journal' ? 'journal' : 'message';
      return { text: String(item.text), mode };
    });
}

/** Corpus texts as written, plus longer multi-sentence texts made by joining two. */
function messages(): Sample[] {
  const base = [
    'dev.jsonl',
    'test.jsonl',
    'safety-dev.jsonl',
    'safety-test.jsonl',
    'v2/train.jsonl',
    'v2/test.jsonl',
  ].flatMap(texts);
  const joined = base.slice(0, 400).map((t, i) => ({
    text: `${t.text} ${base[(i * 7 + 3) % base.length]?.text ?? ''}`,
    mode: t.mode,
  }));
  return [...base, ...joined];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function latency(list: Sample[]) {
  for (const m of list) analyse(m.text, { mode: m.mode });
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const m of list) {
      const t0 = performance.now();
      analyse(m.text, { mode: m.mode });
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { p50_ms: percentile(times, 50), p95_ms: percentile(times, 95), samples: times.length };
}

async function browserBundle(dir: string): Promise<string> {
  const outfile = join(dir, 'coach.js');
  await build({
    entryPoints: [resolve(root, 'packages/core/src/coach/index.ts')],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
  });
  return outfile;
}

function builtChunk(): string | null {
  const assets = resolve(root, 'apps/web/dist/assets');
  if (!existsSync(assets)) return null;
  const name = readdirSync(assets).find((f) => /^coach-.*\.js$/.test(f));
  return name === undefined ? null : join(assets, name);
}

/** Load + first analysis of the bundle in fresh Node processes; the median of three. */
function initMs(bundle: string): number {
  const script = `const t0 = performance.now();
const m = await import(${JSON.stringify(pathToFileURL(bundle).href)});
m.analyse("you never text back, you obviously don't care", { mode: 'message' });
process.stdout.write(String(performance.now() - t0));`;
  const runs = [0, 1, 2].map(() => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`init run failed: ${r.stderr}`);
    return Number(r.stdout);
  });
  return runs.sort((a, b) => a - b)[1] ?? Number.NaN;
}

const round = (x: number, d = 3) => Number(x.toFixed(d));
const list = messages();
const lat = latency(list);
const dir = mkdtempSync(join(tmpdir(), 'sb-coach-bench-'));
try {
  const bundle = await browserBundle(dir);
  const chunk = builtChunk();
  const measured = chunk ?? bundle;
  const chunkGzKb = gzipSync(readFileSync(measured), { level: 9 }).length / 1024;
  const init = initMs(bundle);
  const result = {
    bench: 'coach',
    messages: list.length,
    samples: lat.samples,
    p50_ms: round(lat.p50_ms),
    p95_ms: round(lat.p95_ms),
    init_ms: round(init, 1),
    chunk_gz_kb: round(chunkGzKb, 1),
    chunk_source:
      chunk === null
        ? 'esbuild bundle of packages/core/src/coach/index.ts (minified ESM, browser)'
        : chunk.slice(root.length + 1),
    loadavg_1m: round(loadavg()[0] ?? 0, 2),
    budget: BUDGET,
    within_budget:
      lat.p95_ms <= BUDGET.p95_ms && init <= BUDGET.init_ms && chunkGzKb <= BUDGET.chunk_gz_kb,
  };
  console.log(
    `analyse over ${list.length} texts ×3 after warm-up; init = median of 3 fresh processes`,
  );
  console.log(JSON.stringify(result));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
