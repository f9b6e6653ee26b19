/** The vault's sync-facing methods: what the sync engine relies on, without a server. */
import { describe, expect, it } from 'vitest';
import { syncMetaKeys } from '../store/ports.ts';
import { createVault } from '../store/unlock.ts';
import { Vault } from '../store/vault.ts';
import { checkin } from '../testing/builders.ts';
import { testDeps, testDeviceWrapper } from '../testing/deps.ts';

describe('vault for sync', () => {
  it('applies a remote version without queueing it, and merges one with a local change waiting', async () => {
    const deps = testDeps();
    const vault = await createVault(deps, testDeviceWrapper());
    const a = await vault.create('checkin', checkin({ note: 'local' }));
    await deps.local.removeOutbox((await deps.local.listOutbox()).map((o) => o.mutationId));
    await vault.acknowledge([{ recordId: a.id, version: 1 }]);
    expect(vault.knownVersion(a.id)).toBe(1);

    const remote = {
      ...a,
      updatedAt: `${a.updatedAt.slice(0, 11)}:0009:zz`,
      body: checkin({ note: 'remote' }),
    };
    const r1 = await vault.applyRemote([{ id: a.id, record: remote, version: 2 }]);
    expect(r1).toEqual({ changed: 1, invalid: [] });
    expect(vault.get('checkin', a.id)?.body.note).toBe('remote');
    expect(await deps.local.listOutbox()).toEqual([]);
    // An older or equal version is ignored.
    expect((await vault.applyRemote([{ id: a.id, record: a, version: 2 }])).changed).toBe(0);

    deps.clock.advance(1000);
    await vault.update('checkin', a.id, checkin({ note: 'edited here' }));
    const other = {
      ...remote,
      body: checkin({ note: 'edited there' }),
      updatedAt: '00000000001:0000:aa',
    };
    await vault.applyRemote([{ id: a.id, record: other, version: 3 }]);
    const merged = vault.all().find((r) => r.id === a.id);
    expect(merged?.body).toMatchObject({ note: 'edited here' });
    expect(merged?.revisions.map((r) => r.body)).toContainEqual(
      expect.objectContaining({ note: 'edited there' }),
    );
    expect(vault.knownVersion(a.id)).toBe(3);
    expect((await deps.local.listOutbox()).length).toBeGreaterThan(0);
  });

  it('reports an invalid or mislabelled remote record instead of applying it', async () => {
    const vault = await createVault(testDeps(), testDeviceWrapper());
    const a = await vault.create('checkin', checkin());
    const r = await vault.applyRemote([
      { id: a.id, record: { nonsense: true }, version: 4 },
      { id: '01890000-0000-7000-8000-000000000000', record: a, version: 5 },
    ]);
    expect(r.changed).toBe(0);
    expect(r.invalid.map((p) => p.envelopeId)).toEqual([
      a.id,
      '01890000-0000-7000-8000-000000000000',
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
    await local.removeOutbox((await local.listOutbox()).map((o) => o.mutationId));
    await vault.acknowledge([
      { recordId: a.id, version: 3 },
      { recordId: b.id, version: 4 },
    ]);
    const cursorKey = syncMetaKeys.cursor(vault.privateSpaceId);
    await local.putMeta(cursorKey, { cursor: 4 });
    await local.putMeta(syncMetaKeys.lastSynced, { at: 1 });

    expect(await vault.bindAccount('account-1')).toBe(false);
    expect(await local.listOutbox()).toEqual([]);
    expect(vault.knownVersion(a.id)).toBe(3);
    expect(await local.getMeta(cursorKey)).toEqual({ cursor: 4 });

    expect(await vault.bindAccount('account-2')).toBe(true);
    const outbox = await local.listOutbox();
    expect(outbox.map((o) => o.recordId).sort()).toEqual([a.id, b.id].sort());
    expect(outbox.every((o) => o.baseVersion === 0)).toBe(true);
    expect(vault.knownVersion(a.id)).toBe(0);
    expect(await local.getMeta(cursorKey)).toBeUndefined();
    expect(await local.getMeta(syncMetaKeys.lastSynced)).toBeUndefined();
    expect(await local.getMeta(syncMetaKeys.account)).toEqual({ accountId: 'account-2' });
    // The stored envelopes say so too: a reload knows no server version either.
    const again = await Vault.load(deps, vault.accountKey, vault.keyring);
    expect(again.knownVersion(a.id)).toBe(0);
    expect(again.knownVersion(b.id)).toBe(0);
  });

  it('refuses to seal anything once closed (the keys are zeroed)', async () => {
    const vault = await createVault(testDeps(), testDeviceWrapper());
    const a = await vault.create('checkin', checkin());
    vault.close();
    await expect(vault.applyRemote([{ id: a.id, record: a, version: 9 }])).rejects.toThrow(
      'vault is closed',
    );
  });
});
