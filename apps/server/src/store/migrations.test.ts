/**
 * Starting on a PostgreSQL database that another Kysely app already uses, in a schema of
 * its own: our migrations must find and create our tables in our schema, not take theirs.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresAvailable, TEST_DATABASE_URL } from '../../test/support/stores.ts';
import { openPostgresStore } from './postgres.ts';

const pgOk = await postgresAvailable();

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe.skipIf(!pgOk)('migrations on a shared PostgreSQL database', () => {
  it("starts beside another app's kysely_migration tables in another schema", async () => {
    const name = `sb_mig_${randomBytes(5).toString('hex')}`;
    await admin(TEST_DATABASE_URL, (c) => c.query(`CREATE DATABASE ${name}`));
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    try {
      await admin(url.toString(), async (c) => {
        await c.query('CREATE SCHEMA other_app');
        await c.query('CREATE TABLE other_app.kysely_migration (name text, timestamp text)');
        await c.query('CREATE TABLE other_app.kysely_migration_lock (id text, is_locked int)');
      });
      const store = await openPostgresStore(url.toString(), { poolSize: 2 });
      try {
        expect(await store.listSpaces('nobody')).toEqual([]);
      } finally {
        await store.close();
      }
      const tables = await admin(url.toString(), async (c) => {
        const r = await c.query<{ t: string }>(
          "SELECT table_schema || '.' || table_name AS t FROM information_schema.tables WHERE table_name LIKE 'kysely%' ORDER BY 1",
        );
        return r.rows.map((x) => x.t);
      });
      expect(tables).toEqual([
        'other_app.kysely_migration',
        'other_app.kysely_migration_lock',
        'public.kysely_migration',
        'public.kysely_migration_lock',
      ]);
    } finally {
      await admin(TEST_DATABASE_URL, (c) =>
        c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    }
  });
});
