/** Small form pieces for the account screens, and plain words for account errors. */
import type { AccountError } from '@securebase/core/account';
import {
  type ComponentProps,
  createContext,
  type FormEvent,
  type ReactNode,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import { Button, moveFocus, TextField } from '../../ui/index.ts';

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

/**
 * What is wrong after a submit: plain words, and the `name` of the field to fix when it is
 * one field (shown under it, which is marked invalid and takes focus), else shown above the
 * button, which then takes focus.
 */
export interface Problem {
  text: string;
  field?: string;
}

const FormProblem = createContext<Problem | null>(null);

/**
 * Account fields are the design system's TextField (no auto-capitalising or spell-checking),
 * named, so the form's problem can point at one of them.
 */
export function Field(props: Omit<ComponentProps<typeof TextField>, 'error'> & { name: string }) {
  const problem = useContext(FormProblem);
  return <TextField {...props} error={problem?.field === props.name ? problem.text : undefined} />;
}

/**
 * A form that stays focused on its button while its action runs (the button is only marked
 * aria-disabled: a disabled one would drop focus to the page; a second submit is ignored),
 * says it is busy in a status line, then moves focus to the problem the action returns.
 */
export function ActionForm({
  submit,
  busyLabel,
  action,
  children,
  variant = 'primary',
}: {
  submit: string;
  busyLabel: string;
  action: () => Promise<string | Problem | null>;
  children: ReactNode;
  /** `danger` when submitting cannot be undone. */
  variant?: 'primary' | 'danger';
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const notice = useRef<HTMLParagraphElement>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    let next: Problem | null;
    try {
      const r = await action();
      next = typeof r === 'string' ? { text: r } : r;
    } catch {
      next = { text: GENERIC };
    }
    flushSync(() => {
      setBusy(false);
      setProblem(next);
    });
    if (!next) return;
    const field = next.field ? form.current?.elements.namedItem(next.field) : null;
    moveFocus(field instanceof HTMLElement ? field : notice.current);
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate ref={form}>
      <FormProblem value={problem}>{children}</FormProblem>
      {problem && !problem.field ? (
        <p className="notice" role="alert" tabIndex={-1} ref={notice}>
          {problem.text}
        </p>
      ) : null}
      <Button type="submit" variant={variant} block aria-disabled={busy}>
        {busy ? busyLabel : submit}
      </Button>
      <span role="status" className="visually-hidden">
        {busy ? busyLabel : ''}
      </span>
    </form>
  );
}

const GENERIC = 'Something went wrong on the way to the server. Please try again in a moment.';

/** The ask when an action needs a fresh sign-in: plain, and no hint that anyone did wrong. */
export const REAUTH_ASK = 'For your safety, please enter your password again.';

/** An account error as a problem: the field it is about, where it is about one. */
export function accountProblem(e: AccountError): Problem {
  const text = accountErrorText(e);
  if (e.type === 'IdentifierTaken') return { text, field: 'name' };
  if (e.type === 'BadRecoveryKey') return { text, field: 'key' };
  return { text };
}

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
        name="password"
        type="password"
        value={pw}
        onChange={setPw}
        autoComplete="new-password"
      />
      <Field
        label={`${label} again`}
        name="password-again"
        type="password"
        value={again}
        onChange={setAgain}
        autoComplete="new-password"
      />
    </>
  );
}

export function passwordProblem(pw: string, again: string): Problem | null {
  if (pw.length < MIN_PASSWORD)
    return {
      text: `Please use at least ${MIN_PASSWORD} characters. A few words together work well.`,
      field: 'password',
    };
  if (pw !== again) return { text: 'The two passwords are not the same.', field: 'password-again' };
  return null;
}
