/**
 * Opening the vault in the browser: IndexedDB + device key, or the passphrase when the
 * person has set a lock. On the very first visit a new vault is created.
 * `resetDevice` erases everything.
 */
import { type LockSettings, systemClock, systemRandom } from '@securebase/core';
import {
  createVault,
  hasVault,
  readLockSettings,
  rewrap,
  type UnlockError,
  unlockVault,
  type Vault,
  wrapKinds,
  writeLockSettings,
} from '@securebase/core/vault';
import { DexieLocalStore, SecureBaseDb } from './db.ts';
import { deviceKeyWrapper, forgetDeviceKey } from './deviceKey.ts';

export interface DeviceVault {
  vault: Vault;
  db: SecureBaseDb;
  /** The one LocalStore over `db` every platform module of this device uses. */
  local: DexieLocalStore;
  /** Set when the account key is wrapped by a passphrase (and no longer by the device key). */
  lock: LockSettings | null;
}

export type OpenResult =
  | { status: 'open'; device: DeviceVault }
  | { status: 'locked'; db: SecureBaseDb; lock: LockSettings }
  | { status: 'failed'; error: UnlockError };

const depsFor = (db: SecureBaseDb) => ({
  local: new DexieLocalStore(db),
  clock: systemClock,
  random: systemRandom,
});

const passphrase = () => import('@securebase/core/passphrase');

export async function openDeviceVault(name?: string): Promise<OpenResult> {
  const db = new SecureBaseDb(name);
  const deps = depsFor(db);
  const { local } = deps;
  if (!(await hasVault(local)))
    return {
      status: 'open',
      device: { vault: await createVault(deps, deviceKeyWrapper(db)), db, local, lock: null },
    };
  const kinds = await wrapKinds(deps.local);
  if (!kinds.includes('device') && kinds.includes('passphrase'))
    return { status: 'locked', db, lock: await readLockSettings(deps.local) };
  const r = await unlockVault(deps, deviceKeyWrapper(db));
  return r.ok
    ? { status: 'open', device: { vault: r.value, db, local, lock: null } }
    : { status: 'failed', error: r.error };
}

export async function unlockWithPassphrase(
  db: SecureBaseDb,
  phrase: string,
): Promise<{ ok: true; device: DeviceVault } | { ok: false; error: UnlockError }> {
  const deps = depsFor(db);
  const { passphraseWrapper } = await passphrase();
  const r = await unlockVault(deps, passphraseWrapper(phrase));
  if (!r.ok) return r;
  const { local } = deps;
  return { ok: true, device: { vault: r.value, db, local, lock: await readLockSettings(local) } };
}

/** Sets or changes the passphrase: the account key is wrapped by it, and the device key no longer opens it. */
export async function setPassphrase(
  device: DeviceVault,
  phrase: string,
  lock: LockSettings,
): Promise<DeviceVault> {
  const { passphraseWrapper } = await passphrase();
  await rewrap(device.local, device.vault.keys, passphraseWrapper(phrase), ['device']);
  await forgetDeviceKey(device.db);
  await writeLockSettings(device.local, lock);
  return { ...device, lock };
}

/** Removes the lock: the device key wraps the account key again. */
export async function removePassphrase(device: DeviceVault): Promise<DeviceVault> {
  await rewrap(device.local, device.vault.keys, deviceKeyWrapper(device.db), ['passphrase']);
  return { ...device, lock: null };
}

export async function saveLockSettings(
  device: DeviceVault,
  lock: LockSettings,
): Promise<DeviceVault> {
  await writeLockSettings(device.local, lock);
  return { ...device, lock };
}

/** Checks a passphrase against the stored wrapping without changing anything. */
export async function checkPassphrase(device: DeviceVault, phrase: string): Promise<boolean> {
  return (await unlockWithPassphrase(device.db, phrase)).ok;
}

/** Deletes every record, key and setting on this device, then starts a fresh, empty vault. */
export async function resetDevice(db: SecureBaseDb): Promise<DeviceVault> {
  const deps = depsFor(db);
  await deps.local.clear();
  await forgetDeviceKey(db);
  return {
    vault: await createVault(deps, deviceKeyWrapper(db)),
    db,
    local: deps.local,
    lock: null,
  };
}
