/**
 * Account flows on the client: sign-up, sign-in, password change and recovery (sessions
 * and deletion, which need no keys, are in clientSession.ts), over the `/api/v1` routes (docs/protocol.md). The OPAQUE client is a port so
 * the browser can load its WASM only on the account screens.
 *
 * Security notes:
 * - the password and the recovery key never leave this module: the server sees OPAQUE
 *   messages, a hash-compared recovery token, and key blobs it cannot open;
 * - a password change re-wraps AK under the new export key; nothing else is re-encrypted;
 * - a keyring from the server is given a new HLC node id before this device uses it;
 * - deletion, password change and keyring replacement need a fresh sign-in: they say
 *   `ReauthRequired`, and `reauthenticate` (clientReauth.ts) signs in again first.
 */

import {
  keysResponseSchema,
  loginStartResponseSchema,
  recoverKeysResponseSchema,
  registerStartResponseSchema,
  signedInResponseSchema,
} from '../protocol/auth.ts';
import { err, ok, type Result } from '../result.ts';
import { type AccountKeyUse, KeyCustody } from '../store/keyCustody.ts';
import { callApi, type Http } from './clientHttp.ts';
import {
  decodeKeyring,
  encodeSealedKeyring,
  encodeWrappedKey,
  formatRecoveryKey,
  newRecoveryKey,
  opaqueWrapper,
  parseRecoveryKey,
  recoveryMaterial,
  unwrapBlob,
  withNewNode,
} from './clientKeys.ts';
import { type AccountDeps, type AccountError, done, fail, post, STRETCH } from './clientSession.ts';

/** What a device needs to join an account: custody of AK and the keyring (with a new node id). */
export interface AccountKeys {
  accountId: string;
  keys: KeyCustody;
}

/** The device a sign-up makes an account of: its keys, and its sync state to bind. */
export interface SigningUpDevice {
  keys: AccountKeyUse;
  bindAccount(accountId: string): Promise<boolean>;
}

/**
 * A new OPAQUE registration for `password`: the record for the server and the export key.
 * For an existing account the server answers under the account's own key only to its fresh
 * session or, in recovery, to its `recoveryToken` (docs/protocol.md).
 */
async function register(
  d: AccountDeps,
  userIdentifier: string,
  password: string,
  recoveryToken?: string,
) {
  const start = d.opaque.startRegistration({ password });
  const r = await callApi(
    d.http,
    post('/auth/register/start', {
      userIdentifier,
      registrationRequest: start.registrationRequest,
      ...(recoveryToken === undefined ? {} : { recoveryToken }),
    }),
    registerStartResponseSchema,
  );
  if (!r.ok || !r.value) return r.ok ? null : r;
  return ok(
    d.opaque.finishRegistration({
      password,
      registrationResponse: r.value.registrationResponse,
      clientRegistrationState: start.clientRegistrationState,
      keyStretching: STRETCH,
    }),
  );
}

/**
 * Creates the account for this device's vault: uploads AK wrapped by the password's export
 * key and by a new recovery key, and the keyring sealed under AK. Every record here is then
 * queued for the new account's empty server copy (`bindAccount`). Returns the recovery key
 * to show once.
 */
export async function signUp(
  d: AccountDeps,
  userIdentifier: string,
  password: string,
  device: SigningUpDevice,
): Promise<Result<{ accountId: string; recoveryKey: string }, AccountError>> {
  const reg = await register(d, userIdentifier, password);
  if (!reg) return err({ type: 'KeysDamaged' });
  if (!reg.ok) return fail(reg.error);
  const rk = newRecoveryKey(d.random);
  const recovery = recoveryMaterial(rk);
  const own = device.keys;
  const keys = {
    opaque: encodeWrappedKey(await own.wrapAccountKey(opaqueWrapper(reg.value.exportKey))),
    recovery: encodeWrappedKey(await own.wrapAccountKey(recovery.wrapper)),
    keyring: encodeSealedKeyring(own.sealKeyring()),
  };
  const done = await callApi(
    d.http,
    post('/auth/register/finish', {
      userIdentifier,
      registrationRecord: reg.value.registrationRecord,
      recoveryToken: recovery.token,
      keys,
    }),
    signedInResponseSchema,
  );
  if (!done.ok) return fail(done.error);
  if (!done.value) return err({ type: 'KeysDamaged' });
  // The keyring (and so the space id) is this device's own, perhaps already synced with an
  // account since deleted: what this device knew of that server copy must not stand in for
  // the new one, or nothing would be uploaded.
  await device.bindAccount(done.value.accountId);
  // The private space now, so the first push finds it (sync would also create it on demand).
  await callApi(d.http, post('/spaces', { spaceId: own.privateSpaceId }), null);
  return ok({ accountId: done.value.accountId, recoveryKey: formatRecoveryKey(rk) });
}

/** Signs in and unwraps AK and the keyring. A wrong password is `WrongCredentials`. */
export async function signIn(
  d: AccountDeps,
  userIdentifier: string,
  password: string,
): Promise<Result<AccountKeys, AccountError>> {
  const start = d.opaque.startLogin({ password });
  const r1 = await callApi(
    d.http,
    post('/auth/login/start', { userIdentifier, startLoginRequest: start.startLoginRequest }),
    loginStartResponseSchema,
  );
  if (!r1.ok) return fail(r1.error);
  if (!r1.value) return err({ type: 'KeysDamaged' });
  const fin = d.opaque.finishLogin({
    password,
    loginResponse: r1.value.loginResponse,
    clientLoginState: start.clientLoginState,
    keyStretching: STRETCH,
  });
  // The client already knows a wrong password (or unknown name); tell the server it failed
  // so its back-off counts it, with a proof that cannot verify.
  const proof = fin?.finishLoginRequest ?? 'AA';
  const r2 = await callApi(
    d.http,
    post('/auth/login/finish', { loginId: r1.value.loginId, finishLoginRequest: proof }),
    signedInResponseSchema,
  );
  if (!fin) return err({ type: 'WrongCredentials' });
  if (!r2.ok) return fail(r2.error);
  if (!r2.value) return err({ type: 'KeysDamaged' });
  return downloadKeys(d, r2.value.accountId, (blobs) =>
    unwrapBlob(opaqueWrapper(fin.exportKey), blobs.opaque),
  );
}

async function downloadKeys(
  d: AccountDeps,
  accountId: string,
  unwrap: (keys: { opaque?: string | undefined }) => Promise<Result<Uint8Array, { type: string }>>,
): Promise<Result<AccountKeys, AccountError>> {
  const r = await callApi(d.http, { method: 'GET', path: '/account/keys' }, keysResponseSchema);
  if (!r.ok) return fail(r.error);
  const ak = await unwrap(r.value?.keys ?? {});
  if (!ak.ok || !r.value?.keys.keyring) return err({ type: 'KeysDamaged' });
  const ring = decodeKeyring(ak.value, r.value.keys.keyring);
  if (!ring.ok) return err({ type: 'KeysDamaged' });
  const keys = KeyCustody.of(ak.value, withNewNode(ring.value, d.random));
  ak.value.fill(0);
  for (const k of ring.value.spaceKeys) k.key.fill(0);
  return ok({ accountId, keys });
}

/**
 * Recovery with the recovery key: unwraps AK from the server's recovery blob, sets a new
 * password (which ends every other session) and a new recovery key, since the used one
 * stops working, then downloads the keyring. Returns the new key to show once.
 */
export async function recoverAccount(
  d: AccountDeps,
  userIdentifier: string,
  recoveryKeyText: string,
  newPassword: string,
): Promise<Result<AccountKeys & { recoveryKey: string }, AccountError>> {
  const rk = parseRecoveryKey(recoveryKeyText);
  if (!rk) return err({ type: 'BadRecoveryKey' });
  const { wrapper, token } = recoveryMaterial(rk);
  const r1 = await callApi(
    d.http,
    post('/auth/recover/keys', { userIdentifier, recoveryToken: token }),
    recoverKeysResponseSchema,
  );
  if (!r1.ok)
    return r1.error.type === 'Http' && r1.error.code === 'invalid_credentials'
      ? err({ type: 'BadRecoveryKey' })
      : fail(r1.error);
  const ak = await unwrapBlob(wrapper, r1.value?.recovery);
  if (!ak.ok) return err({ type: 'BadRecoveryKey' });
  const reg = await register(d, userIdentifier, newPassword, token);
  if (!reg) return err({ type: 'KeysDamaged' });
  if (!reg.ok) return fail(reg.error);
  const next = newRecoveryKey(d.random);
  const nextMaterial = recoveryMaterial(next);
  const r2 = await callApi(
    d.http,
    post('/auth/recover/finish', {
      userIdentifier,
      recoveryToken: token,
      registrationRecord: reg.value.registrationRecord,
      opaqueKey: encodeWrappedKey(await opaqueWrapper(reg.value.exportKey).wrap(ak.value)),
      newRecoveryToken: nextMaterial.token,
      newRecoveryKey: encodeWrappedKey(await nextMaterial.wrapper.wrap(ak.value)),
    }),
    signedInResponseSchema,
  );
  if (!r2.ok) return fail(r2.error);
  if (!r2.value) return err({ type: 'KeysDamaged' });
  const keys = await downloadKeys(d, r2.value.accountId, async () => ok(ak.value));
  return keys.ok ? ok({ ...keys.value, recoveryKey: formatRecoveryKey(next) }) : keys;
}

/**
 * New password: a new OPAQUE record and AK re-wrapped under its export key; other sessions
 * end. Needs a fresh sign-in (`ReauthRequired`).
 */
export async function changePassword(
  d: AccountDeps,
  userIdentifier: string,
  newPassword: string,
  keys: AccountKeyUse,
): Promise<Result<null, AccountError>> {
  const reg = await register(d, userIdentifier, newPassword);
  if (!reg) return err({ type: 'KeysDamaged' });
  if (!reg.ok) return fail(reg.error);
  const opaqueKey = encodeWrappedKey(await keys.wrapAccountKey(opaqueWrapper(reg.value.exportKey)));
  return done(
    callApi(
      d.http,
      post('/account/password', { registrationRecord: reg.value.registrationRecord, opaqueKey }),
      null,
    ),
  );
}

/**
 * A new recovery key for the signed-in account: AK wrapped by it replaces the server's
 * recovery blob, so the old key stops working. Returns the new key to show once.
 */
export async function replaceRecoveryKey(
  d: Pick<AccountDeps, 'http' | 'random'>,
  keys: AccountKeyUse,
): Promise<Result<{ recoveryKey: string }, AccountError>> {
  const rk = newRecoveryKey(d.random);
  const { wrapper, token } = recoveryMaterial(rk);
  const r = await callApi(
    d.http,
    {
      method: 'PUT',
      path: '/account/recovery',
      body: JSON.stringify({
        recoveryToken: token,
        recoveryKey: encodeWrappedKey(await keys.wrapAccountKey(wrapper)),
      }),
    },
    null,
  );
  return r.ok ? ok({ recoveryKey: formatRecoveryKey(rk) }) : fail(r.error);
}

/**
 * Replaces the server's keyring (e.g. after a new space key is added). Needs a fresh
 * sign-in (`ReauthRequired`): a junk keyring would lock every new device out.
 */
export function putKeyring(http: Http, keys: AccountKeyUse): Promise<Result<null, AccountError>> {
  const body = JSON.stringify({ keyring: encodeSealedKeyring(keys.sealKeyring()) });
  return done(callApi(http, { method: 'PUT', path: '/account/keyring', body }, null));
}
