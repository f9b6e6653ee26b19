/**
 * Sign-up, sign-in, sign-out and recovery (OPAQUE: the password never reaches the server).
 *
 * No user enumeration at sign-in: an unknown identifier gets a fake but well-formed login
 * response from the OPAQUE library and fails only at the end with the same
 * `invalid_credentials` as a wrong password; back-off counts failures per identifier
 * whether or not it exists. Sign-up necessarily says `identifier_taken`; it is limited per IP.
 *
 * Every sign-in START counts as a failed guess until its finish proves the password: with
 * OPAQUE a client can test a guess against the start's answer on its own and never call
 * finish, so counting at finish alone would let guessing escape the back-off. A successful
 * finish clears the identifier's count and takes the attempt back off the IP's.
 * The recovery token is compared by hash in constant time.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
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

function checkBackoff(deps: AuthDeps, keys: string[]) {
  const wait = deps.limiter.blockedFor(keys);
  if (wait) throw new HttpError(429, 'rate_limited', wait);
}

/** The account if `token` is its recovery token; counts a failure otherwise. */
async function checkRecovery(
  c: Context<AppEnv>,
  deps: AuthDeps,
  identifier: string,
  token: string,
) {
  const keys = [`ident:${identifier}`, `ip:${c.get('ip')}`];
  checkBackoff(deps, keys);
  const account = await deps.store.accountByIdentifier(identifier);
  const given = Buffer.from(recoveryTokenHash(token), 'hex');
  const stored = Buffer.from(account?.recoveryTokenHash ?? '00'.repeat(32), 'hex');
  const match = stored.length === given.length && timingSafeEqual(stored, given);
  if (!account || !match) {
    deps.limiter.fail(keys);
    throw new HttpError(401, 'invalid_credentials');
  }
  deps.limiter.succeed(keys[0] ?? '');
  return account;
}

/** Sign-up, sign-in, sign-out and recovery, mounted under /api/v1 without a session check. */
export function authRoutes(deps: AuthDeps): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const { store, opaqueSetup: serverSetup } = deps;

  // Registration start is stateless and reveals nothing (also used by password change and
  // recovery); the general per-IP budget covers it. Finish is what can say
  // `identifier_taken`, so it spends the sign-up budget.
  api.post('/auth/register/start', async (c) => {
    const b = await readJson(c, registerStartSchema, LIMITS.bodyBytes);
    const { registrationResponse } = opaqueCall(() =>
      opaque.server.createRegistrationResponse({
        serverSetup,
        userIdentifier: b.userIdentifier,
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
    return c.json(await startSession(c, deps, id), 201);
  });

  api.post('/auth/login/start', async (c) => {
    checkAuthVolume(c, deps);
    const b = await readJson(c, loginStartSchema, LIMITS.bodyBytes);
    const keys = [`ident:${b.userIdentifier}`, `ip:${c.get('ip')}`];
    checkBackoff(deps, keys);
    const account: Account | undefined = await store.accountByIdentifier(b.userIdentifier);
    const { serverLoginState, loginResponse } = opaqueCall(() =>
      opaque.server.startLogin({
        serverSetup,
        userIdentifier: b.userIdentifier,
        registrationRecord: account?.registrationRecord ?? null,
        startLoginRequest: b.startLoginRequest,
      }),
    );
    deps.limiter.fail(keys); // a guess until its finish proves it (see the top of this file)
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
    deps.limiter.succeed(`ident:${pending.identifier}`);
    deps.limiter.forgive(`ip:${c.get('ip')}`);
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
    // A new password: every existing session ends, then this device signs in.
    await store.setPassword(
      account.id,
      b.registrationRecord,
      bytesOf(b.opaqueKey),
      null,
      deps.now(),
    );
    return c.json(await startSession(c, deps, account.id));
  });
  return api;
}
