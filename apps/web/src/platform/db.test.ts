import 'fake-indexeddb/auto';
import { systemClock, systemRandom } from '@securebase/core';
import { checkin, localStoreContract } from '@securebase/core/testing';
import { createVault, unlockVault } from '@securebase/core/vault';
import { describe, expect, it } from 'vitest';
import { DexieLocalStore, SecureBaseDb } from './db.ts';
import { deviceKeyWrapper, forgetDeviceKey } from './deviceKey.ts';

let n = 0;
const freshDb = () => new SecureBaseDb(`test-${++n}-${Date.now()}`);

localStoreContract('IndexedDB (Dexie)', async () => new DexieLocalStore(freshDb()));

describe('device key', () => {
  it('wraps the account key so that the vault reopens, and not without the device key', async () => {
    const db = freshDb();
    const deps = { local: new DexieLocalStore(db), clock: systemClock, random: systemRandom };
    const vault = await createVault(deps, deviceKeyWrapper(db));
    const rec = await vault.create('checkin', checkin({ note: 'kept' }));

    const again = await unlockVault(deps, deviceKeyWrapper(db));
    expect(again.ok && again.value.get('checkin', rec.id)?.body.note).toBe('kept');

    const row = await db.deviceKeys.get('device');
    expect(row?.key.extractable).toBe(false);

    await forgetDeviceKey(db);
    expect(await unlockVault(deps, deviceKeyWrapper(db))).toEqual({
      ok: false,
      error: { type: 'KeyUnavailable' },
    });
  });
});
