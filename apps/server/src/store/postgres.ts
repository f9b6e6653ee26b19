/**
 * PostgreSQL adapter. int8 columns are parsed to numbers (times in ms and versions stay far
 * below 2^53), per pool rather than by mutating pg's global type table. `schema` puts the
 * tables in a schema of their own (tests use a fresh one per run).
 */
import { createHash } from 'node:crypto';
import {
  Kysely,
  type PostgresCursor,
  PostgresDialect,
  type PostgresPoolClient,
  type PostgresQueryResult,
} from 'kysely';
import pg from 'pg';
import { KyselySyncStore } from './kysely.ts';
import { migrate } from './migrations.ts';
import { DEFAULT_QUOTA, type Quota } from './quota.ts';
import type { Database } from './schema.ts';
import { type Db, postgresRunner, type TxRunner } from './tx.ts';

const INT8_OID = 20;

/**
 * Kysely sends every query unnamed, so PostgreSQL parses it each time. Naming each
 * distinct SQL text (by its hash) makes pg prepare it once per connection and then only
 * bind and execute: the PostgreSQL counterpart of the SQLite statement cache. Statement
 * texts vary with list lengths (a group-committed push names as many spaces as it holds
 * jobs), so a connection names at most NAMED_PER_CONNECTION texts and sends the rest
 * unnamed: prepared statements live as long as the connection, on both ends.
 */
const NAMED_PER_CONNECTION = 400;
const NAMED_MAX_PARAMETERS = 32;
const namedOn = new WeakMap<pg.PoolClient, Set<string>>();

const COMMANDS = ['UPDATE', 'DELETE', 'INSERT', 'SELECT', 'MERGE', 'COMMIT', 'ROLLBACK'] as const;

/** pg's result in the shape Kysely reads (it looks at `command` for affected-row counts). */
function adapt<R>(r: pg.QueryResult): PostgresQueryResult<R> {
  const command = COMMANDS.find((c) => c === r.command) ?? 'SELECT';
  return { command, rowCount: r.rowCount ?? 0, rows: r.rows };
}

class NamedStatements implements PostgresPoolClient {
  readonly #client: pg.PoolClient;
  constructor(client: pg.PoolClient) {
    this.#client = client;
  }
  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(
    q: string | PostgresCursor<R>,
    parameters: ReadonlyArray<unknown> = [],
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof q !== 'string') throw new Error('cursors are not used');
    // Transaction control stays unnamed; everything else is parameterised DML or a select.
    if (parameters.length === 0) return this.#client.query(q).then(adapt<R>);
    // Long parameter lists come from group-committed pushes, whose text changes with every
    // batch size: naming them would crowd out the few hot statements.
    if (parameters.length > NAMED_MAX_PARAMETERS)
      return this.#client.query(q, [...parameters]).then(adapt<R>);
    const name = `sb_${createHash('sha1').update(q).digest('hex')}`;
    const named = namedOn.get(this.#client) ?? new Set();
    namedOn.set(this.#client, named);
    if (!named.has(name)) {
      if (named.size >= NAMED_PER_CONNECTION)
        return this.#client.query(q, [...parameters]).then(adapt<R>);
      named.add(name);
    }
    return this.#client.query({ name, text: q, values: [...parameters] }).then(adapt<R>);
  }
  release(destroy?: boolean) {
    this.#client.release(destroy);
  }
}

/**
 * Plan every execution with the table as it is now. A generic plan cached on a connection
 * while the tables were nearly empty (a fresh deployment) is a sequential scan, and it
 * stays one as the tables grow until autovacuum's ANALYZE happens to invalidate it; the
 * push lookups then got slower with every row. Named statements still skip the parse.
 */
const PLAN_PER_EXECUTION = '-c plan_cache_mode=force_custom_plan';

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
    // Queries go out without waiting for the one before (see TxRunner.writeGroups); a
    // caller that awaits each query, as Kysely does, sees no difference.
    pipeline: true,
    // A push waits in its process's queue behind the transaction being written, so that
    // transaction may not hang for long: see also the statement timeout in writeGroups.
    connectionTimeoutMillis: 10_000,
    options: [
      PLAN_PER_EXECUTION,
      '-c idle_in_transaction_session_timeout=60000',
      ...(opts.schema ? [`-c search_path=${opts.schema}`] : []),
    ].join(' '),
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format),
    },
  });
  if (opts.schema) {
    if (!/^[a-z_][a-z0-9_]*$/.test(opts.schema)) throw new Error('bad schema name');
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
  }
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: {
        connect: async () => new NamedStatements(await pool.connect()),
        end: () => pool.end(),
      },
    }),
  });
  await migrate(db, 'postgres', opts.schema);
  return { db, tx: postgresRunner(db, async () => new NamedStatements(await pool.connect())) };
}

export async function openPostgresStore(
  url: string,
  opts: PostgresOptions = {},
  quota: Quota = DEFAULT_QUOTA,
): Promise<KyselySyncStore> {
  const { db, tx } = await openPostgres(url, opts);
  return new KyselySyncStore(db, tx, quota);
}
