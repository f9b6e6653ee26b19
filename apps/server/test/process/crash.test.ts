/**
 * Crash, on SQLite and on PostgreSQL: the server is killed with SIGKILL while pushes are in
 * flight, restarted on the same data, and the client retries every batch with the same
 * mutation ids. Every record must be there exactly once, with versions 1..n and no gaps:
 * nothing lost, nothing applied twice.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pullResponseSchema, pushResponseSchema } from '@securebase/core/protocol';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { httpTarget, TestClient, wireMutation } from '../support/http.ts';
import { postgresAvailable, TEST_DATABASE_URL } from '../support/stores.ts';
import { buildServer, type ServerProcess, startServer } from './serverProcess.ts';

const BATCHES = 24;
const PER_BATCH = 50;
const pgOk = await postgresAvailable();
const dataDir = mkdtempSync(join(tmpdir(), 'sb-crash-'));
const bundle = buildServer();
const dbName = `sb_crash_${randomBytes(5).toString('hex')}`;
let running: ServerProcess | undefined;

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

afterAll(async () => {
  await running?.stop();
  if (pgOk) await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(dirname(bundle), { recursive: true, force: true });
});

async function pgEnv(): Promise<Record<string, string>> {
  await admin(`CREATE DATABASE ${dbName}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${dbName}`;
  return { DATA_DIR: join(dataDir, 'pg'), DATABASE_URL: url.toString() };
}

describe.each([
  { name: 'sqlite', skip: false, env: async () => ({ DATA_DIR: join(dataDir, 'sqlite') }) },
  { name: 'postgres', skip: !pgOk, env: pgEnv },
])('crash: $name', ({ skip, env: makeEnv }) => {
  it.skipIf(skip)(
    'loses nothing and duplicates nothing when killed -9 during pushes',
    async () => {
      const env = await makeEnv();
      running = await startServer(bundle, env);
      const client = new TestClient(httpTarget(running.port));
      expect((await client.signUp('crash-test', 'a password')).answer.status).toBe(201);
      const space = await client.newSpace();
      const batches = Array.from({ length: BATCHES }, () =>
        Array.from({ length: PER_BATCH }, () => wireMutation(space, randomUUID(), 0, 4000)),
      );

      // All batches in flight at once; the kill lands after the first one is acknowledged.
      const pending = batches.map((mutations) =>
        client.call('POST', `/spaces/${space}/push`, { mutations }).then(
          (a) => a.status,
          () => 'lost' as const,
        ),
      );
      await Promise.race(pending);
      await running.kill9();
      const first = await Promise.all(pending);
      expect(first).toContain(200);
      expect(first).toContain('lost');

      running = await startServer(bundle, env);
      const again = new TestClient(httpTarget(running.port));
      again.cookie = client.cookie; // the session survives the restart
      const versions: number[] = [];
      for (const mutations of batches) {
        const r = await again.call('POST', `/spaces/${space}/push`, { mutations });
        expect(r.status).toBe(200);
        for (const res of pushResponseSchema.parse(r.body).results) {
          expect(res.status).toBe('applied');
          if (res.status === 'applied') versions.push(res.version);
        }
      }
      const total = BATCHES * PER_BATCH;
      expect(versions.sort((a, b) => a - b)).toEqual(
        Array.from({ length: total }, (_, i) => i + 1),
      );

      const seen = new Map<string, number>();
      let since = 0;
      for (;;) {
        const page = pullResponseSchema.parse(
          (await again.call('GET', `/spaces/${space}/pull?since=${since}`)).body,
        );
        for (const r of page.records) seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
        since = page.cursor;
        if (!page.hasMore) break;
      }
      expect(since).toBe(total);
      expect(seen.size).toBe(total);
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
      const ids = batches.flat().map((m) => m.envelope.id);
      expect(ids.every((id) => seen.has(id))).toBe(true);
      await running.stop();
      running = undefined;
    },
    60_000,
  );
});
