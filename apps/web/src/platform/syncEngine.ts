/**
 * The browser side of accounts and sync: `fetch` to the same origin (the session cookie is
 * HttpOnly and scoped to /api, so script never sees it), the OPAQUE client loaded only
 * when an account form asks for it, and moving this device's journal into an account.
 * This module is itself loaded lazily (platform/account.ts), so a person without an
 * account downloads none of it.
 *
 * Invariant: `accountDeps` is the only way to `@serenity-kit/opaque`, through a dynamic
 * import that becomes its own chunk.
 */

import { systemClock, systemRandom } from '@securebase/core';
import {
  type AccountDeps,
  type AccountKeys,
  changePassword,
  replaceRecoveryKey,
} from '@securebase/core/account';
import { type Http, httpSyncTransport, SyncClient } from '@securebase/core/sync-client';
import { type KeyCustody, rewrap, storeKeyring, Vault } from '@securebase/core/vault';
import { deviceKeyWrapper } from './deviceKey.ts';
import { type DeviceVault, setPassphrase } from './vault.ts';

export const fetchHttp: Http = async (req) => {
  const res = await fetch(req.path, {
    method: req.method,
    credentials: 'same-origin',
    headers: req.body === undefined ? {} : { 'content-type': 'application/json' },
    ...(req.body === undefined ? {} : { body: req.body }),
  });
  return { status: res.status, text: await res.text() };
};

/** Everything account flows need; the first call downloads the OPAQUE module (~150 kB). */
export async function accountDeps(): Promise<AccountDeps> {
  const opaque = await import('@serenity-kit/opaque');
  await opaque.ready;
  return { http: fetchHttp, opaque: opaque.client, random: systemRandom };
}

export function newSyncClient(device: DeviceVault): SyncClient {
  return new SyncClient({
    replica: device.vault,
    outbox: device.vault.outbox,
    transport: httpSyncTransport(fetchHttp),
    clock: systemClock,
    random: systemRandom,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
}

/**
 * A new password for the signed-in account: the account key is re-wrapped here, from this
 * device's key custody, so the screen asking for the password never holds the key.
 */
export async function changeAccountPassword(
  device: DeviceVault,
  userIdentifier: string,
  newPassword: string,
) {
  return changePassword(await accountDeps(), userIdentifier, newPassword, device.vault.keys);
}

/** A new recovery key (the old one stops working), wrapped from this device's key custody. */
export function makeRecoveryKey(device: DeviceVault) {
  return replaceRecoveryKey({ http: fetchHttp, random: systemRandom }, device.vault.keys);
}

/**
 * Re-seals every record of this device into `keys`' keyring and queues it; the old
 * space's queued changes are dropped, since the records now live (and are queued) in the
 * new one. With an account id, the sync state is bound to that account first
 * (Outbox.bindAccount). The old vault is closed afterwards: its keys are zeroed.
 */
async function resealInto(
  device: DeviceVault,
  keys: KeyCustody,
  accountId?: string,
): Promise<Vault> {
  const { local, vault: old } = device;
  await old.settled();
  const records = old.all();
  const next = await Vault.load({ local, clock: systemClock, random: systemRandom }, keys);
  if (accountId) await next.bindAccount(accountId);
  await next.merge(records);
  await storeKeyring(local, next.keys);
  // Signing in again to the account whose space this already is moves nothing.
  if (old.privateSpaceId !== next.privateSpaceId) await next.outbox.leaveSpace(old.privateSpaceId);
  old.close();
  return next;
}

/**
 * Before a sign-up: a device that was in an account keeps that account's private space id,
 * and the old account still owns it on the server (signing out leaves it there), so the new
 * account could never create it. The journal then moves to a private space of its own: a
 * new space id and key, every record re-sealed into it. The account key stays, so the lock
 * and the key's wrapping are untouched.
 */
export async function newSpaceIfUsed(device: DeviceVault): Promise<DeviceVault> {
  const { vault } = device;
  if (!(await vault.outbox.usedOnServer(vault.privateSpaceId))) return device;
  const keys = vault.keys.withNewPrivateSpace({ clock: systemClock, random: systemRandom });
  return { ...device, vault: await resealInto(device, keys) };
}

/**
 * Makes this device's vault the account's: the account key and keyring from the server
 * replace the local ones, and every record written here before (solo use) is re-sealed
 * under the account's space and queued to sync, so nothing is dropped. If this device last
 * synced with another account, even one on the same space id, what it knew of that server
 * copy is forgotten and everything is queued again (`bindAccount`). The account key is
 * then wrapped the way this device's was: by the passphrase when a lock is set (the caller
 * checked it first), else by the device key.
 *
 * Order: records are re-sealed first, then the keyring and wrapping are switched. An
 * interruption between the two leaves envelopes the old keyring cannot open; the records
 * are still safe in the account's key, which signing in again restores.
 */
export async function adoptAccount(
  device: DeviceVault,
  account: AccountKeys,
  passphrase?: string,
): Promise<DeviceVault> {
  const { local, db } = device;
  const next = await resealInto(device, account.keys, account.accountId);
  const adopted: DeviceVault = { vault: next, db, local, lock: null };
  if (device.lock && passphrase) return await setPassphrase(adopted, passphrase, device.lock);
  await rewrap(local, next.keys, deviceKeyWrapper(db), ['passphrase']);
  await local.deleteMeta('settings:lock');
  return adopted;
}
