/**
 * Deleting an account erases its bytes from the SQLite files for real: the database file,
 * its WAL and shared-memory file are searched for a canary that was stored as ciphertext,
 * key blob and account name, and must not hold it afterwards. The search first proves it
 * can find the canary while the account exists, so it can fail.
 * PostgreSQL cannot promise this (docs/threat-model.md, "Deleting an account").
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type OpenedStore, openTestSqlite } from '../../test/support/stores.ts';

let opened: OpenedStore | undefined;
afterEach(async () => {
  await opened?.cleanup();
  opened = undefined;
});

/** Which of the database's files hold `needle`. */
function filesHolding(file: string, needle: Buffer): string[] {
  return [file, `${file}-wal`, `${file}-shm`].filter(
    (f) => existsSync(f) && readFileSync(f).includes(needle),
  );
}

describe('erasing an account on SQLite', () => {
  it('leaves none of its bytes in the database file or the WAL', async () => {
    opened = await openTestSqlite();
    const { store, where } = opened;
    const canary = Buffer.from(`canary-${randomBytes(12).toString('hex')}`);
    const filled = (n: number) => {
      const out = Buffer.alloc(n);
      for (let i = 0; i < n; i += canary.length) canary.copy(out, i);
      return new Uint8Array(out);
    };
    const accountId = randomUUID();
    const name = `person ${canary.toString()}`;
    const created = await store.createAccount({
      id: accountId,
      identifier: name,
      registrationRecord: 'record',
      recoveryTokenHash: 'hash',
      createdAt: 1,
      keys: { opaque: filled(80), recovery: filled(80), keyring: filled(200) },
    });
    expect(created.ok).toBe(true);
    const spaceId = randomUUID();
    expect((await store.createSpace(spaceId, accountId, 1)).ok).toBe(true);
    // Enough records to spill over many pages, and one rewritten so an old copy exists too.
    for (let round = 0; round < 3; round++) {
      const pushed = await store.push(
        accountId,
        spaceId,
        Array.from({ length: 20 }, (_, i) => ({
          mutationId: randomUUID(),
          baseVersion: round === 0 ? 0 : round * 20 + i - 19,
          envelope: {
            id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            spaceId,
            format: 1,
            keyId: 'k1',
            nonce: filled(24),
            ciphertext: filled(3000),
          },
        })),
      );
      expect(pushed.ok).toBe(true);
    }
    expect(filesHolding(where, canary).length).toBeGreaterThan(0);

    await store.deleteAccount(accountId);

    expect(filesHolding(where, canary)).toEqual([]);
    // The database still works after the erase.
    expect(await store.accountByIdentifier(name)).toBeUndefined();
    const other = randomUUID();
    expect(
      (
        await store.createAccount({
          id: other,
          identifier: `other ${other}`,
          registrationRecord: 'r',
          recoveryTokenHash: 'h',
          createdAt: 2,
          keys: {},
        })
      ).ok,
    ).toBe(true);
  });
});
