/**
 * PostgreSQL adapter. int8 columns are parsed to numbers (times in ms and versions stay far
 * below 2^53), per pool rather than by mutating pg's global type table. `schema` puts the
 * tables in a schema of their own (tests use a fresh one per run).
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { KyselySyncStore } from './kysely.ts';
import { migrate } from './migrations.ts';
import type { Database } from './schema.ts';
import { type Db, postgresRunner, type TxRunner } from './tx.ts';

const INT8_OID = 20;

export interface PostgresOptions {
  schema?: string;
  poolSize?: number;
}

export async function openPostgres(
  url: string,
  opts: PostgresOptions = {},
): Promise<{ db: Db; tx: TxRunner }> {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 20,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format),
    },
  });
  if (opts.schema) {
    if (!/^[a-z_][a-z0-9_]*$/.test(opts.schema)) throw new Error('bad schema name');
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrate(db, 'postgres', opts.schema);
  return { db, tx: postgresRunner(db) };
}

export async function openPostgresStore(
  url: string,
  opts: PostgresOptions = {},
): Promise<KyselySyncStore> {
  const { db, tx } = await openPostgres(url, opts);
  return new KyselySyncStore(db, tx);
}
