/** SQLite adapter: one file in DATA_DIR, WAL journal, migrations applied on open. */
import { chmodSync, closeSync, openSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, type SqliteDatabase, SqliteDialect } from 'kysely';
import { SAFETY_NET_PAGES, startCheckpointer } from './checkpointer.ts';
import { KyselySyncStore } from './kysely.ts';
import { migrate } from './migrations.ts';
import { DEFAULT_QUOTA, type Quota } from './quota.ts';
import type { Database } from './schema.ts';
import { type Db, sqliteRunner, type TxRunner, WRITER_BUSY_TIMEOUT_MS } from './tx.ts';

/**
 * Kysely prepares every query anew; preparing costs more than running these small
 * statements, so prepared statements are kept by SQL text. Bounded, least recently used
 * out first: group-committed pushes make many rare texts (one per batch size), which must
 * not push out the hot ones.
 */
const STATEMENTS_KEPT = 500;

function withStatementCache(conn: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      conn.close();
    },
    prepare: (sql: string) => {
      let st = cache.get(sql);
      if (st) cache.delete(sql);
      else {
        st = conn.prepare(sql);
        if (cache.size >= STATEMENTS_KEPT) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
      }
      cache.set(sql, st);
      return st;
    },
  };
}

/**
 * The database file is the owner's alone (0600): it holds only ciphertext, but also account
 * names and session hashes. SQLite gives its -wal and -shm files the database's mode.
 */
function ownerOnly(file: string) {
  if (file === ':memory:' || file === '') return;
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

export async function openSqlite(file: string): Promise<{ db: Db; tx: TxRunner }> {
  ownerOnly(file);
  const conn = new SQLite(file);
  conn.pragma('journal_mode = WAL');
  // Acknowledged means durable: every commit is synced to disk before the answer goes out.
  // NORMAL would let a power cut take back the last commits, and with them versions that
  // devices have already pulled past (measured cost: docs/threat-model.md).
  conn.pragma('synchronous = FULL');
  // Deleted and overwritten content is zeroed on its page, not just unlinked, so an erased
  // account's bytes do not linger in free pages; the WAL is truncated after an erase (tx.ts).
  conn.pragma('secure_delete = ON');
  conn.pragma(`busy_timeout = ${WRITER_BUSY_TIMEOUT_MS}`);
  // Checkpoints run on a worker thread (checkpointer.ts); this is only the safety net.
  conn.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(conn) }),
  });
  await migrate(db, 'sqlite');
  // Opened after the migrations, so it sees the tables; read-only, so it can never take
  // the write lock (and never wait for it: WAL readers do not block on the writer).
  const readConn = new SQLite(file, { readonly: true });
  // A WAL reader can still meet SQLITE_BUSY in rare moments (another connection recovering
  // the WAL index): wait briefly rather than fail the request.
  readConn.pragma('busy_timeout = 1000');
  const reader = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(readConn) }),
  });
  const checkpointer = startCheckpointer(file);
  return { db, tx: sqliteRunner(db, reader, checkpointer) };
}

export async function openSqliteStore(
  file: string,
  quota: Quota = DEFAULT_QUOTA,
): Promise<KyselySyncStore> {
  const { db, tx } = await openSqlite(file);
  return new KyselySyncStore(db, tx, quota);
}
