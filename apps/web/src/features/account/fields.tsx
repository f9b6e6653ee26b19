/** Small form pieces for the account screens, and plain words for account errors. */
import type { AccountError } from '@securebase/core/account';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Button, TextField } from '../../ui/index.ts';

export const MIN_PASSWORD = 10;

/** A step's heading that takes focus when the step appears, so screen readers announce it. */
export function StepHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus({ preventScroll: true }), []);
  return (
    <h2 tabIndex={-1} ref={ref}>
      {children}
    </h2>
  );
}

/** Account fields are the design system's TextField (no auto-capitalising or spell-checking). */
export const Field = TextField;

/** A form that shows one busy label while its action runs and an error it returns. */
export function ActionForm({
  submit,
  busyLabel,
  action,
  children,
  variant = 'primary',
}: {
  submit: string;
  busyLabel: string;
  action: () => Promise<string | null>;
  children: ReactNode;
  /** `danger` when submitting cannot be undone. */
  variant?: 'primary' | 'danger';
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setError(await action());
    } catch {
      setError(GENERIC);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {children}
      {error ? (
        <p className="notice" role="alert">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant={variant} block isDisabled={busy}>
        {busy ? busyLabel : submit}
      </Button>
    </form>
  );
}

const GENERIC = 'Something went wrong on the way to the server. Please try again in a moment.';

/** The ask when an action needs a fresh sign-in: plain, and no hint that anyone did wrong. */
export const REAUTH_ASK = 'For your safety, please enter your password again.';

export function accountErrorText(e: AccountError): string {
  switch (e.type) {
    case 'WrongCredentials':
      return 'That account name and password do not match. Check both and try again.';
    case 'IdentifierTaken':
      return 'That account name is already in use. Please choose another, or sign in.';
    case 'BadRecoveryKey':
      return 'That recovery key does not match this account. Check each group of characters.';
    case 'KeysDamaged':
      return 'The account keys could not be opened. Nothing on this device was changed.';
    case 'ReauthRequired':
      return REAUTH_ASK;
    case 'Failed': {
      const c = e.cause;
      if (c.type === 'Offline') return 'No connection right now. Please try again when online.';
      if (c.type === 'Http' && c.code === 'rate_limited')
        return 'Too many tries for now. Please wait a few minutes and try again.';
      if (c.type === 'Http' && c.code === 'unauthorized')
        return 'This device was signed out. Your entries here are safe. Please sign in again.';
      return GENERIC;
    }
  }
}

/** A new password typed twice (sign-up, recovery, password change); checked by passwordProblem. */
export function NewPasswordFields({
  label,
  pw,
  setPw,
  again,
  setAgain,
}: {
  label: string;
  pw: string;
  setPw: (v: string) => void;
  again: string;
  setAgain: (v: string) => void;
}) {
  return (
    <>
      <Field
        label={label}
        type="password"
        value={pw}
        onChange={setPw}
        autoComplete="new-password"
      />
      <Field
        label={`${label} again`}
        type="password"
        value={again}
        onChange={setAgain}
        autoComplete="new-password"
      />
    </>
  );
}

export function passwordProblem(pw: string, again: string): string | null {
  if (pw.length < MIN_PASSWORD)
    return `Please use at least ${MIN_PASSWORD} characters. A few words together work well.`;
  if (pw !== again) return 'The two passwords are not the same.';
  return null;
}
