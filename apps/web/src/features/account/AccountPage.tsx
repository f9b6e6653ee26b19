/** The account screen: signed out, a recovery key shown once (after sign-up or made anew), or signed in. */
import { useEffect, useState } from 'react';
import { Page } from '../../ui/index.ts';
import { RecoveryKeyOnce, useRecoveryKeySaved } from './RecoveryKey.tsx';
import { SignedIn } from './SignedIn.tsx';
import { SignedOut } from './SignedOut.tsx';
import { useSync } from './sync.tsx';

export default function AccountPage() {
  const { account, setAccount } = useSync();
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  /** The account name to sign in as again, after this device was signed out elsewhere. */
  const [again, setAgain] = useState<string | null>(null);
  useEffect(() => {
    if (account) setAgain(null); // signed in again: the name is not needed any more
  }, [account]);
  const saved = useRecoveryKeySaved();
  return (
    <Page
      title="Account and sync"
      focusKey={recoveryKey || account === null ? null : account ? 'signed-in' : 'signed-out'}
    >
      {recoveryKey ? (
        <RecoveryKeyOnce
          recoveryKey={recoveryKey}
          onDone={async () => {
            await saved();
            setRecoveryKey(null);
          }}
        />
      ) : account === null ? (
        <p className="meta">Loading…</p>
      ) : account ? (
        <SignedIn
          account={account}
          onNewRecoveryKey={setRecoveryKey}
          onSignInAgain={async () => {
            setAgain(account.userIdentifier);
            await setAccount(null);
          }}
        />
      ) : (
        <SignedOut onRecoveryKey={setRecoveryKey} signInAs={again} />
      )}
    </Page>
  );
}
