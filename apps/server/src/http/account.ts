/**
 * The signed-in account: its key blobs (opaque to the server), password change, recovery
 * key change, sessions (list, revoke) and deletion. Every route here requires a session;
 * the ones that replace or erase what the account depends on require a fresh one.
 */
import {
  KEY_BLOB_NAMES,
  keyringPutSchema,
  LIMITS,
  passwordChangeSchema,
  recoveryChangeSchema,
  uuid,
} from '@securebase/core/protocol';
import { type Context, Hono } from 'hono';
import type { AccountStore, SessionStore } from '../store/port.ts';
import { recoveryTokenHash } from './auth.ts';
import { base64Of, bytesOf, parseWith, readJson } from './body.ts';
import type { AppEnv, DepsWith } from './context.ts';
import { fail, HttpError } from './errors.ts';
import { clearSessionCookie } from './session.ts';

export { FRESH_SIGN_IN_MS } from './context.ts';

/**
 * Deleting the account and replacing the password, recovery key or keyring need a session
 * that signed in within `deps.sessions.freshMs` (10 minutes), so a borrowed unlocked device
 * or a stolen session cookie cannot do them alone: the client signs in again first. The
 * keyring is on this list because replacing it with junk would lock every new device out
 * of the account's data, which is as final as deleting it.
 */
function requireFresh(c: Context<AppEnv>, deps: AccountDeps) {
  if (deps.now() - c.get('session').createdAt > deps.sessions.freshMs) {
    throw new HttpError(403, 'reauth_required');
  }
}

type AccountDeps = DepsWith<AccountStore & SessionStore>;

/** The signed-in account's routes, mounted under /api/v1 behind the session check. */
export function accountRoutes(deps: AccountDeps): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const { store } = deps;

  api.get('/account', async (c) => {
    const s = c.get('session');
    const account = await store.account(s.accountId);
    if (!account) return fail(c, 401, 'unauthorized');
    return c.json({
      accountId: account.id,
      userIdentifier: account.identifier,
      createdAt: account.createdAt,
    });
  });

  api.delete('/account', async (c) => {
    requireFresh(c, deps);
    await store.deleteAccount(c.get('session').accountId);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  api.get('/account/keys', async (c) => {
    const blobs = await store.keyBlobs(c.get('session').accountId);
    const keys: Record<string, string> = {};
    for (const name of KEY_BLOB_NAMES) {
      const b = blobs[name];
      if (b) keys[name] = base64Of(b);
    }
    return c.json({ keys });
  });

  api.put('/account/keyring', async (c) => {
    requireFresh(c, deps);
    const b = await readJson(c, keyringPutSchema, LIMITS.bodyBytes);
    await store.putKeyBlob(c.get('session').accountId, 'keyring', bytesOf(b.keyring), deps.now());
    return c.body(null, 204);
  });

  api.put('/account/recovery', async (c) => {
    requireFresh(c, deps);
    const b = await readJson(c, recoveryChangeSchema, LIMITS.bodyBytes);
    const hash = recoveryTokenHash(b.recoveryToken);
    await store.setRecovery(c.get('session').accountId, hash, bytesOf(b.recoveryKey), deps.now());
    return c.body(null, 204);
  });

  api.post('/account/password', async (c) => {
    requireFresh(c, deps);
    const b = await readJson(c, passwordChangeSchema, LIMITS.bodyBytes);
    const s = c.get('session');
    await store.setPassword(
      s.accountId,
      b.registrationRecord,
      bytesOf(b.opaqueKey),
      s.id,
      deps.now(),
    );
    return c.body(null, 204);
  });

  api.get('/sessions', async (c) => {
    const s = c.get('session');
    const list = await store.listSessions(s.accountId);
    return c.json({
      sessions: list.map((x) => ({
        sessionId: x.id,
        createdAt: x.createdAt,
        lastSeenAt: x.lastSeenAt,
        current: x.id === s.id,
      })),
    });
  });

  api.delete('/sessions/:sessionId', async (c) => {
    const id = parseWith(uuid, c.req.param('sessionId'));
    const s = c.get('session');
    if (!(await store.deleteSession(s.accountId, id))) return fail(c, 404, 'not_found');
    if (id === s.id) clearSessionCookie(c);
    return c.body(null, 204);
  });
  return api;
}
