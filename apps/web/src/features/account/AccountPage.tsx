/** The account screen: signed out, the recovery key shown once after sign-up, or signed in. */
import { useState } from 'react';
import { copyText } from '../../platform/index.ts';
import { Button, Page } from '../../ui/index.ts';
import { StepHeading } from './fields.tsx';
import { SignedIn } from './SignedIn.tsx';
import { SignedOut } from './SignedOut.tsx';
import { useSync } from './sync.tsx';

function RecoveryKeyOnce({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <div className="stack">
      <StepHeading>Your recovery key</StepHeading>
      <p>
        This key opens your account if you forget your password. It is shown only now. Write it down
        or keep it in a password manager, somewhere other than this device.
      </p>
      <p
        className="card"
        style={{ fontFamily: 'monospace', fontSize: '1.1rem', wordBreak: 'break-word' }}
        data-testid="recovery-key"
      >
        {recoveryKey}
      </p>
      <Button onPress={async () => setCopied(await copyText(recoveryKey))}>
        {copied ? 'Copied' : 'Copy recovery key'}
      </Button>
      <p className="notice">
        If you lose both your password and this recovery key, your synced journal cannot be opened
        by anyone, and it is lost.
      </p>
      <label className="row" style={{ alignItems: 'center', flexWrap: 'nowrap' }}>
        <input
          type="checkbox"
          style={{ width: 24, height: 24, flex: 'none' }}
          checked={saved}
          onChange={(e) => setSaved(e.target.checked)}
        />
        I have saved my recovery key somewhere safe
      </label>
      <Button variant="primary" block isDisabled={!saved} onPress={onDone}>
        Continue
      </Button>
    </div>
  );
}

export default function AccountPage() {
  const { account } = useSync();
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  return (
    <Page title="Account and sync">
      {recoveryKey ? (
        <RecoveryKeyOnce recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />
      ) : account === null ? (
        <p className="meta">Loading…</p>
      ) : account ? (
        <SignedIn account={account} />
      ) : (
        <SignedOut onRecoveryKey={setRecoveryKey} />
      )}
    </Page>
  );
}
