/**
 * Store benchmark: unlock the vault and build the in-memory index over 10,000 stored
 * records, in Node (memory adapter) and in Chromium (IndexedDB + WebCrypto device key),
 * plus the gzip size of the JavaScript the home screen loads first.
 * Ends with one JSON line. Budgets: 1,500 ms unlock, 170 kB home JS.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { systemClock, systemRandom } from '@securebase/core';
import {
  createVault,
  MemoryLocalStore,
  secretKeyWrapper,
  unlockVault,
} from '@securebase/core/vault';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { homeJsGzipKb } from './homeJs.ts';
import { fixtureRecords, median } from './storeFixture.ts';

const COUNT = 10_000;
const RUNS = 5;
// Run from the repository root (npm run bench:store).
const root = resolve(process.cwd());

async function nodeUnlock(): Promise<number> {
  const deps = { local: new MemoryLocalStore(), clock: systemClock, random: systemRandom };
  const wrapper = secretKeyWrapper('device', systemRandom(32));
  const vault = await createVault(deps, wrapper);
  await vault.merge(fixtureRecords(COUNT));
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = await unlockVault(deps, wrapper);
    times.push(performance.now() - t0);
    if (!r.ok || r.value.all().length !== COUNT) throw new Error('unlock failed');
  }
  return median(times);
}

function findChromium(): string | null {
  return (
    [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p)) ??
    null
  );
}

async function browserUnlock(): Promise<number | null> {
  const exe = findChromium();
  if (!exe) return null;
  const bundle = await build({
    entryPoints: [join(root, 'bench/store-browser.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    minify: true,
    logLevel: 'warning',
  });
  const js = bundle.outputFiles[0]?.text ?? '';
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><script type="module" src="/bench.js"></script>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: exe,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'runStoreBench' in globalThis);
    const r = await page.evaluate(
      ([count, runs]) =>
        (
          globalThis as unknown as {
            runStoreBench: (c: number, r: number) => Promise<{ ms: number; records: number }>;
          }
        ).runStoreBench(count, runs),
      [COUNT, RUNS] as const,
    );
    if (r.records !== COUNT) throw new Error(`browser indexed ${r.records} records`);
    return r.ms;
  } finally {
    await browser.close();
    server.close();
  }
}

const unlock_index_10k_ms_node = Math.round(await nodeUnlock());
const browser = await browserUnlock();
const result = {
  unlock_index_10k_ms_node,
  unlock_index_10k_ms_browser: browser === null ? null : Math.round(browser),
  home_js_gz_kb: homeJsGzipKb(join(root, 'apps/web/dist')),
  records: COUNT,
  runs: RUNS,
};
console.log(JSON.stringify(result));
