/**
 * The SyncStore contract, run against SQLite and PostgreSQL alike (docs/design.md §7).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADAPTERS,
  type OpenedStore,
  postgresAvailable,
  testMutation,
} from '../../test/support/stores.ts';
import type { PushMutation, SyncStore } from './port.ts';

const pgOk = await postgresAvailable();
const bytes = (...xs: number[]) => new Uint8Array(xs);

async function newAccount(store: SyncStore) {
  const id = randomUUID();
  const r = await store.createAccount({
    id,
    identifier: `user-${id}`,
    registrationRecord: 'rec',
    recoveryTokenHash: 'hash',
    createdAt: 1000,
    keys: { opaque: bytes(1, 2, 3), recovery: bytes(4, 5) },
  });
  expect(r.ok).toBe(true);
  return id;
}

async function newSpace(store: SyncStore, accountId: string) {
  const spaceId = randomUUID();
  expect((await store.createSpace(spaceId, accountId, 1000)).ok).toBe(true);
  return spaceId;
}

const mutation = (spaceId: string, recordId: string, baseVersion: number, fill = 7) =>
  testMutation(spaceId, recordId, baseVersion, { fill });

async function pushOk(store: SyncStore, acc: string, space: string, ms: PushMutation[]) {
  const r = await store.push(acc, space, ms);
  if (!r.ok) throw new Error('push refused');
  return r.value;
}

for (const adapter of ADAPTERS) {
  describe.skipIf(adapter.needsPostgres && !pgOk)(`SyncStore contract: ${adapter.name}`, () => {
    let opened: OpenedStore;
    let store: SyncStore;
    beforeAll(async () => {
      opened = await adapter.open();
      store = opened.store;
    });
    afterAll(() => opened.cleanup());

    it('creates accounts, refuses a taken identifier, keeps key blobs byte for byte', async () => {
      const id = await newAccount(store);
      const acc = await store.account(id);
      expect(acc?.identifier).toBe(`user-${id}`);
      expect((await store.accountByIdentifier(`user-${id}`))?.id).toBe(id);
      expect(await store.accountByIdentifier('nobody')).toBeUndefined();
      const again = await store.createAccount({
        id: randomUUID(),
        identifier: `user-${id}`,
        registrationRecord: 'x',
        recoveryTokenHash: 'y',
        createdAt: 1,
        keys: {},
      });
      expect(again).toEqual({ ok: false, error: { type: 'IdentifierTaken' } });
      await store.putKeyBlob(id, 'keyring', bytes(9, 9), 2000);
      const keys = await store.keyBlobs(id);
      expect(Array.from(keys.opaque ?? [])).toEqual([1, 2, 3]);
      expect(Array.from(keys.recovery ?? [])).toEqual([4, 5]);
      expect(Array.from(keys.keyring ?? [])).toEqual([9, 9]);
    });

    it('uses a pending login once', async () => {
      const id = randomUUID();
      const p = { id, accountId: null, identifier: 'who', state: 's', expiresAt: 5000 };
      await store.putPendingLogin(p);
      expect(await store.takePendingLogin(id)).toEqual(p);
      expect(await store.takePendingLogin(id)).toBeUndefined();
    });

    it('keeps sessions by token hash, lists, touches, revokes and purges them', async () => {
      const acc = await newAccount(store);
      const s1 = {
        id: randomUUID(),
        accountId: acc,
        createdAt: 10,
        lastSeenAt: 10,
        expiresAt: 1e6,
      };
      const s2 = { ...s1, id: randomUUID(), createdAt: 20, lastSeenAt: 20 };
      await store.createSession({ ...s1, tokenHash: `h1-${acc}` });
      await store.createSession({ ...s2, tokenHash: `h2-${acc}` });
      expect(await store.sessionByTokenHash(`h1-${acc}`)).toEqual(s1);
      await store.touchSession(s1.id, 500);
      expect((await store.listSessions(acc)).map((s) => [s.id, s.lastSeenAt])).toEqual([
        [s1.id, 500],
        [s2.id, 20],
      ]);
      expect(await store.deleteSession(randomUUID(), s1.id)).toBe(false);
      expect(await store.deleteSession(acc, s2.id)).toBe(true);
      await store.purgeExpired(1000, 600);
      expect(await store.sessionByTokenHash(`h1-${acc}`)).toBeDefined();
      await store.purgeExpired(1000, 100);
      expect(await store.listSessions(acc)).toEqual([]);
    });

    it('changes the password: new record and key, other sessions ended', async () => {
      const acc = await newAccount(store);
      const base = { accountId: acc, createdAt: 1, lastSeenAt: 1, expiresAt: 1e12 };
      const keep = randomUUID();
      await store.createSession({ ...base, id: keep, tokenHash: `k-${acc}` });
      await store.createSession({ ...base, id: randomUUID(), tokenHash: `o-${acc}` });
      await store.setPassword(acc, 'rec2', bytes(8), keep, 50);
      expect((await store.account(acc))?.registrationRecord).toBe('rec2');
      expect(Array.from((await store.keyBlobs(acc)).opaque ?? [])).toEqual([8]);
      expect((await store.listSessions(acc)).map((s) => s.id)).toEqual([keep]);
      await store.setRecovery(acc, 'hash2', bytes(6), 60);
      expect((await store.account(acc))?.recoveryTokenHash).toBe('hash2');
    });

    it('forgets sign-ins started before a password change', async () => {
      const acc = await newAccount(store);
      const id = randomUUID();
      await store.putPendingLogin({
        id,
        accountId: acc,
        identifier: 'x',
        state: 's',
        expiresAt: 9e12,
      });
      await store.setPassword(acc, 'rec2', bytes(8), null, 50);
      expect(await store.takePendingLogin(id)).toBeUndefined();
    });

    it('creates spaces with their owner and refuses an existing id', async () => {
      const acc = await newAccount(store);
      const space = await newSpace(store, acc);
      expect(await store.createSpace(space, await newAccount(store), 1)).toEqual({
        ok: false,
        error: { type: 'SpaceExists' },
      });
      expect(await store.listSpaces(acc)).toEqual([{ spaceId: space, version: 0, role: 'owner' }]);
    });

    it('applies pushes under consecutive versions and pulls them back unchanged', async () => {
      const acc = await newAccount(store);
      const space = await newSpace(store, acc);
      const ms = [1, 2, 3].map((n) => mutation(space, randomUUID(), 0, n));
      const out = await pushOk(store, acc, space, ms);
      expect(out.results.map((r) => (r.status === 'applied' ? r.version : -1))).toEqual([1, 2, 3]);
      expect(out.spaceVersion).toBe(3);
      const page = await store.pull(acc, space, 0, 100);
      if (!page.ok) throw new Error('pull refused');
      expect(page.value.records.map((r) => r.id)).toEqual(ms.map((m) => m.envelope.id));
      expect(page.value.records[1]?.ciphertext).toEqual(ms[1]?.envelope.ciphertext);
      expect(Array.from(page.value.records[2]?.nonce ?? [])).toEqual(new Array(24).fill(3));
      expect(page.value).toMatchObject({ cursor: 3, spaceVersion: 3, hasMore: false });
    });

    it('is idempotent by mutation id: a retried batch changes nothing', async () => {
      const acc = await newAccount(store);
      const space = await newSpace(store, acc);
      const ms = [mutation(space, randomUUID(), 0), mutation(space, randomUUID(), 0)];
      const first = await pushOk(store, acc, space, ms);
      const again = await pushOk(store, acc, space, ms);
      expect(again.results).toEqual(first.results);
      expect(again.spaceVersion).toBe(2);
      const page = await store.pull(acc, space, 0, 100);
      expect(page.ok && page.value.records.length).toBe(2);
    });

    it('answers a stale baseVersion with the server copy and writes nothing for it', async () => {
      const acc = await newAccount(store);
      const space = await newSpace(store, acc);
      const rec = randomUUID();
      await pushOk(store, acc, space, [mutation(space, rec, 0, 1)]);
      await pushOk(store, acc, space, [mutation(space, rec, 1, 2)]);
      const stale = mutation(space, rec, 1, 3);
      const other = mutation(space, randomUUID(), 0, 4);
      const out = await pushOk(store, acc, space, [stale, other]);
      const [c, a] = out.results;
      expect(c?.status).toBe('conflict');
      if (c?.status === 'conflict') {
        expect(c.current?.version).toBe(2);
        expect(c.current?.ciphertext[0]).toBe(2);
      }
      expect(a).toEqual({ mutationId: other.mutationId, status: 'applied', version: 3 });
      const missing = await pushOk(store, acc, space, [mutation(space, randomUUID(), 5)]);
      expect(missing.results[0]).toMatchObject({ status: 'conflict', current: null });
      expect(missing.spaceVersion).toBe(3);
    });

    it('applies several changes to one record in one batch, and a repeated mutation id once', async () => {
      const acc = await newAccount(store);
      const space = await newSpace(store, acc);
      const rec = randomUUID();
      const first = mutation(space, rec, 0, 1);
      const second = mutation(space, rec, 1, 2);
      const out = await pushOk(store, acc, space, [first, second, first]);
      expect(out.results).toEqual([
        { mutationId: first.mutationId, status: 'applied', version: 1 },
        { mutationId: second.mutationId, status: 'applied', version: 2 },
        { mutationId: first.mutationId, status: 'applied', version: 1 },
      ]);
      const page = await store.pull(acc, space, 0, 10);
      if (!page.ok) throw new Error('pull refused');
      expect(page.value.records.map((r) => [r.version, r.ciphertext[0]])).toEqual([[2, 2]]);
    });

    it('refuses push and pull to a non-member, and to a space that does not exist', async () => {
      const owner = await newAccount(store);
      const stranger = await newAccount(store);
      const space = await newSpace(store, owner);
      const notMember = { ok: false, error: { type: 'NotMember' } };
      expect(await store.push(stranger, space, [mutation(space, randomUUID(), 0)])).toEqual(
        notMember,
      );
      expect(await store.pull(stranger, space, 0, 10)).toEqual(notMember);
      expect(await store.pull(owner, randomUUID(), 0, 10)).toEqual(notMember);
      const page = await store.pull(owner, space, 0, 10);
      expect(page.ok && page.value.records).toEqual([]);
    });

    it('pages a pull by cursor; an edited record moves to the end', async () => {
      const acc = await newAccount(store);
      const space = await newSpace(store, acc);
      const ids = Array.from({ length: 5 }, () => randomUUID());
      await pushOk(
        store,
        acc,
        space,
        ids.map((id) => mutation(space, id, 0)),
      );
      await pushOk(store, acc, space, [mutation(space, ids[0] ?? '', 1, 9)]);
      const seen: string[] = [];
      let since = 0;
      for (;;) {
        const page = await store.pull(acc, space, since, 2);
        if (!page.ok) throw new Error('pull refused');
        seen.push(...page.value.records.map((r) => r.id));
        since = page.value.cursor;
        if (!page.value.hasMore) break;
      }
      expect(since).toBe(6);
      expect(seen).toEqual([...ids.slice(1), ids[0]]);
    });

    it('gives concurrent pushes to one space distinct consecutive versions', async () => {
      const acc = await newAccount(store);
      const space = await newSpace(store, acc);
      const outs = await Promise.all(
        Array.from({ length: 20 }, () =>
          pushOk(store, acc, space, [mutation(space, randomUUID(), 0)]),
        ),
      );
      const versions = outs.map((o) =>
        o.results[0]?.status === 'applied' ? o.results[0].version : 0,
      );
      expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it('answers a late retry as applied, from the record row or, once replaced, from mutations', async () => {
      const acc = await newAccount(store);
      const space = await newSpace(store, acc);
      const rec = randomUUID();
      const m1 = mutation(space, rec, 0, 1);
      const m2 = mutation(space, rec, 1, 2);
      const applied = (m: PushMutation, version: number, spaceVersion: number) => ({
        results: [{ mutationId: m.mutationId, status: 'applied', version }],
        spaceVersion,
      });
      expect(await pushOk(store, acc, space, [m1])).toEqual(applied(m1, 1, 1));
      // A create writes no mutations row: its id lives on the record.
      const replaced = () =>
        opened.db
          .selectFrom('mutations')
          .select(['mutation_id', 'version'])
          .where('space_id', '=', space)
          .execute();
      expect(await replaced()).toEqual([]);
      expect(await pushOk(store, acc, space, [m1])).toEqual(applied(m1, 1, 1));
      expect(await pushOk(store, acc, space, [m2])).toEqual(applied(m2, 2, 2));
      expect(await replaced()).toEqual([{ mutation_id: m1.mutationId, version: 1 }]);
      expect(await pushOk(store, acc, space, [m1])).toEqual(applied(m1, 1, 2));
      expect(await pushOk(store, acc, space, [m2])).toEqual(applied(m2, 2, 2));
      const page = await store.pull(acc, space, 0, 10);
      expect(page.ok && page.value.records.map((r) => [r.id, r.version])).toEqual([[rec, 2]]);
    });

    it('treats a mutation id reused for another record as a new write, and never fails on it', async () => {
      const acc = await newAccount(store);
      const space = await newSpace(store, acc);
      const [r1, r2] = [randomUUID(), randomUUID()];
      const reused = mutation(space, r1, 0, 1);
      const onR2 = { ...mutation(space, r2, 0, 2), mutationId: reused.mutationId };
      const status = async (m: PushMutation) => (await pushOk(store, acc, space, [m])).results[0];
      expect(await status(reused)).toMatchObject({ status: 'applied', version: 1 });
      expect(await status(onR2)).toMatchObject({ status: 'applied', version: 2 });
      // Replacing both records moves the id to `mutations` twice: kept once, no error.
      expect(await status(mutation(space, r1, 1, 3))).toMatchObject({ version: 3 });
      expect(await status(mutation(space, r2, 2, 4))).toMatchObject({ version: 4 });
      expect(await status(mutation(space, r2, 4, 5))).toMatchObject({ version: 5 });
      // A retry of the first write is still answered with the version it got.
      expect(await status(reused)).toEqual({
        mutationId: reused.mutationId,
        status: 'applied',
        version: 1,
      });
    });

    it('replays ids of rows written before migration 0002 (no id on the row)', async () => {
      const acc = await newAccount(store);
      const space = await newSpace(store, acc);
      const old = mutation(space, randomUUID(), 0, 4);
      await opened.db
        .insertInto('records')
        .values({
          space_id: space,
          record_id: old.envelope.id,
          version: 1,
          format: 1,
          key_id: 'k1',
          nonce: Buffer.from(old.envelope.nonce),
          ciphertext: Buffer.from(old.envelope.ciphertext),
          last_mutation_id: null,
        })
        .execute();
      await opened.db
        .insertInto('mutations')
        .values({
          space_id: space,
          mutation_id: old.mutationId,
          record_id: old.envelope.id,
          version: 1,
        })
        .execute();
      await opened.db.updateTable('spaces').set({ version: 1 }).where('id', '=', space).execute();
      const again = await pushOk(store, acc, space, [old]);
      expect(again.results).toEqual([
        { mutationId: old.mutationId, status: 'applied', version: 1 },
      ]);
      // Replacing such a row adds no row for the unknown id (its id is already stored).
      await pushOk(store, acc, space, [mutation(space, old.envelope.id, 1, 5)]);
      const rows = await opened.db
        .selectFrom('mutations')
        .select('mutation_id')
        .where('space_id', '=', space)
        .execute();
      expect(rows).toEqual([{ mutation_id: old.mutationId }]);
    });

    it('decides pushes that share one transaction as if they ran one after another', async () => {
      const a = await newAccount(store);
      const b = await newAccount(store);
      const stranger = await newAccount(store);
      const spaceA = await newSpace(store, a);
      const spaceB = await newSpace(store, b);
      const rec = randomUUID();
      const first = mutation(spaceA, rec, 0, 1);
      const rival = mutation(spaceA, rec, 0, 2);
      const before = { ...opened.store.pushes.stats };
      // Sent in one tick, so the queue writes them in one transaction.
      const [p1, p2, p3, p4, p5] = await Promise.all([
        store.push(a, spaceA, [first]),
        store.push(a, spaceA, [rival]),
        store.push(stranger, spaceA, [mutation(spaceA, randomUUID(), 0)]),
        store.push(b, spaceB, [mutation(spaceB, rec, 0, 3)]),
        store.push(a, spaceA, [first]),
      ]);
      expect(opened.store.pushes.stats.transactions - before.transactions).toBe(1);
      expect(opened.store.pushes.stats.jobs - before.jobs).toBe(5);
      expect(p1).toEqual({
        ok: true,
        value: {
          results: [{ mutationId: first.mutationId, status: 'applied', version: 1 }],
          spaceVersion: 1,
        },
      });
      // The rival saw the first one's write: a conflict carrying it, not a lost update.
      const conflict = p2.ok ? p2.value.results[0] : undefined;
      expect(conflict?.status).toBe('conflict');
      expect(conflict?.status === 'conflict' && conflict.current?.ciphertext[0]).toBe(1);
      expect(p3).toEqual({ ok: false, error: { type: 'NotMember' } });
      // The same record id in another space is another record.
      expect(p4.ok && p4.value.results[0]).toMatchObject({ status: 'applied', version: 1 });
      // A retry inside the same transaction is a replay, not a second write.
      expect(p5.ok && p5.value).toEqual({
        results: [{ mutationId: first.mutationId, status: 'applied', version: 1 }],
        spaceVersion: 1,
      });
      const page = await store.pull(a, spaceA, 0, 10);
      expect(page.ok && page.value.records.map((r) => [r.id, r.version])).toEqual([[rec, 1]]);
    });

    it('deletes an account with its sessions, keys, spaces and records', async () => {
      const acc = await newAccount(store);
      const space = await newSpace(store, acc);
      await pushOk(store, acc, space, [mutation(space, randomUUID(), 0)]);
      await store.createSession({
        id: randomUUID(),
        tokenHash: `d-${acc}`,
        accountId: acc,
        createdAt: 1,
        lastSeenAt: 1,
        expiresAt: 1e12,
      });
      await store.deleteAccount(acc);
      expect(await store.account(acc)).toBeUndefined();
      expect(await store.keyBlobs(acc)).toEqual({});
      expect(await store.listSessions(acc)).toEqual([]);
      expect(await store.listSpaces(acc)).toEqual([]);
      // The space id is free again: nothing of it is left.
      expect((await store.createSpace(space, await newAccount(store), 1)).ok).toBe(true);
    });

    it('opens nothing for an account deleted while it was signing in', async () => {
      const acc = await newAccount(store);
      await store.deleteAccount(acc);
      // What a sign-in finishing during the deletion leaves behind: a session row.
      const late = { id: randomUUID(), accountId: acc, createdAt: 1, lastSeenAt: 1 };
      await store.createSession({ ...late, expiresAt: 1e12, tokenHash: `late-${acc}` });
      expect(await store.sessionByTokenHash(`late-${acc}`)).toBeUndefined();
      expect(await store.createSpace(randomUUID(), acc, 1)).toEqual({
        ok: false,
        error: { type: 'NoAccount' },
      });
      expect(await store.listSpaces(acc)).toEqual([]);
    });

    it('never leaves a space behind when its creation races the account deletion', async () => {
      for (let i = 0; i < 10; i++) {
        const acc = await newAccount(store);
        await newSpace(store, acc);
        const spaceId = randomUUID();
        const [created] = await Promise.all([
          store.createSpace(spaceId, acc, 1),
          store.deleteAccount(acc),
        ]);
        expect(created.ok ? 'created' : created.error.type).toMatch(/created|NoAccount/);
        expect(await store.listSpaces(acc)).toEqual([]);
        // Whichever went first, the id is free: nothing of the space is left.
        expect((await store.createSpace(spaceId, await newAccount(store), 1)).ok).toBe(true);
      }
    });
  });
}
