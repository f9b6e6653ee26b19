/**
 * Sync server benchmark (issue 5). For SQLite and PostgreSQL in the same run, against the
 * real server bundle in a child process on 127.0.0.1:
 * - push_rps: one-record pushes per request (a freshly sealed ~200-byte record, sealed before
 *   the timed run), 20 clients, each with its own account and space, for DURATION_MS;
 * - noop_rps: the do-nothing authenticated endpoint (GET /api/v1/ping), same clients;
 *   push and no-op alternate in five slices each, so both meet the same background load;
 * - pull_10k_ms: a fresh device pulls 10,000 records in pages and decrypts every one with
 *   `open` (time from the first pull request to the last record opened);
 * - p99_ms: push latency, the worse of the two databases (each also printed);
 * - *_cpu_us: the server's main-thread CPU time per request (Linux /proc, 10 ms ticks), the
 *   figure that explains a ratio: it does not depend on how busy the benchmark client is.
 * Prints ONE JSON line. Usage: npm run bench:sync
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import {
  buildServer,
  type ServerProcess,
  startServer,
} from '../apps/server/test/process/serverProcess.ts';
import { httpTarget, TestClient } from '../apps/server/test/support/http.ts';
import { open, type SpaceKey, seal } from '../packages/core/src/crypto/envelope.ts';
import {
  fromWireEnvelope,
  pullResponseSchema,
  toPushEnvelope,
} from '../packages/core/src/protocol/index.ts';

const CLIENTS = 20;
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const SLICES = 5;
const PULL_RECORDS = 10_000;
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS * 2 });

function call(port: number, method: string, path: string, cookie: string, body?: string) {
  return new Promise<{ status: number; text: string }>((ok, fail) => {
    const headers: Record<string, string> = { cookie: `sb_session=${cookie}` };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(body);
  });
}

interface BenchClient {
  cookie: string;
  key: SpaceKey;
  /** Push bodies sealed before the timed run: the client's encryption is not server time. */
  ready: string[];
}

const READY_PER_CLIENT = 800;

async function setupClient(port: number, name: string): Promise<BenchClient> {
  const http = new TestClient(httpTarget(port));
  const up = await http.signUp(name, `pw ${name}`);
  if (up.answer.status !== 201 || !http.cookie)
    throw new Error(`sign-up failed: ${up.answer.status}`);
  const spaceId = await http.newSpace();
  const c: BenchClient = {
    cookie: http.cookie,
    key: { spaceId, keyId: 'k1-bench', key: randomBytes(32) },
    ready: [],
  };
  for (let i = 0; i < READY_PER_CLIENT; i++) c.ready.push(pushBody(c));
  return c;
}

function pushBody(c: BenchClient): string {
  const record = new TextEncoder().encode(
    JSON.stringify({ note: randomBytes(90).toString('hex') }),
  );
  const env = seal(c.key, randomUUID(), record);
  return JSON.stringify({
    mutations: [{ mutationId: randomUUID(), baseVersion: 0, envelope: toPushEnvelope(env) }],
  });
}

type Step = (c: BenchClient) => Promise<void>;

/** CPU ticks (1/100 s) used so far by the server's main thread; NaN where /proc is missing. */
function mainThreadTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return Number.NaN;
  }
}

/**
 * Runs `a` and `b` in alternating slices (SLICES each, DURATION_MS in all per step), so both
 * see the same background load on a shared machine; returns each one's rate and latencies.
 */
async function alternate(pid: number, clients: BenchClient[], a: Step, b: Step) {
  const slice = DURATION_MS / SLICES;
  const stats = [
    { count: 0, ticks: 0, latencies: [] as number[] },
    { count: 0, ticks: 0, latencies: [] as number[] },
  ];
  for (let i = 0; i < SLICES * 2; i++) {
    const which = i % 2;
    const step = which === 0 ? a : b;
    const s = stats[which] ?? { count: 0, ticks: 0, latencies: [] };
    const ticks = mainThreadTicks(pid);
    const end = performance.now() + slice;
    await Promise.all(
      clients.map(async (c) => {
        while (performance.now() < end) {
          const t = performance.now();
          await step(c);
          s.latencies.push(performance.now() - t);
          s.count++;
        }
      }),
    );
    s.ticks += mainThreadTicks(pid) - ticks;
  }
  return stats.map((s) => {
    s.latencies.sort((x, y) => x - y);
    const p99 = s.latencies[Math.floor(s.latencies.length * 0.99)] ?? 0;
    return {
      rps: Math.round(s.count / (DURATION_MS / 1000)),
      p99: Math.round(p99 * 100) / 100,
      cpuUs: Math.round((s.ticks * 10_000) / s.count),
    };
  });
}

async function pull10k(port: number, owner: BenchClient): Promise<number> {
  // Seed 10,000 sealed records in batches of 100.
  for (let i = 0; i < PULL_RECORDS; i += 100) {
    const mutations = Array.from({ length: 100 }, () => ({
      mutationId: randomUUID(),
      baseVersion: 0,
      envelope: toPushEnvelope(
        seal(
          owner.key,
          randomUUID(),
          new TextEncoder().encode(JSON.stringify({ i, note: 'x'.repeat(120) })),
        ),
      ),
    }));
    const r = await call(
      port,
      'POST',
      `/api/v1/spaces/${owner.key.spaceId}/push`,
      owner.cookie,
      JSON.stringify({ mutations }),
    );
    if (r.status !== 200) throw new Error(`seed push failed: ${r.status}`);
  }
  const keys = (keyId: string, spaceId: string) =>
    keyId === owner.key.keyId && spaceId === owner.key.spaceId ? owner.key : undefined;
  const started = performance.now();
  const opened: Uint8Array[] = [];
  let since = 0;
  for (;;) {
    const r = await call(
      port,
      'GET',
      `/api/v1/spaces/${owner.key.spaceId}/pull?since=${since}`,
      owner.cookie,
    );
    const page = pullResponseSchema.parse(JSON.parse(r.text));
    for (const w of page.records) {
      const env = fromWireEnvelope(w);
      if (!env.ok) throw new Error('bad envelope');
      const plain = open(keys, env.value);
      if (!plain.ok) throw new Error('record did not open');
      opened.push(plain.value);
    }
    since = page.cursor;
    if (!page.hasMore) break;
  }
  const ms = performance.now() - started;
  if (opened.length !== PULL_RECORDS) throw new Error(`pulled ${opened.length}`);
  return Math.round(ms);
}

async function runOne(bundle: string, env: Record<string, string>) {
  // BENCH_PROFILE=<dir> writes a CPU profile of each server process there.
  const prof = process.env.BENCH_PROFILE;
  const args = prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : [];
  const server: ServerProcess = await startServer(
    bundle,
    { ...env, RATE_LIMIT_SCALE: '100000' },
    args,
  );
  try {
    const clients: BenchClient[] = [];
    for (let i = 0; i < CLIENTS; i++)
      clients.push(await setupClient(server.port, `bench-${randomUUID()}`));
    const ping: Step = async (c) => {
      const r = await call(server.port, 'GET', '/api/v1/ping', c.cookie);
      if (r.status !== 204) throw new Error(`ping: ${r.status}`);
    };
    const pushOne: Step = async (c) => {
      const body = c.ready.pop() ?? pushBody(c);
      const r = await call(
        server.port,
        'POST',
        `/api/v1/spaces/${c.key.spaceId}/push`,
        c.cookie,
        body,
      );
      if (r.status !== 200) throw new Error(`push: ${r.status} ${r.text}`);
    };
    const [noop, push] = await alternate(server.child.pid ?? 0, clients, ping, pushOne);
    if (!noop || !push) throw new Error('no figures');
    const puller = await setupClient(server.port, `bench-pull-${randomUUID()}`);
    const pullMs = await pull10k(server.port, puller);
    return { push, noop, pullMs };
  } finally {
    await server.stop();
  }
}

async function main() {
  const bundle = buildServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'sb-bench-'));
  const dbName = `sb_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  try {
    const sqlite = await runOne(bundle, { DATA_DIR: join(dataDir, 'sqlite') });
    const url = new URL(DATABASE_URL);
    url.pathname = `/${dbName}`;
    const pgRun = await runOne(bundle, {
      DATA_DIR: join(dataDir, 'pg'),
      DATABASE_URL: url.toString(),
    });
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    console.log(
      JSON.stringify({
        sqlite_push_rps: sqlite.push.rps,
        sqlite_noop_rps: sqlite.noop.rps,
        pg_push_rps: pgRun.push.rps,
        pg_noop_rps: pgRun.noop.rps,
        sqlite_pull_10k_ms: sqlite.pullMs,
        pg_pull_10k_ms: pgRun.pullMs,
        p99_ms: Math.max(sqlite.push.p99, pgRun.push.p99),
        sqlite_push_p99_ms: sqlite.push.p99,
        pg_push_p99_ms: pgRun.push.p99,
        sqlite_push_vs_noop: ratio(sqlite.push.rps, sqlite.noop.rps),
        pg_push_vs_noop: ratio(pgRun.push.rps, pgRun.noop.rps),
        sqlite_push_cpu_us: sqlite.push.cpuUs,
        sqlite_noop_cpu_us: sqlite.noop.cpuUs,
        pg_push_cpu_us: pgRun.push.cpuUs,
        pg_noop_cpu_us: pgRun.noop.cpuUs,
        clients: CLIENTS,
        duration_ms: DURATION_MS,
      }),
    );
  } finally {
    agent.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(dirname(bundle), { recursive: true, force: true });
  }
}

await main();
