/**
 * What the account flows share: the OPAQUE client port, the deps, the errors they return
 * (server reason codes mapped to what a screen can act on), and the calls that need no
 * keys (sessions, sign-out, deletion).
 */
import type { Random } from '../deps.ts';
import { type SessionsResponse, sessionsResponseSchema } from '../protocol/auth.ts';
import { err, ok, type Result } from '../result.ts';
import { type Call, callApi, type Http, type TransportError } from './clientHttp.ts';

export const STRETCH = 'memory-constrained' as const;

/** The client half of @serenity-kit/opaque, as this module uses it. */
export interface OpaqueClient {
  startRegistration(p: { password: string }): {
    clientRegistrationState: string;
    registrationRequest: string;
  };
  finishRegistration(p: {
    password: string;
    registrationResponse: string;
    clientRegistrationState: string;
    keyStretching: typeof STRETCH;
  }): { registrationRecord: string; exportKey: string };
  startLogin(p: { password: string }): { clientLoginState: string; startLoginRequest: string };
  finishLogin(p: {
    password: string;
    loginResponse: string;
    clientLoginState: string;
    keyStretching: typeof STRETCH;
  }): { finishLoginRequest: string; exportKey: string } | undefined;
}

export interface AccountDeps {
  http: Http;
  opaque: OpaqueClient;
  random: Random;
}

export type AccountError =
  | { type: 'WrongCredentials' }
  | { type: 'IdentifierTaken' }
  | { type: 'BadRecoveryKey' }
  | { type: 'KeysDamaged' }
  /**
   * The action needs a sign-in within the last 10 minutes (server code `reauth_required`):
   * ask for the password, `reauthenticate`, then run the action again.
   */
  | { type: 'ReauthRequired' }
  | { type: 'Failed'; cause: TransportError };

export const fail = (cause: TransportError): { ok: false; error: AccountError } => {
  if (cause.type === 'Http' && cause.code === 'invalid_credentials')
    return err({ type: 'WrongCredentials' });
  if (cause.type === 'Http' && cause.code === 'identifier_taken')
    return err({ type: 'IdentifierTaken' });
  if (cause.type === 'Http' && cause.code === 'reauth_required')
    return err({ type: 'ReauthRequired' });
  return err({ type: 'Failed', cause });
};

/** An answer with no body, its failure as an `AccountError`. */
export async function done(call: Call<unknown>): Promise<Result<null, AccountError>> {
  const r = await call;
  return r.ok ? ok(null) : fail(r.error);
}

export const post = (path: string, body: unknown) => ({
  method: 'POST' as const,
  path,
  body: JSON.stringify(body),
});

export const signOut = (http: Http) =>
  callApi(http, { method: 'POST', path: '/auth/logout', body: '{}' }, null);

/** Erases the account and its server data. Needs a fresh sign-in (`ReauthRequired`). */
export const deleteAccount = (http: Http): Promise<Result<null, AccountError>> =>
  done(callApi(http, { method: 'DELETE', path: '/account' }, null));

export const listSessions = (http: Http): Call<SessionsResponse | null> =>
  callApi(http, { method: 'GET', path: '/sessions' }, sessionsResponseSchema);

export const revokeSession = (http: Http, sessionId: string) =>
  callApi(http, { method: 'DELETE', path: `/sessions/${sessionId}` }, null);
