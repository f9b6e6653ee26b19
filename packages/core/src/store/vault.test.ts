import { describe, expect, it } from 'vitest';
import { checkin } from '../../testing/builders.ts';
import { testDeps, testDeviceWrapper } from '../../testing/deps.ts';
import { localStoreContract } from '../../testing/localStoreContract.ts';
import { fromUtf8 } from '../bytes.ts';
import { secretKeyWrapper } from '../crypto/keys.ts';
import { encodeHlc } from '../records/hlc.ts';
import { withNewPrivateSpace } from './keyCustody.ts';
import { MemoryLocalStore } from './memory.ts';
import { MAX_REVISIONS } from './merge.ts';
import { createVault, hasVault, unlockVault } from './unlock.ts';

localStoreContract('memory', async () => new MemoryLocalStore());

describe('vault', () => {
  it('creates, reads back after unlock, and keeps only ciphertext in storage', async () => {
    const deps = testDeps();
    const vault = await createVault(deps, testDeviceWrapper());
    const rec = await vault.create('checkin', checkin({ note: 'marker-7f3a' }));
    expect(await hasVault(deps.local)).toBe(true);

    const again = await unlockVault(deps, testDeviceWrapper());
    if (!again.ok) throw new Error(again.error.type);
    expect(again.value.get('checkin', rec.id)?.body.note).toBe('marker-7f3a');

    for (const env of await deps.local.loadEnvelopes()) {
      expect(fromUtf8(env.ciphertext.map((b) => (b >= 32 && b < 127 ? b : 32)))).not.toContain(
        'marker',
      );
    }
    for (const o of await deps.local.listOutbox()) expect(o.recordId).toBe(rec.id);
  });

  it('makes a keyring with a new private space and its own key, keeping the node id', async () => {
    const deps = testDeps();
    const vault = await createVault(deps, testDeviceWrapper());
    const ring = withNewPrivateSpace(deps, vault.keys.node);
    expect(ring.node).toBe(vault.keys.node);
    expect(ring.privateSpaceId).not.toBe(vault.privateSpaceId);
    expect(ring.spaceKeys.map((k) => k.spaceId)).toEqual([ring.privateSpaceId]);
    const mine = vault.keys.currentKey(vault.privateSpaceId);
    expect(mine?.key).toHaveLength(32);
    expect(ring.spaceKeys[0]?.key).not.toEqual(mine?.key);
  });

  it('says WrongKey for another device key and NoVault on an empty store', async () => {
    const deps = testDeps();
    expect(await unlockVault(deps, testDeviceWrapper())).toEqual({
      ok: false,
      error: { type: 'NoVault' },
    });
    await createVault(deps, testDeviceWrapper());
    expect(await unlockVault(deps, testDeviceWrapper(new Uint8Array(32).fill(8)))).toEqual({
      ok: false,
      error: { type: 'WrongKey' },
    });
    expect(await unlockVault(deps, secretKeyWrapper('passphrase', new Uint8Array(32)))).toEqual({
      ok: false,
      error: { type: 'KeyUnavailable' },
    });
  });

  it('updates, deletes as a tombstone without content, and lists newest first', async () => {
    const deps = testDeps();
    const vault = await createVault(deps, testDeviceWrapper());
    const a = await vault.create('checkin', checkin({ security: 3 }));
    deps.clock.advance(1000);
    const b = await vault.create('checkin', checkin({ security: 4 }));
    await vault.update('checkin', a.id, checkin({ security: 9 }));
    expect(vault.list('checkin').map((r) => r.body.security)).toEqual([4, 9]);
    await vault.remove(b.id);
    expect(vault.list('checkin').map((r) => r.id)).toEqual([a.id]);
    const tomb = vault.all().find((r) => r.id === b.id);
    expect(tomb).toMatchObject({ deleted: true, body: null });
  });

  it('rejects an invalid body before anything is written', async () => {
    const deps = testDeps();
    const vault = await createVault(deps, testDeviceWrapper());
    await expect(vault.create('checkin', checkin({ security: 42 }))).rejects.toThrow(
      /invalid checkin body/,
    );
    expect(await deps.local.loadEnvelopes()).toEqual([]);
  });

  it('keeps a concurrent losing version as a revision that can be restored', async () => {
    const deps = testDeps();
    const vault = await createVault(deps, testDeviceWrapper());
    const rec = await vault.create('checkin', checkin({ note: 'mine' }));
    const theirs = {
      ...rec,
      updatedAt: `${'z'.repeat(11)}:0000:other`,
      body: checkin({ note: 'theirs' }),
    };
    await vault.merge([theirs]);
    const merged = vault.get('checkin', rec.id);
    expect(merged?.body.note).toBe('theirs');
    expect(merged?.revisions.map((r) => (r.body as { note: string }).note)).toEqual(['mine']);
    await vault.restoreRevision(rec.id, rec.updatedAt);
    expect(vault.get('checkin', rec.id)?.body.note).toBe('mine');
    expect(vault.get('checkin', rec.id)?.revisions).toHaveLength(1);
  });

  it('keeps the newest revisions of a record brought in with more than it keeps', async () => {
    const vault = await createVault(testDeps(), testDeviceWrapper());
    const at = (i: number) => encodeHlc({ wall: 100 + i, counter: 0 }, 'imp');
    const old = (i: number) => ({
      updatedAt: at(i),
      schemaVersion: 1,
      deleted: false,
      body: checkin({ note: `v${i}` }),
    });
    const id = '01900000-0000-7000-8000-0000000000aa';
    const revisions = Array.from({ length: 25 }, (_, i) => old(i)).reverse();
    const rec = { ...old(25), id, type: 'checkin', createdAt: 1, revisions };
    await vault.merge([rec]);
    const notes = vault.get('checkin', id)?.revisions.map((r) => (r.body as { note: string }).note);
    expect(notes).toHaveLength(MAX_REVISIONS);
    expect(notes).toEqual(Array.from({ length: 10 }, (_, i) => `v${15 + i}`));
  });

  it('leaves an envelope it cannot read untouched and reports it', async () => {
    const deps = testDeps();
    const vault = await createVault(deps, testDeviceWrapper());
    await vault.create('checkin', checkin());
    const [env] = await deps.local.loadEnvelopes();
    if (!env) throw new Error('no envelope');
    env.ciphertext[0] = (env.ciphertext[0] ?? 0) ^ 1;
    await deps.local.commit([env], []);
    const again = await unlockVault(deps, testDeviceWrapper());
    if (!again.ok) throw new Error(again.error.type);
    expect(again.value.list('checkin')).toEqual([]);
    expect(again.value.problems).toEqual([{ envelopeId: env.id, reason: 'Corrupt' }]);
    expect(await deps.local.loadEnvelopes()).toHaveLength(1);
  });

  it('reads a record another vault on the same store wrote, when asked for it', async () => {
    const deps = testDeps();
    const first = await createVault(deps, testDeviceWrapper());
    const again = await unlockVault(deps, testDeviceWrapper());
    if (!again.ok) throw new Error(again.error.type);
    const rec = await again.value.create('checkin', checkin({ note: 'from the other tab' }));
    expect(first.has(rec.id)).toBe(false);
    let seen = 0;
    first.subscribe(() => seen++);
    const absent = '01890000-0000-7000-8000-000000000001';
    expect(await first.loadMissing([rec.id, absent])).toEqual([rec.id]);
    expect(first.get('checkin', rec.id)?.body.note).toBe('from the other tab');
    expect(seen).toBe(1);
    expect(first.problems).toEqual([]);
  });

  it('settles after every queued write is committed, so closing then loses nothing', async () => {
    const deps = testDeps();
    const vault = await createVault(deps, testDeviceWrapper());
    const writes = [1, 2, 3].map((n) => vault.create('checkin', checkin({ note: `n${n}` })));
    await vault.settled();
    expect(vault.closed).toBe(false);
    vault.close();
    expect(vault.closed).toBe(true);
    await Promise.all(writes);
    const again = await unlockVault(deps, testDeviceWrapper());
    if (!again.ok) throw new Error(again.error.type);
    expect(
      again.value
        .list('checkin')
        .map((r) => r.body.note)
        .sort(),
    ).toEqual(['n1', 'n2', 'n3']);
  });
});
