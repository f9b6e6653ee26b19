/** SQLite adapter: one file in DATA_DIR, WAL journal, migrations applied on open. */
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { KyselySyncStore } from './kysely.ts';
import { migrate } from './migrations.ts';
import type { Database } from './schema.ts';
import { type Db, sqliteRunner, type TxRunner } from './tx.ts';

export async function openSqlite(file: string): Promise<{ db: Db; tx: TxRunner }> {
  const conn = new SQLite(file);
  conn.pragma('journal_mode = WAL');
  // In WAL mode NORMAL still never corrupts; a power cut may lose the last commits but a
  // process crash (kill -9) loses nothing that was acknowledged.
  conn.pragma('synchronous = NORMAL');
  conn.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: conn }) });
  await migrate(db, 'sqlite');
  return { db, tx: sqliteRunner(db) };
}

export async function openSqliteStore(file: string): Promise<KyselySyncStore> {
  const { db, tx } = await openSqlite(file);
  return new KyselySyncStore(db, tx);
}
