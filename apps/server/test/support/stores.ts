/**
 * Test helpers: open each adapter on a throwaway database. PostgreSQL gets a fresh schema
 * per call (dropped on cleanup), so test runs never collide. PostgreSQL is skipped only
 * when it is unreachable and CI is not set; under CI=true an unreachable server fails.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { KyselySyncStore } from '../../src/store/kysely.ts';
import type { PushMutation } from '../../src/store/port.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { DEFAULT_QUOTA, type Quota } from '../../src/store/quota.ts';
import { openSqlite } from '../../src/store/sqlite.ts';
import type { Db, TxRunner } from '../../src/store/tx.ts';

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface OpenedStore {
  store: KyselySyncStore;
  /** The connection and runner under `store`, for tests that wrap the runner. */
  db: Db;
  tx: TxRunner;
  /** Where the data lives: the SQLite file, or the PostgreSQL schema name. */
  where: string;
  cleanup(): Promise<void>;
}

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (e) {
    if (process.env.CI === 'true') throw e;
    return false;
  }
}

export async function openTestSqlite(quota: Quota = DEFAULT_QUOTA): Promise<OpenedStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-store-'));
  const file = join(dir, 'test.sqlite');
  const { db, tx } = await openSqlite(file);
  const store = new KyselySyncStore(db, tx, quota);
  return {
    store,
    db,
    tx,
    where: file,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function freshSchemaName(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

export async function openTestPostgres(schema = freshSchemaName()): Promise<OpenedStore> {
  let opened: Awaited<ReturnType<typeof openPostgres>>;
  try {
    opened = await openPostgres(TEST_DATABASE_URL, { schema, poolSize: 5 });
  } catch (e) {
    await dropSchema(schema);
    throw e;
  }
  const { db, tx } = opened;
  const store = new KyselySyncStore(db, tx);
  return {
    store,
    db,
    tx,
    where: schema,
    cleanup: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
}

export const ADAPTERS = [
  { name: 'sqlite', open: () => openTestSqlite(), needsPostgres: false },
  { name: 'postgres', open: () => openTestPostgres(), needsPostgres: true },
] as const;

/**
 * A push mutation for store tests: a fresh mutation id and an opaque envelope whose 24-byte
 * nonce is filled with `nonceFill` and whose ciphertext is `size` bytes of `fill`.
 */
export function testMutation(
  spaceId: string,
  recordId: string,
  baseVersion: number,
  {
    fill = 7,
    size = 300,
    nonceFill = fill,
  }: { fill?: number; size?: number; nonceFill?: number } = {},
): PushMutation {
  return {
    mutationId: randomUUID(),
    baseVersion,
    envelope: {
      id: recordId,
      spaceId,
      format: 1,
      keyId: 'k1',
      nonce: new Uint8Array(24).fill(nonceFill),
      ciphertext: new Uint8Array(size).fill(fill),
    },
  };
}
