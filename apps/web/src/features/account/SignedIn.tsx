/**
 * The account while signed in: sync state, devices (sessions) with sign-out of others,
 * password change, recovery key, sign out (keeping or erasing this device's entries),
 * delete the account; or, once the session ended elsewhere, only signing in again or leaving.
 */
import { deleteAccount, listSessions, revokeSession, signOut } from '@securebase/core/account';
import type { SessionsResponse } from '@securebase/core/protocol';
import { useCallback, useEffect, useState } from 'react';
import type { AccountInfo } from '../../platform/account.ts';
import { changeAccountPassword, fetchHttp } from '../../platform/syncEngine.ts';
import { useVaultApi } from '../../session/index.ts';
import { Button, Confirm, formatAgo, formatDateTime } from '../../ui/index.ts';
import { describeSync } from './describeSync.ts';
import { ActionForm, NewPasswordFields, passwordProblem } from './fields.tsx';
import { RecoveryKeySection } from './RecoveryKey.tsx';
import { ActionOutcome, type Attempt, ReauthPrompt, useFreshSignIn } from './reauth.tsx';
import { useSync } from './sync.tsx';

type Session = SessionsResponse['sessions'][number];

function Sessions() {
  const [list, setList] = useState<Session[] | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(async () => {
    setFailed(false);
    const r = await listSessions(fetchHttp).catch(() => null);
    // This device first, then the others by when they were last used.
    if (r?.ok && r.value)
      setList(
        [...r.value.sessions].sort(
          (x, y) => Number(y.current) - Number(x.current) || y.lastSeenAt - x.lastSeenAt,
        ),
      );
    else setFailed(true);
  }, []);
  useEffect(() => {
    void load();
    // Offline when the screen opened: read the list again once the connection is back.
    window.addEventListener('online', load);
    return () => window.removeEventListener('online', load);
  }, [load]);
  if (failed)
    return (
      <div className="stack" style={{ gap: 8 }}>
        <p className="meta" style={{ margin: 0 }}>
          The list of signed-in devices could not be loaded just now.
        </p>
        <Button variant="quiet" onPress={load}>
          Try again
        </Button>
      </div>
    );
  if (!list) return <p className="meta">Loading signed-in devices…</p>;
  return (
    <ul className="list" aria-label="Signed-in devices">
      {list.map((s) => (
        <li key={s.sessionId} className="row" style={{ justifyContent: 'space-between' }}>
          <span>
            {s.current ? 'This device' : 'Another device'}
            <span className="meta">
              {' · '}
              {s.current ? 'in use now' : `last used ${formatAgo(s.lastSeenAt)}`}
              {` · signed in ${formatDateTime(s.createdAt)}`}
            </span>
          </span>
          {s.current ? null : (
            <Button
              variant="quiet"
              onPress={async () => {
                await revokeSession(fetchHttp, s.sessionId);
                await load();
              }}
            >
              Sign out that device
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

function ChangePassword({ account, onChanged }: { account: AccountInfo; onChanged: () => void }) {
  const { device } = useVaultApi();
  const fresh = useFreshSignIn();
  const [pw, setPw] = useState('');
  const [again, setAgain] = useState('');
  const [done, setDone] = useState(false);
  if (done)
    return <p role="status">Your password is changed. Other devices will need to sign in again.</p>;
  const change: Attempt = async () => {
    const r = await changeAccountPassword(device, account.userIdentifier, pw);
    if (!r.ok) return r.error;
    setDone(true);
    onChanged();
    return null;
  };
  // The new password stays typed in while the prompt asks for the current one.
  if (fresh.waiting)
    return (
      <ReauthPrompt
        account={account}
        attempt={fresh.waiting}
        confirmLabel="Confirm and change password"
        onDone={fresh.clear}
        onCancel={fresh.clear}
      />
    );
  return (
    <ActionForm
      submit="Change password"
      busyLabel="Changing password…"
      action={async () => passwordProblem(pw, again) ?? (await fresh.run(change))}
    >
      <NewPasswordFields
        label="New password"
        pw={pw}
        setPw={setPw}
        again={again}
        setAgain={setAgain}
      />
    </ActionForm>
  );
}

function DeleteAccount({ account }: { account: AccountInfo }) {
  const { setAccount } = useSync();
  const fresh = useFreshSignIn();
  const [error, setError] = useState<string | null>(null);
  const erase: Attempt = async () => {
    const r = await deleteAccount(fetchHttp);
    if (!r.ok) return r.error;
    await setAccount(null);
    return null;
  };
  return (
    <>
      <Confirm
        trigger="Delete account"
        title="Delete your account?"
        confirmLabel="Delete account"
        onConfirm={async () => {
          setError(null);
          setError(await fresh.run(erase));
        }}
      >
        <p>
          This erases your account and every encrypted copy on the server. Other devices stop
          syncing. The entries on this device stay here.
        </p>
      </Confirm>
      <ActionOutcome
        account={account}
        fresh={fresh}
        error={error}
        confirmLabel="Confirm and delete account"
        variant="danger"
      />
    </>
  );
}

/**
 * Leaving on this device: sign out and keep the journal here, or sign out and erase it
 * (a shared phone, a phone someone else may look at). Erasing says first what has not
 * synced yet, since only that would be lost.
 */
function SignOut() {
  const { state, setAccount } = useSync();
  const { eraseEverything } = useVaultApi();
  const waiting = state?.pending ?? 0;
  return (
    <>
      <Button
        onPress={async () => {
          await signOut(fetchHttp);
          await setAccount(null);
        }}
      >
        Sign out, keep my entries here
      </Button>
      <Confirm
        trigger="Sign out and erase this device"
        title="Sign out and erase this device?"
        confirmLabel="Sign out and erase"
        onConfirm={async () => {
          await signOut(fetchHttp);
          await eraseEverything();
        }}
      >
        <p>
          Every entry is erased from this device. Your synced journal stays in your account, and
          signing in again brings it back.
        </p>
        {waiting > 0 ? (
          <p className="notice" data-testid="erase-unsynced">
            {waiting === 1
              ? '1 change made here has not synced yet. It would be lost. '
              : `${waiting} changes made here have not synced yet. They would be lost. `}
            To keep them, close this and choose Sync now first.
          </p>
        ) : null}
      </Confirm>
    </>
  );
}

/** This device's session ended elsewhere: only signing in again (or leaving) makes sense. */
function SignedOutElsewhere({ onSignInAgain }: { onSignInAgain: () => void }) {
  return (
    <div className="stack">
      <div className="notice stack" style={{ gap: 8 }} data-testid="signed-out-elsewhere">
        <p style={{ margin: 0 }}>
          This device was signed out, perhaps after a password change or from another device. Your
          entries here are safe. Sign in again to keep syncing.
        </p>
        <Button variant="primary" onPress={onSignInAgain}>
          Sign in again
        </Button>
      </div>
      <section className="stack" aria-labelledby="leave-h">
        <h2 id="leave-h">Or leave</h2>
        <SignOut />
      </section>
    </div>
  );
}

export function SignedIn({
  account,
  onNewRecoveryKey,
  onSignInAgain,
}: {
  account: AccountInfo;
  onNewRecoveryKey: (key: string) => void;
  /** The session ended elsewhere: sign in again as this account. */
  onSignInAgain: () => void;
}) {
  const { state, syncNow } = useSync();
  // A password change signs other devices out, and a fresh sign-in replaces this device's
  // session: the list is read again after either.
  const [sessionsRound, setSessionsRound] = useState(0);
  const reloadSessions = useCallback(() => setSessionsRound((n) => n + 1), []);
  if (state?.error?.code === 'unauthorized')
    return (
      <div className="stack">
        <p>
          Your account: <strong>{account.userIdentifier}</strong>.
        </p>
        <SignedOutElsewhere onSignInAgain={onSignInAgain} />
      </div>
    );
  const recoveryKey = <RecoveryKeySection account={account} onNewKey={onNewRecoveryKey} />;
  return (
    <div className="stack">
      <p>
        Signed in as <strong>{account.userIdentifier}</strong>.
      </p>
      {/* A key never confirmed as saved comes first; otherwise it sits with the settings. */}
      {account.recoveryPending ? recoveryKey : null}
      {state ? (
        <div className="card stack" style={{ gap: 8 }}>
          <p role="status" style={{ margin: 0 }} data-testid="account-sync-status">
            {describeSync(state)}
          </p>
          <Button onPress={syncNow}>Sync now</Button>
        </div>
      ) : null}
      <section className="stack" aria-labelledby="devices-h">
        <h2 id="devices-h">Signed-in devices</h2>
        <Sessions key={sessionsRound} />
      </section>
      <section className="stack" aria-labelledby="password-h">
        <h2 id="password-h">Change password</h2>
        <ChangePassword account={account} onChanged={reloadSessions} />
      </section>
      {account.recoveryPending ? null : recoveryKey}
      <section className="stack" aria-labelledby="leave-h">
        <h2 id="leave-h">Sign out or delete</h2>
        <SignOut />
        <DeleteAccount account={account} />
      </section>
    </div>
  );
}
