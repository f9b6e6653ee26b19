/**
 * A fresh sign-in on the account screen. Deleting the account, changing the password and
 * making a new recovery key need a sign-in within the last 10 minutes; when an action says
 * `ReauthRequired` (a typed error from core, never a matched string), it waits while a
 * small prompt asks for the password, the app signs in again (the usual OPAQUE sign-in,
 * core `reauthenticate`) and the action runs again by itself.
 */
import { type AccountError, reauthenticate } from '@securebase/core/account';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AccountInfo } from '../../platform/account.ts';
import { accountDeps } from '../../platform/syncEngine.ts';
import { Button } from '../../ui/index.ts';
import { ActionForm, accountErrorText, Field, REAUTH_ASK } from './fields.tsx';

/** One try of an action: null once it is done (its own success step included), else why not. */
export type Attempt = () => Promise<AccountError | null>;

/**
 * Runs attempts; one that needs a fresh sign-in is kept as `waiting` for `ReauthPrompt`
 * to run again after the password.
 */
export function useFreshSignIn() {
  const [waiting, setWaiting] = useState<Attempt | null>(null);
  /** The error text to show, or null (done, or now waiting for the password). */
  const run = useCallback(async (attempt: Attempt): Promise<string | null> => {
    const e = await attempt();
    if (e?.type === 'ReauthRequired') {
      setWaiting(() => attempt);
      return null;
    }
    return e ? accountErrorText(e) : null;
  }, []);
  const clear = useCallback(() => setWaiting(null), []);
  return { waiting, run, clear };
}

/** The words for a failed fresh sign-in; the account name is known here, so only the password can be wrong. */
export function reauthErrorText(e: AccountError): string {
  if (e.type === 'WrongCredentials')
    return 'That isn’t the password for this account. Please check it and try again.';
  return accountErrorText(e);
}

export function ReauthPrompt({
  account,
  attempt,
  confirmLabel,
  variant = 'primary',
  onDone,
  onCancel,
}: {
  account: AccountInfo;
  attempt: Attempt;
  /** The submit button: what happens once the password is right. */
  confirmLabel: string;
  /** `danger` when the action cannot be undone. */
  variant?: 'primary' | 'danger';
  onDone: () => void;
  onCancel: () => void;
}) {
  const [pw, setPw] = useState('');
  const box = useRef<HTMLDivElement>(null);
  // The person was about to act: let them type straight away. The legend is read with the
  // field, so a screen reader hears why the password is asked for.
  useEffect(() => box.current?.querySelector('input')?.focus(), []);
  return (
    <div ref={box} className="card stack" data-testid="reauth">
      <ActionForm
        submit={confirmLabel}
        variant={variant}
        busyLabel="Checking your password…"
        action={async () => {
          if (pw === '') return 'Please enter your password.';
          const r = await reauthenticate(await accountDeps(), account, pw);
          if (!r.ok) return reauthErrorText(r.error);
          setPw('');
          const e = await attempt();
          if (e) return accountErrorText(e);
          onDone();
          return null;
        }}
      >
        <fieldset>
          <legend style={{ marginBottom: 12, padding: 0, fontWeight: 'normal' }}>
            {REAUTH_ASK}
          </legend>
          <Field
            label="Your password"
            name="password"
            type="password"
            value={pw}
            onChange={setPw}
            autoComplete="current-password"
          />
        </fieldset>
      </ActionForm>
      <Button variant="quiet" onPress={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

/**
 * Under an action's button: why it failed, or the password prompt while it waits for a
 * fresh sign-in (`fresh` from useFreshSignIn).
 */
export function ActionOutcome({
  account,
  fresh,
  error,
  confirmLabel,
  variant,
}: {
  account: AccountInfo;
  fresh: ReturnType<typeof useFreshSignIn>;
  error: string | null;
  confirmLabel: string;
  variant?: 'primary' | 'danger';
}) {
  return (
    <>
      {error ? (
        <p className="notice" role="alert">
          {error}
        </p>
      ) : null}
      {fresh.waiting ? (
        <ReauthPrompt
          account={account}
          attempt={fresh.waiting}
          confirmLabel={confirmLabel}
          {...(variant ? { variant } : {})}
          onDone={fresh.clear}
          onCancel={fresh.clear}
        />
      ) : null}
    </>
  );
}
