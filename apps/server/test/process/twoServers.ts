/**
 * Two real server processes on one throwaway PostgreSQL database and data folder: what the
 * tests of "outgrowing one machine" stand on. `cleanup` stops both and drops what it made.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { TEST_DATABASE_URL } from '../support/stores.ts';
import { buildServer, type ServerProcess, startServer } from './serverProcess.ts';

async function admin(query: string): Promise<void> {
  const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await c.connect();
  try {
    await c.query(query);
  } finally {
    await c.end();
  }
}

export function twoServersOnOneDatabase(prefix: string) {
  const dbName = `${prefix}_${randomBytes(5).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const servers: ServerProcess[] = [];
  let bundle = '';
  return {
    /** Creates the database, builds the server and starts two processes on it with `env`. */
    async start(env: Record<string, string>): Promise<[ServerProcess, ServerProcess]> {
      await admin(`CREATE DATABASE ${dbName}`);
      bundle = buildServer();
      const url = new URL(TEST_DATABASE_URL);
      url.pathname = `/${dbName}`;
      const all = { DATABASE_URL: url.toString(), DATA_DIR: dataDir, ...env };
      // Started together: the migration lock keeps them from racing on the schema.
      servers.push(...(await Promise.all([startServer(bundle, all), startServer(bundle, all)])));
      const [s1, s2] = servers;
      if (!s1 || !s2) throw new Error('servers did not start');
      return [s1, s2];
    },
    async cleanup(): Promise<void> {
      await Promise.all(servers.map((s) => s.stop()));
      await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      if (bundle) rmSync(dirname(bundle), { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
