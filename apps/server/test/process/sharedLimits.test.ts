/**
 * Two server processes on one PostgreSQL database hold one credential budget (issue 11,
 * Medium): password guesses for one name, spread over both processes and many addresses,
 * get the five free answers in all, not five per process.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as opaque from '@serenity-kit/opaque';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { httpTarget, TestClient } from '../support/http.ts';
import { postgresAvailable, TEST_DATABASE_URL } from '../support/stores.ts';
import { buildServer, type ServerProcess, startServer } from './serverProcess.ts';

const pgOk = await postgresAvailable();

describe.skipIf(!pgOk)('credential budgets across two server processes', () => {
  const dbName = `sb_limits_${randomBytes(5).toString('hex')}`;
  const admin = () => new pg.Client({ connectionString: TEST_DATABASE_URL });
  const servers: ServerProcess[] = [];
  let bundle = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'sb-limits-'));

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await c.end();
    if (bundle) rmSync(dirname(bundle), { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('guesses for one name, alternating between the processes, get five answers in all', async () => {
    const c = admin();
    await c.connect();
    await c.query(`CREATE DATABASE ${dbName}`);
    await c.end();
    bundle = buildServer();
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${dbName}`;
    await opaque.ready;
    const env = {
      DATABASE_URL: url.toString(),
      SECUREBASE_OPAQUE_SETUP: opaque.server.createSetup(),
      DATA_DIR: dataDir,
      // Each guess from its own address, so only the per-name budget can hold them back.
      TRUST_PROXY: '1',
    };
    servers.push(...(await Promise.all([startServer(bundle, env), startServer(bundle, env)])));
    const [s1, s2] = servers;
    if (!s1 || !s2) throw new Error('servers did not start');
    const owner = new TestClient(httpTarget(s1.port));
    expect((await owner.signUp('shared-budget', 'the right one')).answer.status).toBe(201);

    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const target = httpTarget((i % 2 === 0 ? s1 : s2).port);
      const start = opaque.client.startLogin({ password: `guess ${i}` });
      const r = await new TestClient(target).raw('POST', '/auth/login/start', {
        body: JSON.stringify({
          userIdentifier: 'shared-budget',
          startLoginRequest: start.startLoginRequest,
        }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.80.${i}.1` },
      });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([...Array(5).fill(200), ...Array(7).fill(429)]);
  }, 90_000);
});
