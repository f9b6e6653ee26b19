/**
 * The one dialect-specific piece of the query code: how a transaction starts, and where
 * reads go.
 * - write: SQLite `BEGIN IMMEDIATE` (takes the database write lock up front, so two writers
 *   never both read a space version and then race to write it); PostgreSQL a plain
 *   transaction in which push takes the space row lock with `SELECT … FOR UPDATE`.
 * - read: one snapshot for a pull page (SQLite deferred transaction; PostgreSQL
 *   REPEATABLE READ).
 * - writeGroups: a write transaction whose statements are sent in groups. PostgreSQL
 *   pipelines a group on one connection, one round trip for the whole group, with BEGIN in
 *   the first and COMMIT in the last; SQLite runs the statements in turn. Same SQL on both.
 * - scrub: after an erase, leaves no copy of the erased rows in the database's files where
 *   it can: SQLite truncates the WAL (secure_delete has zeroed the pages themselves);
 *   PostgreSQL cannot (dead tuples wait for VACUUM; docs/threat-model.md says so).
 * - reader: where reads outside a transaction go (the session lookup of every request).
 *   SQLite has one writing connection, held for a whole write transaction, so reads and
 *   pull snapshots use a second, read-only connection: in WAL mode it reads the last
 *   commit without waiting for the writer. PostgreSQL reads from its pool.
 */
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { Checkpointer } from './checkpointer.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

type Query = CompiledQuery<unknown>;
type RowsOf<Q> = Q extends CompiledQuery<infer R> ? R[] : never;

/** Sends one group of compiled statements; resolves to each one's rows, in order. */
export type Send = <const Q extends readonly Query[]>(
  ...queries: Q
) => Promise<{ -readonly [K in keyof Q]: RowsOf<Q[K]> }>;

/** What a grouped transaction hands back: its value, and the group that goes with COMMIT. */
export interface LastGroup<T> {
  value: T;
  last: Query[];
}

export interface TxRunner {
  readonly dialect: 'sqlite' | 'postgres';
  write<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  writeGroups<T>(fn: (send: Send) => Promise<LastGroup<T>>): Promise<T>;
  read<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  readonly reader: Db;
  scrub(): Promise<void>;
  /** Closes what the runner owns beside the main connection (SQLite: reader, checkpointer). */
  close(): Promise<void>;
}

/** How long the SQLite writer waits for a lock before SQLITE_BUSY. */
export const WRITER_BUSY_TIMEOUT_MS = 5000;
/** A WAL truncation waits for readers this many times, briefly each, then leaves it. */
const SCRUB_TRIES = 250;
const SCRUB_PAUSE_MS = 20;

/**
 * One TRUNCATE checkpoint that does not wait: a reader in the middle of a snapshot (a
 * pull page awaiting its second query) would otherwise hold it while this blocks the
 * thread that reader needs. True when the WAL was copied back and cut to zero bytes.
 */
function truncateWal(db: Db): Promise<boolean> {
  return db.connection().execute(async (conn) => {
    await sql.raw('pragma busy_timeout = 0').execute(conn);
    try {
      const r = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(conn);
      return r.rows[0]?.busy === 0;
    } finally {
      await sql.raw(`pragma busy_timeout = ${WRITER_BUSY_TIMEOUT_MS}`).execute(conn);
    }
  });
}

async function scrubSqlite(db: Db) {
  for (let i = 0; i < SCRUB_TRIES; i++) {
    if (await truncateWal(db)) return;
    await new Promise((ok) => setTimeout(ok, SCRUB_PAUSE_MS));
  }
}

/**
 * SQLite rolls a transaction back by itself on some errors (SQLITE_FULL, SQLITE_IOERR):
 * then there is nothing left to roll back, and the first error is the one to report.
 */
async function rollback(conn: Db) {
  try {
    await sql.raw('rollback').execute(conn);
  } catch (e) {
    if (!(e instanceof Error && /no transaction is active/.test(e.message))) throw e;
  }
}

function sqliteTx(db: Db, begin: 'begin immediate' | 'begin') {
  return <T>(fn: (db: Db) => Promise<T>): Promise<T> =>
    db.connection().execute(async (conn) => {
      await sql.raw(begin).execute(conn);
      try {
        const out = await fn(conn);
        await sql.raw('commit').execute(conn);
        return out;
      } catch (e) {
        await rollback(conn);
        throw e;
      }
    });
}

export function sqliteRunner(db: Db, reader: Db, checkpointer: Checkpointer): TxRunner {
  const write = sqliteTx(db, 'begin immediate');
  return {
    dialect: 'sqlite',
    write,
    writeGroups: (fn) =>
      write(async (conn) => {
        const send = (async (...queries: Query[]) => {
          const out: unknown[][] = [];
          for (const q of queries) out.push((await conn.executeQuery(q)).rows);
          return out;
        }) as Send;
        const { value, last } = await fn(send);
        await send(...last);
        return value;
      }),
    read: sqliteTx(reader, 'begin'),
    reader,
    scrub: () => scrubSqlite(db),
    close: async () => {
      await checkpointer.stop();
      await reader.destroy();
    },
  };
}

/** One PostgreSQL connection as the grouped runner needs it (pg in pipeline mode). */
export interface PipelinedClient {
  query(sql: string, parameters: readonly unknown[]): Promise<{ rows: unknown[] }>;
  release(destroy?: boolean): void;
}

/**
 * Sends a group at once and waits for every answer. If one fails the transaction is
 * aborted on the server (a COMMIT behind it is answered as a rollback), so the first
 * error is thrown after all have settled, and the connection stays in step.
 */
async function sendGroup(client: PipelinedClient, queries: readonly Query[]) {
  const settled = await Promise.allSettled(queries.map((q) => client.query(q.sql, q.parameters)));
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r.status === 'fulfilled' ? r.value.rows : []));
}

const raw = (text: string): Query => CompiledQuery.raw(text);

/**
 * Pushes queue behind the grouped transaction being written, so one statement may not hold
 * it for long (a lock held by a stuck process, a lost server). Local to the transaction:
 * migrations and account deletion keep the server's default.
 */
const PUSH_STATEMENT_TIMEOUT = "set local statement_timeout = '30s'";

export function postgresRunner(db: Db, connect: () => Promise<PipelinedClient>): TxRunner {
  return {
    dialect: 'postgres',
    write: (fn) => db.transaction().execute(fn),
    writeGroups: async (fn) => {
      const client = await connect();
      let first = true;
      let broken = false;
      const send = (async (...queries: Query[]) => {
        const opening = first ? [raw('begin'), raw(PUSH_STATEMENT_TIMEOUT)] : [];
        first = false;
        const rows = await sendGroup(client, [...opening, ...queries]);
        return rows.slice(opening.length);
      }) as Send;
      try {
        const { value, last } = await fn(send);
        await send(...last, raw('commit'));
        return value;
      } catch (e) {
        if (!first) {
          try {
            await client.query('rollback', []);
          } catch {
            broken = true;
          }
        }
        throw e;
      } finally {
        client.release(broken);
      }
    },
    read: (fn) => db.transaction().setIsolationLevel('repeatable read').execute(fn),
    reader: db,
    scrub: async () => {},
    close: async () => {},
  };
}

/** A duplicate key from either database. */
export function isUniqueViolation(e: unknown): boolean {
  if (!(e instanceof Error) || !('code' in e)) return false;
  const code = e.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

/**
 * An error the data of a statement can cause (rather than the database or the network):
 * PostgreSQL SQLSTATE classes 22 (data exception) and 23 (integrity constraint), SQLite
 * constraint, type, size and range errors.
 */
export function isDataError(e: unknown): boolean {
  if (!(e instanceof Error) || !('code' in e) || typeof e.code !== 'string') return false;
  const code = e.code;
  return (
    /^2[23][0-9A-Z]{3}$/.test(code) ||
    code.startsWith('SQLITE_CONSTRAINT') ||
    ['SQLITE_MISMATCH', 'SQLITE_TOOBIG', 'SQLITE_RANGE'].includes(code)
  );
}

/** better-sqlite3 binds Buffers; pg accepts either. A view, not a copy. */
export function toBuffer(b: Uint8Array): Buffer {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** Drivers return Buffers; the port promises plain Uint8Arrays (a view, not a copy). */
export function fromDb(b: Uint8Array): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
