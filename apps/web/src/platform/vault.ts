/**
 * Opening the vault in the browser: IndexedDB + device key. On the very first visit a new
 * vault is created; afterwards it is unlocked. `resetDevice` erases everything.
 */
import {
  createVault,
  hasVault,
  systemClock,
  systemRandom,
  type UnlockError,
  unlockVault,
  type Vault,
} from '@securebase/core';
import { DexieLocalStore, SecureBaseDb } from './db.ts';
import { deviceKeyWrapper, forgetDeviceKey } from './deviceKey.ts';

export interface DeviceVault {
  vault: Vault;
  db: SecureBaseDb;
}

export async function openDeviceVault(
  name?: string,
): Promise<{ ok: true; value: DeviceVault } | { ok: false; error: UnlockError }> {
  const db = new SecureBaseDb(name);
  const deps = { local: new DexieLocalStore(db), clock: systemClock, random: systemRandom };
  const wrapper = deviceKeyWrapper(db);
  if (!(await hasVault(deps.local)))
    return { ok: true, value: { vault: await createVault(deps, wrapper), db } };
  const r = await unlockVault(deps, wrapper);
  return r.ok ? { ok: true, value: { vault: r.value, db } } : r;
}

/** Deletes every record, key and setting on this device, then starts a fresh, empty vault. */
export async function resetDevice(current: DeviceVault): Promise<DeviceVault> {
  const local = new DexieLocalStore(current.db);
  await local.clear();
  await forgetDeviceKey(current.db);
  const deps = { local, clock: systemClock, random: systemRandom };
  return { vault: await createVault(deps, deviceKeyWrapper(current.db)), db: current.db };
}
