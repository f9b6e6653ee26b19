import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestSqlite } from '../../test/support/stores.ts';

describe('SQLite file', () => {
  it('syncs every commit (synchronous FULL) and zeroes deleted content (secure_delete)', async () => {
    const opened = await openTestSqlite();
    try {
      const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(opened.db);
      expect(sync.rows[0]?.synchronous).toBe(2);
      const erase = await sql<{ secure_delete: number }>`pragma secure_delete`.execute(opened.db);
      expect(erase.rows[0]?.secure_delete).toBe(1);
    } finally {
      await opened.cleanup();
    }
  });

  it('is readable by its owner only, with its WAL and shared-memory files', async () => {
    const opened = await openTestSqlite();
    try {
      // A write, so the WAL and its index exist.
      await opened.store.createAccount({
        id: randomUUID(),
        identifier: `mode-${randomUUID()}`,
        registrationRecord: 'rec',
        recoveryTokenHash: 'hash',
        createdAt: 1,
        keys: {},
      });
      for (const f of [opened.where, `${opened.where}-wal`, `${opened.where}-shm`]) {
        expect(existsSync(f), f).toBe(true);
        expect((statSync(f).mode & 0o777).toString(8), f).toBe('600');
      }
    } finally {
      await opened.cleanup();
    }
  });
});
