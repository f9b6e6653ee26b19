/** The account screen: signed out, a recovery key shown once (after sign-up or made anew), or signed in. */
import { useState } from 'react';
import { Page } from '../../ui/index.ts';
import { RecoveryKeyOnce, useRecoveryKeySaved } from './RecoveryKey.tsx';
import { SignedIn } from './SignedIn.tsx';
import { SignedOut } from './SignedOut.tsx';
import { useSync } from './sync.tsx';

export default function AccountPage() {
  const { account } = useSync();
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const saved = useRecoveryKeySaved();
  return (
    <Page title="Account and sync">
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
        <SignedIn account={account} onNewRecoveryKey={setRecoveryKey} />
      ) : (
        <SignedOut onRecoveryKey={setRecoveryKey} />
      )}
    </Page>
  );
}
