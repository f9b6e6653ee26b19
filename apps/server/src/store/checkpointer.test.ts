import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from './checkpointer.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A WAL database whose own automatic checkpoint is off, and a way to add ~1 MB to it. */
function database() {
  const dir = mkdtempSync(join(tmpdir(), 'sb-ckpt-'));
  dirs.push(dir);
  const file = join(dir, 'db.sqlite');
  const conn = new SQLite(file);
  conn.pragma('journal_mode = WAL');
  conn.pragma('wal_autocheckpoint = 0');
  conn.exec('create table t (b blob)');
  const insert = conn.prepare('insert into t values (?)');
  const writeOneMb = conn.transaction(() => {
    for (let i = 0; i < 256; i++) insert.run(Buffer.alloc(4000, i));
  });
  const walBytes = () => statSync(`${file}-wal`).size;
  return { file, conn, writeOneMb, walBytes };
}

describe('WAL checkpointer (worker thread)', () => {
  it('without it, the WAL only grows', async () => {
    const db = database();
    db.writeOneMb();
    const first = db.walBytes();
    db.writeOneMb();
    expect(db.walBytes()).toBeGreaterThan(first * 1.8);
    db.conn.close();
  });

  it('checkpoints in the background, so the writer starts the WAL over', async () => {
    const db = database();
    const checkpointer = startCheckpointer(db.file, 20);
    try {
      db.writeOneMb();
      const first = db.walBytes();
      // The event this test is about: a background checkpoint copied the whole WAL.
      await checkpointer.caughtUp();
      db.writeOneMb();
      expect(db.walBytes()).toBeLessThan(first * 1.2);
      expect(db.conn.prepare('select count(*) as n from t').get()).toEqual({ n: 512 });
    } finally {
      await checkpointer.stop();
      db.conn.close();
    }
  });
});
