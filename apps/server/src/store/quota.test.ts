/**
 * The per-account quota, on SQLite and PostgreSQL alike: spaces per account, and bytes in
 * the account's spaces. A push over it writes nothing; one that frees space goes through.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADAPTERS,
  type OpenedStore,
  postgresAvailable,
  testMutation,
} from '../../test/support/stores.ts';
import { KyselySyncStore } from './kysely.ts';
import type { SyncStore } from './port.ts';
import { MUTATION_ROW_BYTES, quotaFromEnv } from './quota.ts';

const pgOk = await postgresAvailable();
/** Room for three 1,000-byte envelopes (24-byte nonce + 976 bytes), not four. */
const QUOTA = { bytes: 3000 + MUTATION_ROW_BYTES * 2, spaces: 2 };

/** 976 bytes of ciphertext: with the 24-byte nonce, a 1,000-byte envelope. */
const mutation = (spaceId: string, recordId: string, baseVersion: number, size = 976) =>
  testMutation(spaceId, recordId, baseVersion, { fill: 2, size, nonceFill: 1 });

async function account(store: SyncStore) {
  const id = randomUUID();
  const r = await store.createAccount({
    id,
    identifier: `q-${id}`,
    registrationRecord: 'r',
    recoveryTokenHash: 'h',
    createdAt: 1,
    keys: {},
  });
  expect(r.ok).toBe(true);
  return id;
}

for (const adapter of ADAPTERS) {
  describe.skipIf(adapter.needsPostgres && !pgOk)(`quota: ${adapter.name}`, () => {
    let opened: OpenedStore;
    let store: KyselySyncStore;
    beforeAll(async () => {
      opened = await adapter.open();
      store = new KyselySyncStore(opened.db, opened.tx, QUOTA);
    });
    afterAll(() => opened.cleanup());

    it('limits the spaces an account belongs to', async () => {
      const acc = await account(store);
      expect((await store.createSpace(randomUUID(), acc, 1)).ok).toBe(true);
      expect((await store.createSpace(randomUUID(), acc, 1)).ok).toBe(true);
      const third = await store.createSpace(randomUUID(), acc, 1);
      expect(third).toEqual({ ok: false, error: { type: 'QuotaExceeded' } });
      expect(await store.listSpaces(acc)).toHaveLength(2);
    });

    it("refuses a push that would pass the byte quota, whole, across the account's spaces", async () => {
      const acc = await account(store);
      const a = randomUUID();
      const b = randomUUID();
      expect((await store.createSpace(a, acc, 1)).ok).toBe(true);
      expect((await store.createSpace(b, acc, 1)).ok).toBe(true);
      const r1 = randomUUID();
      expect(
        (await store.push(acc, a, [mutation(a, r1, 0), mutation(a, randomUUID(), 0)])).ok,
      ).toBe(true);
      // One more fits in the other space; two more do not, and neither is written.
      const over = await store.push(acc, b, [
        mutation(b, randomUUID(), 0),
        mutation(b, randomUUID(), 0),
      ]);
      expect(over).toEqual({ ok: false, error: { type: 'QuotaExceeded' } });
      const pulled = await store.pull(acc, b, 0, 100);
      expect(pulled.ok && pulled.value).toMatchObject({ records: [], spaceVersion: 0 });
      expect((await store.push(acc, b, [mutation(b, randomUUID(), 0)])).ok).toBe(true);
      expect((await store.push(acc, b, [mutation(b, randomUUID(), 0)])).ok).toBe(false);
      // Rewriting a record smaller frees room (the kept mutation id costs a little).
      const shrink = await store.push(acc, a, [mutation(a, r1, 1, 272)]);
      expect(shrink.ok && shrink.value.results[0]?.status).toBe('applied');
      // An account's quota is its own: another account pushes freely.
      const other = await account(store);
      const s = randomUUID();
      expect((await store.createSpace(s, other, 1)).ok).toBe(true);
      expect((await store.push(other, s, [mutation(s, randomUUID(), 0)])).ok).toBe(true);
    });

    it('decides group-committed pushes of one account in turn', async () => {
      const acc = await account(store);
      const a = randomUUID();
      expect((await store.createSpace(a, acc, 1)).ok).toBe(true);
      const results = await Promise.all(
        Array.from({ length: 5 }, () => store.push(acc, a, [mutation(a, randomUUID(), 0)])),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(3);
      expect(results.filter((r) => !r.ok && r.error.type === 'QuotaExceeded')).toHaveLength(2);
      const pulled = await store.pull(acc, a, 0, 100);
      expect(pulled.ok && pulled.value.records).toHaveLength(3);
    });
  });
}

describe('quota settings', () => {
  it('default to 100 MiB and 20 spaces, and take whole numbers from the environment', () => {
    expect(quotaFromEnv({})).toEqual({ bytes: 100 * 1024 * 1024, spaces: 20 });
    expect(quotaFromEnv({ SECUREBASE_QUOTA_MB: '5', SECUREBASE_QUOTA_SPACES: '3' })).toEqual({
      bytes: 5 * 1024 * 1024,
      spaces: 3,
    });
    expect(() => quotaFromEnv({ SECUREBASE_QUOTA_MB: '0' })).toThrow();
    expect(() => quotaFromEnv({ SECUREBASE_QUOTA_SPACES: '1.5' })).toThrow();
  });
});
