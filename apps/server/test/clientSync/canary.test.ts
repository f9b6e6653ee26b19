/**
 * Plaintext canary (issue 5): 500 check-ins, each with a unique marker in its note and
 * tags, are written to a real vault and synced through the real client code (account
 * sign-up with OPAQUE, the sync engine, the HTTP transport) to a real `securebase serve`
 * process, once on SQLite in a temporary DATA_DIR and once on PostgreSQL. A second device
 * then pulls and decrypts all 500, which proves they reached the server. After that no
 * marker, nor the password, may appear in the SQLite file and its WAL, in a pg_dump and a
 * full SELECT of every table, or in the server's log output. As a check that the scan can
 * see stored text, the account name (which the server keeps in clear by design) must be
 * found in the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { systemRandom } from '@securebase/core';
import { signIn, signUp } from '@securebase/core/account';
import { httpSyncTransport, SyncClient } from '@securebase/core/sync-client';
import { checkin, testDeps, testDeviceWrapper } from '@securebase/core/testing';
import { createVault, Vault } from '@securebase/core/vault';
import * as opaque from '@serenity-kit/opaque';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type ServerProcess, startServer } from '../process/serverProcess.ts';
import { httpTarget } from '../support/http.ts';
import { postgresAvailable, TEST_DATABASE_URL } from '../support/stores.ts';
import { jarHttp } from './devices.ts';

const COUNT = 500;
const PASSWORD = 'canary password 7c1e';
const pgOk = await postgresAvailable();

let bundle = '';
const cleanups: (() => Promise<void> | void)[] = [];
beforeAll(async () => {
  await opaque.ready;
  bundle = buildServer();
  cleanups.push(() => rmSync(dirname(bundle), { recursive: true, force: true }));
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const sync = (vault: Vault, deps: ReturnType<typeof testDeps>, http: ReturnType<typeof jarHttp>) =>
  new SyncClient({
    replica: vault,
    outbox: vault.outbox,
    transport: httpSyncTransport(http.http),
    clock: deps.clock,
    random: deps.random,
    sleep: async () => {},
  });

/** Signs up, writes COUNT marked check-ins, syncs; a second device pulls them all back. */
async function syncCanaries(server: ServerProcess, name: string): Promise<string[]> {
  const target = httpTarget(server.port);
  const deps = testDeps();
  const vault = await createVault(deps, testDeviceWrapper());
  const a = jarHttp(target);
  const up = await signUp(
    { http: a.http, opaque: opaque.client, random: systemRandom },
    name,
    PASSWORD,
    vault,
  );
  if (!up.ok) throw new Error(up.error.type);
  const markers: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const m = `zq${i.toString(36)}canary${Math.random().toString(36).slice(2, 10)}`;
    markers.push(m);
    await vault.create('checkin', checkin({ note: `note ${m}`, tags: [`tag${m}`] }));
  }
  const s = await sync(vault, deps, a).sync();
  expect(s).toMatchObject({ status: 'idle', pending: 0 });

  const b = jarHttp(target);
  const keys = await signIn(
    { http: b.http, opaque: opaque.client, random: systemRandom },
    name,
    PASSWORD,
  );
  if (!keys.ok) throw new Error(keys.error.type);
  const deps2 = testDeps(undefined, 2);
  const second = await Vault.load(deps2, keys.value.keys);
  expect((await sync(second, deps2, b).sync()).status).toBe('idle');
  const notes = new Set(second.list('checkin').map((r) => r.body.note));
  expect(markers.every((m) => notes.has(`note ${m}`))).toBe(true);
  return markers;
}

/** Markers found in `bytes` read as Latin-1 (so UTF-8 text shows up as itself). */
function found(bytes: string, markers: string[]): string[] {
  const hits = markers.filter((m) => bytes.includes(m));
  if (bytes.includes('canary')) hits.push('canary');
  if (bytes.includes(PASSWORD)) hits.push('password');
  // Plain-format dumps print bytea as hex: look for the hex of the common part too.
  if (bytes.toLowerCase().includes(Buffer.from('canary').toString('hex'))) hits.push('hex');
  return hits;
}

describe('plaintext canary', () => {
  it('SQLite: no marker in the database file, its WAL or the logs', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sb-c-sqlite-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const server = await startServer(bundle, { DATA_DIR: dataDir, LOG_LEVEL: 'debug' });
    cleanups.push(() => server.stop());
    const name = `sqlite-owner-${Date.now()}`;
    const markers = await syncCanaries(server, name);

    const file = join(dataDir, 'securebase.sqlite');
    const parts = [file, `${file}-wal`, `${file}-shm`].filter(existsSync);
    expect(parts).toContain(`${file}-wal`);
    const bytes = parts.map((p) => readFileSync(p).toString('latin1')).join('\n');
    expect(bytes.length).toBeGreaterThan(COUNT * 500);
    expect(bytes).toContain(name);
    expect(found(bytes, markers)).toEqual([]);
    const logs = server.output();
    expect(logs).toContain('"route"');
    expect(found(logs, markers)).toEqual([]);

    await server.stop();
    const after = readFileSync(file).toString('latin1');
    expect(after).toContain(name);
    expect(found(after, markers)).toEqual([]);
  }, 120_000);

  it.skipIf(!pgOk)(
    'PostgreSQL: no marker in pg_dump, any table or the logs',
    async () => {
      const dbName = `sb_c_${Date.now()}`;
      const admin = async (sql: string) => {
        const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
        await c.connect();
        await c.query(sql);
        await c.end();
      };
      await admin(`CREATE DATABASE ${dbName}`);
      cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
      const url = new URL(TEST_DATABASE_URL);
      url.pathname = `/${dbName}`;
      const dataDir = mkdtempSync(join(tmpdir(), 'sb-c-pg-'));
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      const server = await startServer(bundle, {
        DATABASE_URL: url.toString(),
        SECUREBASE_OPAQUE_SETUP: opaque.server.createSetup(),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'debug',
      });
      cleanups.push(() => server.stop());
      const name = `pg-owner-${Date.now()}`;
      const markers = await syncCanaries(server, name);

      const dump = execFileSync('pg_dump', ['--data-only', url.toString()], {
        maxBuffer: 256 * 1024 * 1024,
      }).toString('latin1');
      expect(dump).toContain(name);
      expect(found(dump, markers)).toEqual([]);

      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      const tables = await c.query<{ t: string }>(
        "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public'",
      );
      let rows = '';
      for (const { t } of tables.rows) {
        const r = await c.query(`SELECT * FROM "${t}"`);
        for (const row of r.rows)
          for (const v of Object.values(row))
            rows += Buffer.isBuffer(v) ? v.toString('latin1') : `${String(v)}\n`;
      }
      await c.end();
      expect(tables.rows.map((r) => r.t)).toContain('records');
      expect(rows).toContain(name);
      expect(found(rows, markers)).toEqual([]);
      expect(found(server.output(), markers)).toEqual([]);
    },
    120_000,
  );
});
