/**
 * The typed `ReauthRequired` and the fresh sign-in against a scripted server (no network,
 * no OPAQUE: a fake client whose export key is fixed). The real server and real OPAQUE
 * run the same flow in apps/server/test/clientSync/account.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom, testDeps, testDeviceWrapper } from '../../testing/deps.ts';
import { createVault } from '../store/unlock.ts';
import { putKeyring } from './clientAccount.ts';
import type { HttpRequest } from './clientHttp.ts';
import { encodeSealedKeyring, encodeWrappedKey, opaqueWrapper } from './clientKeys.ts';
import { reauthenticate } from './clientReauth.ts';
import { type AccountDeps, deleteAccount, type OpaqueClient } from './clientSession.ts';

const ACCOUNT = '0190a000-0000-7000-8000-000000000001';
const OLD_SESSION = '0190a000-0000-7000-8000-0000000000aa';
const NEW_SESSION = '0190a000-0000-7000-8000-0000000000bb';
const LOGIN = '0190a000-0000-7000-8000-0000000000cc';
const EXPORT_KEY = 'A'.repeat(43);
const account = { accountId: ACCOUNT, userIdentifier: 'river' };

type Route = (req: HttpRequest) => { status: number; body?: unknown };

/** A server that answers by "METHOD path" and logs every request. */
function scripted(routes: Record<string, Route>) {
  const log: string[] = [];
  const http = async (req: HttpRequest) => {
    const key = `${req.method} ${req.path.replace('/api/v1', '')}`;
    log.push(key);
    const route = routes[key];
    if (!route) return { status: 404, text: JSON.stringify({ error: { code: 'not_found' } }) };
    const a = route(req);
    return { status: a.status, text: a.body === undefined ? '' : JSON.stringify(a.body) };
  };
  return { http, log };
}

const reauth = () => ({ status: 403, body: { error: { code: 'reauth_required' } } });

/** An OPAQUE client that knows one password. */
const fakeOpaque = (password: string): OpaqueClient => ({
  startRegistration: () => ({ clientRegistrationState: 's', registrationRequest: 'r' }),
  finishRegistration: () => ({ registrationRecord: 'rec', exportKey: EXPORT_KEY }),
  startLogin: () => ({ clientLoginState: 's', startLoginRequest: 'start' }),
  finishLogin: (p) =>
    p.password === password ? { finishLoginRequest: 'proof', exportKey: EXPORT_KEY } : undefined,
});

async function accountServer(signedInAs = ACCOUNT) {
  const vault = await createVault(testDeps(), testDeviceWrapper());
  const keys = {
    opaque: encodeWrappedKey(await vault.keys.wrapAccountKey(opaqueWrapper(EXPORT_KEY))),
    keyring: encodeSealedKeyring(vault.keys.sealKeyring()),
  };
  const session = (id: string, current: boolean) => ({
    sessionId: id,
    createdAt: 1,
    lastSeenAt: 2,
    current,
  });
  return scripted({
    'GET /sessions': () => ({
      status: 200,
      body: { sessions: [session(OLD_SESSION, true), session(NEW_SESSION, false)] },
    }),
    'POST /auth/login/start': () => ({
      status: 200,
      body: { loginId: LOGIN, loginResponse: 'resp' },
    }),
    'POST /auth/login/finish': (req) =>
      req.body?.includes('proof')
        ? { status: 200, body: { accountId: signedInAs, sessionId: NEW_SESSION } }
        : { status: 401, body: { error: { code: 'invalid_credentials' } } },
    'GET /account/keys': () => ({ status: 200, body: { keys } }),
    [`DELETE /sessions/${OLD_SESSION}`]: () => ({ status: 204 }),
    'POST /auth/logout': () => ({ status: 204 }),
  });
}

const deps = (http: AccountDeps['http'], password: string): AccountDeps => ({
  http,
  opaque: fakeOpaque(password),
  random: seededRandom(1),
});

describe('ReauthRequired', () => {
  it('is what deleting the account or replacing the keyring says to a stale session', async () => {
    const { http } = scripted({ 'DELETE /account': reauth, 'PUT /account/keyring': reauth });
    expect(await deleteAccount(http)).toEqual({ ok: false, error: { type: 'ReauthRequired' } });
    const vault = await createVault(testDeps(), testDeviceWrapper());
    expect(await putKeyring(http, vault.keys)).toEqual({
      ok: false,
      error: { type: 'ReauthRequired' },
    });
  });

  it('leaves other failures as they were', async () => {
    const busy = () => ({ status: 503, body: { error: { code: 'busy', retryAfter: 1 } } });
    const { http } = scripted({ 'DELETE /account': busy });
    expect(await deleteAccount(http)).toEqual({
      ok: false,
      error: { type: 'Failed', cause: { type: 'Http', status: 503, code: 'busy', retryAfter: 1 } },
    });
    expect(
      await deleteAccount(scripted({ 'DELETE /account': () => ({ status: 204 }) }).http),
    ).toEqual({
      ok: true,
      value: null,
    });
  });
});

describe('reauthenticate', () => {
  it('signs in again and ends this device’s old session', async () => {
    const { http, log } = await accountServer();
    expect(await reauthenticate(deps(http, 'right'), account, 'right')).toEqual({
      ok: true,
      value: null,
    });
    expect(log).toEqual([
      'GET /sessions',
      'POST /auth/login/start',
      'POST /auth/login/finish',
      'GET /account/keys',
      `DELETE /sessions/${OLD_SESSION}`,
    ]);
  });

  it('says WrongCredentials for a wrong password and keeps the old session', async () => {
    const { http, log } = await accountServer();
    expect(await reauthenticate(deps(http, 'right'), account, 'wrong')).toEqual({
      ok: false,
      error: { type: 'WrongCredentials' },
    });
    expect(log.some((l) => l.startsWith('DELETE'))).toBe(false);
  });

  it('signs out again when the name now belongs to another account', async () => {
    const other = '0190a000-0000-7000-8000-0000000000dd';
    const { http, log } = await accountServer(other);
    const r = await reauthenticate(deps(http, 'right'), account, 'right');
    expect(r).toMatchObject({
      ok: false,
      error: { type: 'Failed', cause: { code: 'unauthorized' } },
    });
    expect(log.at(-1)).toBe('POST /auth/logout');
    expect(log.some((l) => l.startsWith('DELETE'))).toBe(false);
  });
});
