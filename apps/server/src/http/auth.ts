/**
 * Sign-up, sign-in, sign-out and recovery (OPAQUE: the password never reaches the server).
 *
 * No user enumeration at sign-in: an unknown identifier gets a fake but well-formed login
 * response from the OPAQUE library and fails only at the end with the same
 * `invalid_credentials` as a wrong password; back-off counts failures per identifier
 * whether or not it exists. Sign-up necessarily says `identifier_taken` at its finish; it
 * is limited per IP.
 *
 * Every sign-in START counts as a failed guess until its finish proves the password: with
 * OPAQUE a client can test a guess against the start's answer on its own and never call
 * finish, so counting at finish alone would let guessing escape the back-off. A successful
 * finish clears the identifier's count and takes the attempt back off the IP's.
 *
 * Registration START is a guess oracle too: the OPRF key of a name is derived from the
 * server setup and the name alone, the same for registration and sign-in, so an answer for
 * an existing name under that key lets a client test a password guess against one sign-in
 * answer offline (issue 11). So `registrationKey` below: for an existing name, only a
 * caller who proves the account (its fresh session, or its recovery token) is answered under
 * the name's own key; anyone else under a decoy key that tests nothing. Every unproven
 * start counts on the name's back-off, existing or not, which also bounds guesses made
 * against a name before it is registered. The recovery token is compared by hash in
 * constant time, and recovery has a budget of its own, per address only (backoff.ts).
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  LIMITS,
  loginFinishSchema,
  loginStartSchema,
  recoverFinishSchema,
  recoverKeysSchema,
  registerFinishSchema,
  registerStartSchema,
} from '@securebase/core/protocol';
import * as opaque from '@serenity-kit/opaque';
import { type Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import type { Account, AccountStore, SessionStore } from '../store/port.ts';
import { base64Of, bytesOf, readJson } from './body.ts';
import type { AppEnv, DepsWith } from './context.ts';
import { fail, HttpError } from './errors.ts';
import { clearSessionCookie, currentSession, startSession } from './session.ts';

const LOGIN_TTL_MS = 60_000;

type AuthDeps = DepsWith<AccountStore & SessionStore>;

export const recoveryTokenHash = (token: string) =>
  createHash('sha256').update(bytesOf(token)).digest('hex');

/** OPAQUE throws on malformed messages: that is bad input, not a server fault. */
function opaqueCall<T>(f: () => T): T {
  try {
    return f();
  } catch {
    throw new HttpError(400, 'bad_request');
  }
}

function checkAuthVolume(c: Context<AppEnv>, deps: AuthDeps) {
  const wait = deps.limiter.take(`auth:${c.get('ip')}`, deps.limiter.config.authPerIp);
  if (wait) throw new HttpError(429, 'rate_limited', wait);
}

const identKey = (name: string) => `ident:${name}`;
const ipKey = (c: Context<AppEnv>) => `ip:${c.get('ip')}`;
const recoveryKey = (c: Context<AppEnv>) => `recovery-ip:${c.get('ip')}`;

/**
 * The account if `token` is its recovery token. Counted on the recovery budget of the
 * address only: a 256-bit token cannot be guessed, and a per-name count would let anyone
 * lock a person out of recovery. A match takes the attempt back.
 */
async function checkRecovery(
  c: Context<AppEnv>,
  deps: AuthDeps,
  identifier: string,
  token: string,
) {
  await deps.backoff.attempt([recoveryKey(c)]);
  const account = await deps.store.accountByIdentifier(identifier);
  const given = Buffer.from(recoveryTokenHash(token), 'hex');
  const stored = Buffer.from(account?.recoveryTokenHash ?? '00'.repeat(32), 'hex');
  const match = stored.length === given.length && timingSafeEqual(stored, given);
  if (!account || !match) throw new HttpError(401, 'invalid_credentials');
  await deps.backoff.forgive(recoveryKey(c));
  return account;
}

/**
 * The credential identifier whose OPRF key answers an existing name's registration start
 * for a caller who has not proved the account: fixed per name (a repeated request gets
 * the same answer, as a new name's does), unknown without the setup secret, and never
 * the one sign-in uses, so its answers unmask nothing.
 */
const decoyIdentifier = (setup: string, name: string) =>
  `decoy:${createHmac('sha256', setup).update(`registration decoy\0${name}`).digest('hex')}`;

/** See the top of this file: whose OPRF key answers this registration start. */
async function registrationKey(
  c: Context<AppEnv>,
  deps: AuthDeps,
  b: z.infer<typeof registerStartSchema>,
): Promise<string> {
  const name = b.userIdentifier;
  if (b.recoveryToken !== undefined) {
    checkAuthVolume(c, deps);
    await checkRecovery(c, deps, name, b.recoveryToken);
    return name;
  }
  await deps.backoff.attempt([identKey(name)]);
  const s = await currentSession(c, deps);
  const own = s ? await deps.store.account(s.accountId) : undefined;
  if (s && own?.identifier === name) {
    // A password change: the same fresh sign-in that POST /account/password will ask for.
    if (deps.now() - s.createdAt > deps.sessions.freshMs)
      throw new HttpError(403, 'reauth_required');
    return name;
  }
  const existing = await deps.store.accountByIdentifier(name);
  return existing ? decoyIdentifier(deps.opaqueSetup, name) : name;
}

/** Sign-up, sign-in, sign-out and recovery, mounted under /api/v1 without a session check. */
export function authRoutes(deps: AuthDeps): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const { store, opaqueSetup: serverSetup } = deps;

  // Registration start is stateless and tells nothing about whether the name exists (also
  // used by password change and recovery); see `registrationKey`. Finish is what can say
  // `identifier_taken`, so it spends the sign-up budget.
  api.post('/auth/register/start', async (c) => {
    const b = await readJson(c, registerStartSchema, LIMITS.bodyBytes);
    const credentialIdentifier = await registrationKey(c, deps, b);
    const { registrationResponse } = opaqueCall(() =>
      opaque.server.createRegistrationResponse({
        serverSetup,
        userIdentifier: credentialIdentifier,
        registrationRequest: b.registrationRequest,
      }),
    );
    return c.json({ registrationResponse });
  });

  api.post('/auth/register/finish', async (c) => {
    checkAuthVolume(c, deps);
    const b = await readJson(c, registerFinishSchema, LIMITS.bodyBytes);
    const id = randomUUID();
    const keys = {
      opaque: bytesOf(b.keys.opaque),
      recovery: bytesOf(b.keys.recovery),
      ...(b.keys.keyring ? { keyring: bytesOf(b.keys.keyring) } : {}),
    };
    const created = await store.createAccount({
      id,
      identifier: b.userIdentifier,
      registrationRecord: b.registrationRecord,
      recoveryTokenHash: recoveryTokenHash(b.recoveryToken),
      createdAt: deps.now(),
      keys,
    });
    if (!created.ok) return fail(c, 409, 'identifier_taken');
    // Its own registration start counted on the name; a start made by anyone else before
    // the name existed stays counted.
    await deps.backoff.forgive(identKey(b.userIdentifier));
    return c.json(await startSession(c, deps, id), 201);
  });

  api.post('/auth/login/start', async (c) => {
    checkAuthVolume(c, deps);
    const b = await readJson(c, loginStartSchema, LIMITS.bodyBytes);
    const account: Account | undefined = await store.accountByIdentifier(b.userIdentifier);
    const { serverLoginState, loginResponse } = opaqueCall(() =>
      opaque.server.startLogin({
        serverSetup,
        userIdentifier: b.userIdentifier,
        registrationRecord: account?.registrationRecord ?? null,
        startLoginRequest: b.startLoginRequest,
      }),
    );
    // A guess until its finish proves it (see the top of this file). Checked and counted in
    // one step in the database, after the answer is made (a malformed request is a 400, not
    // an attempt) and before it is sent.
    await deps.backoff.attempt([identKey(b.userIdentifier), ipKey(c)]);
    const loginId = randomUUID();
    await store.putPendingLogin({
      id: loginId,
      accountId: account?.id ?? null,
      identifier: b.userIdentifier,
      state: serverLoginState,
      expiresAt: deps.now() + LOGIN_TTL_MS,
    });
    return c.json({ loginId, loginResponse });
  });

  api.post('/auth/login/finish', async (c) => {
    const b = await readJson(c, loginFinishSchema, LIMITS.bodyBytes);
    const pending = await store.takePendingLogin(b.loginId);
    if (!pending || pending.expiresAt <= deps.now()) return fail(c, 401, 'login_expired');
    let ok = false;
    try {
      opaque.server.finishLogin({
        serverLoginState: pending.state,
        finishLoginRequest: b.finishLoginRequest,
      });
      ok = pending.accountId !== null;
    } catch {
      ok = false;
    }
    // The attempt was counted as a failure at start; only a success changes the counts.
    if (!ok || pending.accountId === null) return fail(c, 401, 'invalid_credentials');
    await deps.backoff.succeed(identKey(pending.identifier));
    await deps.backoff.forgive(ipKey(c));
    return c.json(await startSession(c, deps, pending.accountId));
  });

  api.post('/auth/logout', async (c) => {
    const s = await currentSession(c, deps);
    if (s) await store.deleteSession(s.accountId, s.id);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  api.post('/auth/recover/keys', async (c) => {
    checkAuthVolume(c, deps);
    const b = await readJson(c, recoverKeysSchema, LIMITS.bodyBytes);
    const account = await checkRecovery(c, deps, b.userIdentifier, b.recoveryToken);
    const blob = (await store.keyBlobs(account.id)).recovery;
    if (!blob) return fail(c, 404, 'not_found');
    return c.json({ recovery: base64Of(blob) });
  });

  api.post('/auth/recover/finish', async (c) => {
    checkAuthVolume(c, deps);
    const b = await readJson(c, recoverFinishSchema, LIMITS.bodyBytes);
    const account = await checkRecovery(c, deps, b.userIdentifier, b.recoveryToken);
    // A new password and a new recovery key: every existing session ends, the used token
    // stops working, then this device signs in.
    const done = await store.recover(
      account.id,
      account.recoveryTokenHash,
      { registrationRecord: b.registrationRecord, opaqueKey: bytesOf(b.opaqueKey) },
      { tokenHash: recoveryTokenHash(b.newRecoveryToken), recoveryKey: bytesOf(b.newRecoveryKey) },
      deps.now(),
    );
    if (!done) return fail(c, 401, 'invalid_credentials');
    return c.json(await startSession(c, deps, account.id));
  });
  return api;
}
