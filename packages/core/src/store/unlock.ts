/**
 * Creating and unlocking a vault. The LocalStore's meta holds, per way of unlocking,
 * `wrap:<kind>` (the account key wrapped that way) and `keyring` (the keyring sealed under
 * the account key). Nothing in meta is readable without one of the wrapping secrets.
 */
import {
  type KeyWrapper,
  openKeyring,
  WRAP_KINDS,
  type WrapKind,
  type WrappedKey,
} from '../crypto/keys.ts';
import { err, ok, type Result } from '../result.ts';
import { type AccountKeyUse, KeyCustody } from './keyCustody.ts';
import type { LocalStore, MetaValue } from './ports.ts';
import { Vault, type VaultDeps } from './vault.ts';

export type UnlockError =
  | { type: 'NoVault' }
  | { type: 'WrongKey' }
  | { type: 'KeyUnavailable' }
  | { type: 'Corrupt' };

const wrapMetaKey = (kind: WrapKind) => `wrap:${kind}`;
const KEYRING_META = 'keyring';

const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;

function asWrappedKey(v: MetaValue | undefined): WrappedKey | undefined {
  if (!v || !isBytes(v.nonce) || !isBytes(v.ciphertext) || typeof v.format !== 'number')
    return undefined;
  if (typeof v.kind !== 'string' || !(WRAP_KINDS as readonly string[]).includes(v.kind))
    return undefined;
  const w: WrappedKey = {
    kind: v.kind as WrapKind,
    format: v.format,
    nonce: v.nonce,
    ciphertext: v.ciphertext,
  };
  if (v.params && typeof v.params === 'object')
    w.params = v.params as Record<string, string | number>;
  return w;
}

export async function hasVault(local: LocalStore): Promise<boolean> {
  return (await local.getMeta(KEYRING_META)) !== undefined;
}

/** Which ways of unlocking this device's vault has. */
export async function wrapKinds(local: LocalStore): Promise<WrapKind[]> {
  const kinds: WrapKind[] = [];
  for (const k of WRAP_KINDS) if (await local.getMeta(wrapMetaKey(k))) kinds.push(k);
  return kinds;
}

/** A fresh vault: new account key, new private space and key, wrapped by `wrapper`. */
export async function createVault(deps: VaultDeps, wrapper: KeyWrapper): Promise<Vault> {
  const keys = KeyCustody.create(deps);
  await storeKeyring(deps.local, keys);
  await addWrapping(deps.local, keys, wrapper);
  return Vault.load(deps, keys);
}

/** Stores the keyring sealed under the account key (after a new space key or account). */
export async function storeKeyring(local: LocalStore, keys: AccountKeyUse): Promise<void> {
  await local.putMeta(KEYRING_META, { ...keys.sealKeyring() });
}

export async function addWrapping(
  local: LocalStore,
  keys: AccountKeyUse,
  wrapper: KeyWrapper,
): Promise<void> {
  const wrapped = await keys.wrapAccountKey(wrapper);
  await local.putMeta(wrapMetaKey(wrapper.kind), { ...wrapped });
}

export async function unlockVault(
  deps: VaultDeps,
  wrapper: KeyWrapper,
): Promise<Result<Vault, UnlockError>> {
  const sealed = await deps.local.getMeta(KEYRING_META);
  if (!sealed) return err({ type: 'NoVault' });
  const wrapped = asWrappedKey(await deps.local.getMeta(wrapMetaKey(wrapper.kind)));
  if (!wrapped) return err({ type: 'KeyUnavailable' });
  const ak = await wrapper.unwrap(wrapped);
  if (!ak.ok) return err(ak.error);
  if (!isBytes(sealed.nonce) || !isBytes(sealed.ciphertext)) return err({ type: 'Corrupt' });
  const ring = openKeyring(ak.value, { nonce: sealed.nonce, ciphertext: sealed.ciphertext });
  if (!ring.ok) return err(ring.error);
  const keys = KeyCustody.of(ak.value, ring.value);
  // The custody holds its own copies: these are zeroed now rather than left to the GC.
  ak.value.fill(0);
  for (const k of ring.value.spaceKeys) k.key.fill(0);
  return ok(await Vault.load(deps, keys));
}

/**
 * Switches how the account key is stored on this device: wraps it with `add`, then removes
 * the wrappings of `removeKinds`. The new wrapping is written before any old one is
 * removed, so an interruption never leaves the key unopenable.
 */
export async function rewrap(
  local: LocalStore,
  keys: AccountKeyUse,
  add: KeyWrapper,
  removeKinds: WrapKind[],
): Promise<void> {
  await addWrapping(local, keys, add);
  for (const kind of removeKinds) if (kind !== add.kind) await local.deleteMeta(wrapMetaKey(kind));
}

/** Lock preferences are not user content: kept in plain meta so the lock screen can read them before unlock. */
export interface LockSettings {
  idleMinutes: number;
}
const LOCK_META = 'settings:lock';
export const DEFAULT_LOCK: LockSettings = { idleMinutes: 5 };

export async function readLockSettings(local: LocalStore): Promise<LockSettings> {
  const v = await local.getMeta(LOCK_META);
  const idle = v?.idleMinutes;
  return typeof idle === 'number' && idle >= 1 && idle <= 24 * 60
    ? { idleMinutes: idle }
    : DEFAULT_LOCK;
}

export async function writeLockSettings(local: LocalStore, s: LockSettings): Promise<void> {
  await local.putMeta(LOCK_META, { idleMinutes: s.idleMinutes });
}
