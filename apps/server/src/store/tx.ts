/**
 * The one dialect-specific piece of the query code: how a transaction starts.
 * - write: SQLite `BEGIN IMMEDIATE` (takes the database write lock up front, so two writers
 *   never both read a space version and then race to write it); PostgreSQL a plain
 *   transaction in which push takes the space row lock with `SELECT … FOR UPDATE`.
 * - read: one snapshot for a pull page (SQLite deferred transaction; PostgreSQL
 *   REPEATABLE READ).
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export interface TxRunner {
  readonly dialect: 'sqlite' | 'postgres';
  write<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  read<T>(fn: (db: Db) => Promise<T>): Promise<T>;
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
        await sql.raw('rollback').execute(conn);
        throw e;
      }
    });
}

export function sqliteRunner(db: Db): TxRunner {
  return { dialect: 'sqlite', write: sqliteTx(db, 'begin immediate'), read: sqliteTx(db, 'begin') };
}

export function postgresRunner(db: Db): TxRunner {
  return {
    dialect: 'postgres',
    write: (fn) => db.transaction().execute(fn),
    read: (fn) => db.transaction().setIsolationLevel('repeatable read').execute(fn),
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

/** better-sqlite3 binds Buffers; pg accepts either. A view, not a copy. */
export function toBuffer(b: Uint8Array): Buffer {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** Drivers return Buffers; the port promises plain Uint8Arrays (a view, not a copy). */
export function fromDb(b: Uint8Array): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
