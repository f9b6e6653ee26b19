/**
 * The recovery key: shown once after sign-up, and made anew from the account screen. Until
 * the person confirms they saved it, the account info on this device says so
 * (`recoveryPending`, no secret), so a reload or a closed tab cannot lose the step: the
 * account screen then offers a new key, which also retires the one nobody saw saved. A new
 * key needs a fresh sign-in (reauth.tsx asks for the password when the server says so).
 */

import { useState } from 'react';
import type { AccountInfo } from '../../platform/account.ts';
import { copyText } from '../../platform/index.ts';
import { makeRecoveryKey } from '../../platform/syncEngine.ts';
import { useVaultApi } from '../../session/index.ts';
import { Button, Confirm } from '../../ui/index.ts';
import { StepHeading } from './fields.tsx';
import { ActionOutcome, type Attempt, useFreshSignIn } from './reauth.tsx';
import { useSync } from './sync.tsx';

export function RecoveryKeyOnce({
  recoveryKey,
  onDone,
}: {
  recoveryKey: string;
  onDone: () => void;
}) {
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

/** Marks the recovery key as saved: the step is over. */
export function useRecoveryKeySaved() {
  const { account, setAccount } = useSync();
  return async () => {
    if (account) await setAccount({ ...account, recoveryPending: false });
  };
}

/**
 * The account screen's recovery key section: a new key on request (the old one stops
 * working), and a clear nudge while the key from sign-up was never confirmed as saved.
 */
export function RecoveryKeySection({
  account,
  onNewKey,
}: {
  account: AccountInfo;
  onNewKey: (key: string) => void;
}) {
  const { device } = useVaultApi();
  const fresh = useFreshSignIn();
  const [error, setError] = useState<string | null>(null);
  const attempt: Attempt = async () => {
    const r = await makeRecoveryKey(device);
    if (!r.ok) return r.error;
    onNewKey(r.value.recoveryKey);
    return null;
  };
  const make = async () => {
    setError(null);
    setError(await fresh.run(attempt));
  };
  return (
    <section className="stack" aria-labelledby="recovery-h">
      <h2 id="recovery-h">Recovery key</h2>
      {account.recoveryPending ? (
        <div className="notice stack" style={{ gap: 8 }} data-testid="recovery-pending">
          <p style={{ margin: 0 }}>
            Your recovery key was not confirmed as saved. Let’s make a new one now, so you can get
            back into your account if you ever forget your password.
          </p>
          <Button variant="primary" onPress={make}>
            Make my recovery key
          </Button>
        </div>
      ) : (
        <>
          <p>
            If you have lost your recovery key, or think someone else has seen it, you can make a
            new one. The old key then stops working.
          </p>
          <Confirm
            trigger="Make a new recovery key"
            title="Make a new recovery key?"
            confirmLabel="Make new key"
            onConfirm={make}
          >
            <p>Your current recovery key will stop working. You will see the new one once.</p>
          </Confirm>
        </>
      )}
      <ActionOutcome
        account={account}
        fresh={fresh}
        error={error}
        confirmLabel="Confirm and make a new key"
      />
    </section>
  );
}
