/**
 * A fresh sign-in for the actions that need one (`ReauthRequired`: deleting the account,
 * replacing the password, recovery key or keyring). The server decides freshness by when
 * the session signed in, so the only way to refresh it is to sign in again: this runs the
 * ordinary sign-in (OPAQUE; the password never leaves the device, and a wrong one counts
 * towards the server's back-off like any other), then the caller runs its action again.
 *
 * Invariants: the new session must belong to the account this device was signed in to
 * (else it is signed out again and nothing is retried), and the old session of this device
 * ends, so the device list does not show this device twice and a copy of the old cookie
 * stops working. Nothing on the device changes.
 */
import { err, ok, type Result } from '../result.ts';
import { signIn } from './clientAccount.ts';
import {
  type AccountDeps,
  type AccountError,
  listSessions,
  revokeSession,
  signOut,
} from './clientSession.ts';

/** The account this device is signed in to. */
export interface SignedInAccount {
  accountId: string;
  userIdentifier: string;
}

export async function reauthenticate(
  d: AccountDeps,
  account: SignedInAccount,
  password: string,
): Promise<Result<null, AccountError>> {
  const before = await listSessions(d.http);
  const old = before.ok ? before.value?.sessions.find((s) => s.current)?.sessionId : undefined;
  const r = await signIn(d, account.userIdentifier, password);
  if (!r.ok) return r;
  // Only the session was wanted: this device already holds the keys.
  r.value.keys.close();
  if (r.value.accountId !== account.accountId) {
    // The name now belongs to another account (this one was deleted and the name taken
    // again): acting on it would act on someone else's account.
    await signOut(d.http);
    return err({ type: 'Failed', cause: { type: 'Http', status: 401, code: 'unauthorized' } });
  }
  if (old) await revokeSession(d.http, old);
  return ok(null);
}
