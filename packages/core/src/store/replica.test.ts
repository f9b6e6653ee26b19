/** The vault's sync-facing side (the Replica) and the outbox: what the sync engine relies on, without a server. */
import { describe, expect, it } from 'vitest';
import { checkin } from '../../testing/builders.ts';
import { testDeps, testDeviceWrapper } from '../../testing/deps.ts';
import { utf8 } from '../bytes.ts';
import { seal } from '../crypto/envelope.ts';
import type { StoredRecord } from '../records/record.ts';
import { syncMetaKeys } from './ports.ts';
import { Sealer } from './sealer.ts';
import { createVault, unlockVault } from './unlock.ts';
import type { Vault } from './vault.ts';

/** A record as another device would send it: sealed with this account's keys, at `version`. */
const remoteEnvelope = (vault: Vault, record: StoredRecord, version: number) =>
  new Sealer(vault.keys).seal(record, vault.privateSpaceId, version);

async function synced(deps = testDeps()) {
  const vault = await createVault(deps, testDeviceWrapper());
  const a = await vault.create('checkin', checkin({ note: 'local' }));
  const entries = await deps.local.listOutbox();
  await vault.outbox.acknowledge(
    [{ recordId: a.id, version: 1 }],
    entries.map((o) => o.mutationId),
  );
  return { deps, vault, a };
}

describe('outbox', () => {
  it('acknowledges by storing the version beside the envelope, without sealing again', async () => {
    const { deps, vault, a } = await synced();
    expect(vault.outbox.knownVersion(a.id)).toBe(1);
    expect(await deps.local.listOutbox()).toEqual([]);
    const [stored] = await deps.local.loadEnvelopes();
    expect(stored?.version).toBe(1);
    // An older acknowledgement (a replay) never moves the version back.
    await vault.outbox.acknowledge([{ recordId: a.id, version: 0 }], []);
    const [after] = await deps.local.loadEnvelopes();
    expect(after).toEqual(stored);
    const again = await unlockVault(deps, testDeviceWrapper());
    expect(again.ok && again.value.outbox.knownVersion(a.id)).toBe(1);
  });

  it('forgets a server copy that went back: every record queued as new, versions and cursor gone', async () => {
    const { deps, vault, a } = await synced();
    const b = await vault.create('checkin', checkin());
    const cursorKey = syncMetaKeys.cursor(vault.privateSpaceId);
    await deps.local.putMeta(cursorKey, { cursor: 5 });
    await vault.outbox.forgetServer(vault.privateSpaceId, () => vault.ids());
    expect(vault.outbox.knownVersion(a.id)).toBe(0);
    expect(await vault.outbox.cursor(vault.privateSpaceId)).toBe(0);
    expect(await deps.local.getMeta(cursorKey)).toBeUndefined();
    const queued = await vault.outbox.entries();
    expect(new Set(queued.map((o) => o.recordId))).toEqual(new Set([a.id, b.id]));
    expect(queued.filter((o) => o.recordId === a.id).map((o) => o.baseVersion)).toEqual([0]);
    expect(await vault.outbox.pending()).toBe(2);
    const again = await unlockVault(deps, testDeviceWrapper());
    expect(again.ok && again.value.outbox.knownVersion(a.id)).toBe(0);
  });
});

describe('replica', () => {
  it('applies a remote version without queueing it, and merges one with a local change waiting', async () => {
    const { deps, vault, a } = await synced();
    const remote = {
      ...a,
      updatedAt: `${a.updatedAt.slice(0, 11)}:0009:zz`,
      body: checkin({ note: 'remote' }),
    };
    const r1 = await vault.applyRemote([remoteEnvelope(vault, remote, 2)]);
    expect(r1).toEqual({ changed: 1, invalid: [] });
    expect(vault.get('checkin', a.id)?.body.note).toBe('remote');
    expect(await deps.local.listOutbox()).toEqual([]);
    // An older or equal version is ignored.
    expect((await vault.applyRemote([remoteEnvelope(vault, a, 2)])).changed).toBe(0);

    deps.clock.advance(1000);
    await vault.update('checkin', a.id, checkin({ note: 'edited here' }));
    const other = {
      ...remote,
      body: checkin({ note: 'edited there' }),
      updatedAt: '00000000001:0000:aa',
    };
    await vault.applyRemote([remoteEnvelope(vault, other, 3)]);
    const merged = vault.all().find((r) => r.id === a.id);
    expect(merged?.body).toMatchObject({ note: 'edited here' });
    expect(merged?.revisions.map((r) => r.body)).toContainEqual(
      expect.objectContaining({ note: 'edited there' }),
    );
    expect(vault.outbox.knownVersion(a.id)).toBe(3);
    expect((await deps.local.listOutbox()).length).toBeGreaterThan(0);
  });

  it('reports an invalid, mislabelled or misplaced remote envelope instead of applying it', async () => {
    const vault = await createVault(testDeps(), testDeviceWrapper());
    const a = await vault.create('checkin', checkin());
    const key = vault.keys.currentKey(vault.privateSpaceId);
    if (!key) throw new Error('no key');
    const otherId = '01890000-0000-7000-8000-000000000000';
    const nonsense = seal(key, a.id, utf8(JSON.stringify({ nonsense: true })), 4);
    const moved = seal(key, otherId, utf8(JSON.stringify(a)), 5);
    const elsewhere = { ...remoteEnvelope(vault, a, 6), spaceId: otherId };
    const notJson = seal(key, a.id, utf8('{oops'), 7);
    const r = await vault.applyRemote([nonsense, moved, elsewhere, notJson]);
    expect(r.changed).toBe(0);
    expect(r.invalid.map((p) => p.envelopeId)).toEqual([a.id, otherId, a.id, a.id]);
    expect(r.invalid.slice(1).map((p) => p.reason)).toEqual([
      'record id differs from envelope id',
      'WrongSpace',
      'NotJson',
    ]);
  });

  it('forgets the server state of another account and queues every record; the same account keeps it', async () => {
    const deps = testDeps();
    const { local } = deps;
    const vault = await createVault(deps, testDeviceWrapper());
    const a = await vault.create('checkin', checkin());
    const b = await vault.create('checkin', checkin());
    await vault.remove(b.id);
    expect(await vault.bindAccount('account-1')).toBe(true);
    // Synced with account 1: nothing waiting, versions, cursor and time known.
    await vault.outbox.acknowledge(
      [
        { recordId: a.id, version: 3 },
        { recordId: b.id, version: 4 },
      ],
      (await local.listOutbox()).map((o) => o.mutationId),
    );
    const cursorKey = syncMetaKeys.cursor(vault.privateSpaceId);
    await local.putMeta(cursorKey, { cursor: 4 });
    await local.putMeta(syncMetaKeys.lastSynced, { at: 1 });

    expect(await vault.bindAccount('account-1')).toBe(false);
    expect(await local.listOutbox()).toEqual([]);
    expect(vault.outbox.knownVersion(a.id)).toBe(3);
    expect(await local.getMeta(cursorKey)).toEqual({ cursor: 4 });

    expect(await vault.bindAccount('account-2')).toBe(true);
    const outbox = await local.listOutbox();
    expect(outbox.map((o) => o.recordId).sort()).toEqual([a.id, b.id].sort());
    expect(outbox.every((o) => o.baseVersion === 0)).toBe(true);
    expect(vault.outbox.knownVersion(a.id)).toBe(0);
    expect(await local.getMeta(cursorKey)).toBeUndefined();
    expect(await local.getMeta(syncMetaKeys.lastSynced)).toBeUndefined();
    expect(await local.getMeta(syncMetaKeys.account)).toEqual({ accountId: 'account-2' });
    // The stored envelopes say so too: a reload knows no server version either.
    const again = await unlockVault(deps, testDeviceWrapper());
    if (!again.ok) throw new Error(again.error.type);
    expect(again.value.outbox.knownVersion(a.id)).toBe(0);
    expect(again.value.outbox.knownVersion(b.id)).toBe(0);
  });

  it('refuses to seal anything once closed (the keys are zeroed)', async () => {
    const vault = await createVault(testDeps(), testDeviceWrapper());
    const a = await vault.create('checkin', checkin());
    const env = remoteEnvelope(vault, a, 9);
    vault.close();
    expect(vault.keys.currentKey(vault.privateSpaceId)).toBeUndefined();
    expect(vault.sealForPush([a.id])).toEqual([]);
    await expect(vault.applyRemote([env])).rejects.toThrow('vault is closed');
    await expect(vault.create('checkin', checkin())).rejects.toThrow('vault is closed');
  });
});
