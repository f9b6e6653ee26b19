/**
 * The account screens before signing in: create an account, sign in on this device, or
 * recover with the recovery key. Signing in brings this device's own entries along.
 */
import { type AccountKeys, recoverAccount, signIn, signUp } from '@securebase/core/account';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { writeAccount } from '../../platform/account.ts';
import { checkPassphrase } from '../../platform/index.ts';
import { accountDeps, adoptAccount, newSpaceIfUsed } from '../../platform/syncEngine.ts';
import { useVaultApi } from '../../session/index.ts';
import { Button, moveFocus } from '../../ui/index.ts';
import {
  ActionForm,
  accountProblem,
  Field,
  NewPasswordFields,
  type Problem,
  passwordProblem,
  StepHeading,
} from './fields.tsx';
import { useSync } from './sync.tsx';

type View = 'choose' | 'signup' | 'signin' | 'recover';

export function SignedOut({
  onRecoveryKey,
  signInAs = null,
}: {
  onRecoveryKey: (key: string) => void;
  /** Open on the sign-in form with this account name (signed out elsewhere). */
  signInAs?: string | null;
}) {
  const [view, setView] = useState<View>(signInAs ? 'signin' : 'choose');
  // Back returns focus to the button that opened the form, not to the page.
  const opener = {
    signup: useRef<HTMLButtonElement>(null),
    signin: useRef<HTMLButtonElement>(null),
    recover: useRef<HTMLButtonElement>(null),
  };
  const back = (from: Exclude<View, 'choose'>) => () => {
    flushSync(() => setView('choose'));
    moveFocus(opener[from].current);
  };
  if (view === 'signup') return <SignUpForm onDone={onRecoveryKey} back={back('signup')} />;
  if (view === 'signin') return <SignInForm back={back('signin')} name0={signInAs ?? ''} />;
  if (view === 'recover') return <RecoverForm onDone={onRecoveryKey} back={back('recover')} />;
  return (
    <div className="stack">
      <p>
        Your journal works fully without an account. With one, an encrypted copy follows you to your
        other devices. It is locked with a key only you hold: the server stores scrambled data it
        cannot read.
      </p>
      <Button ref={opener.signup} variant="primary" block onPress={() => setView('signup')}>
        Create an account
      </Button>
      <Button ref={opener.signin} block onPress={() => setView('signin')}>
        I already have an account
      </Button>
      <Button ref={opener.recover} variant="quiet" block onPress={() => setView('recover')}>
        I forgot my password
      </Button>
    </div>
  );
}

function SignUpForm({ onDone, back }: { onDone: (key: string) => void; back: () => void }) {
  const { device, replaceDevice } = useVaultApi();
  const { setAccount } = useSync();
  const [name, setName] = useState('');
  const [pw, setPw] = useState('');
  const [again, setAgain] = useState('');
  return (
    <div className="stack">
      <StepHeading>Create an account</StepHeading>
      <p className="notice">
        Please keep your password somewhere safe. After this step you will get a recovery key. If
        you lose both the password and the recovery key, nobody can open your synced journal, not
        even us, and it is lost.
      </p>
      <ActionForm
        submit="Create account"
        busyLabel="Creating your account…"
        action={async () => {
          if (name.trim() === '') return { text: 'Please choose an account name.', field: 'name' };
          const problem = passwordProblem(pw, again);
          if (problem) return problem;
          // A device that was in another account first moves to a private space of its own.
          const here = await newSpaceIfUsed(device);
          if (here !== device) replaceDevice(here);
          const r = await signUp(await accountDeps(), name.trim(), pw, here.vault);
          if (!r.ok) return accountProblem(r.error);
          await setAccount({
            accountId: r.value.accountId,
            userIdentifier: name.trim(),
            recoveryPending: true,
          });
          onDone(r.value.recoveryKey);
          return null;
        }}
      >
        <Field
          label="Account name"
          name="name"
          hint="An email address works, or any name you will remember."
          value={name}
          onChange={setName}
          autoComplete="username"
        />
        <NewPasswordFields
          label="Password"
          pw={pw}
          setPw={setPw}
          again={again}
          setAgain={setAgain}
        />
      </ActionForm>
      <Button variant="quiet" onPress={back}>
        Back
      </Button>
    </div>
  );
}

/** Joins the account on this device and switches the app to it. */
function useJoin() {
  const { device, replaceDevice } = useVaultApi();
  return async (
    keys: AccountKeys,
    userIdentifier: string,
    passphrase: string,
    recoveryPending = false,
  ) => {
    const next = await adoptAccount(device, keys, passphrase);
    await writeAccount(next, {
      accountId: keys.accountId,
      userIdentifier,
      ...(recoveryPending ? { recoveryPending } : {}),
    });
    replaceDevice(next);
  };
}

/** With a lock set, the passphrase is checked before signing in, so the lock can stay on. */
function useLockCheck() {
  const { device } = useVaultApi();
  return async (passphrase: string): Promise<Problem | null> =>
    !device.lock || (await checkPassphrase(device, passphrase))
      ? null
      : {
          text: 'That isn’t the passphrase of your lock on this device. Please try it again.',
          field: 'lock',
        };
}

function LocalNote({
  passphrase,
  setPassphrase,
}: {
  passphrase: string;
  setPassphrase: (v: string) => void;
}) {
  const { vault, lock } = useVaultApi();
  // What the person wrote; the safety check's answers are settings, not entries.
  const here = vault.all().filter((r) => !r.deleted && r.type !== 'safety-check').length;
  return (
    <>
      {here > 0 ? (
        <p>
          The {here} {here === 1 ? 'entry' : 'entries'} already on this device will be added to your
          account, not replaced.
        </p>
      ) : null}
      {lock ? (
        <Field
          label="Your lock passphrase on this device"
          name="lock"
          hint="Your journal stays locked with it after you sign in."
          type="password"
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
        />
      ) : null}
    </>
  );
}

function NameField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <Field
      label="Account name"
      name="name"
      value={value}
      onChange={onChange}
      autoComplete="username"
    />
  );
}

function SignInForm({ back, name0 }: { back: () => void; name0: string }) {
  const join = useJoin();
  const checkLock = useLockCheck();
  const [lockPw, setLockPw] = useState('');
  const [name, setName] = useState(name0);
  const [pw, setPw] = useState('');
  return (
    <div className="stack">
      <StepHeading>Sign in</StepHeading>
      <ActionForm
        submit="Sign in"
        busyLabel="Signing in…"
        action={async () => {
          const lockProblem = await checkLock(lockPw);
          if (lockProblem) return lockProblem;
          const r = await signIn(await accountDeps(), name.trim(), pw);
          if (!r.ok) return accountProblem(r.error);
          await join(r.value, name.trim(), lockPw);
          return null;
        }}
      >
        <LocalNote passphrase={lockPw} setPassphrase={setLockPw} />
        <NameField value={name} onChange={setName} />
        <Field
          label="Password"
          name="password"
          type="password"
          value={pw}
          onChange={setPw}
          autoComplete="current-password"
        />
      </ActionForm>
      <Button variant="quiet" onPress={back}>
        Back
      </Button>
    </div>
  );
}

function RecoverForm({ onDone, back }: { onDone: (key: string) => void; back: () => void }) {
  const join = useJoin();
  const checkLock = useLockCheck();
  const [lockPw, setLockPw] = useState('');
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [pw, setPw] = useState('');
  const [again, setAgain] = useState('');
  return (
    <div className="stack">
      <StepHeading>Recover your account</StepHeading>
      <p>
        Enter the recovery key you saved, and choose a new password. Other devices will be signed
        out, and you will get a new recovery key: the one you enter here then stops working.
      </p>
      <ActionForm
        submit="Recover and sign in"
        busyLabel="Recovering…"
        action={async () => {
          const problem = passwordProblem(pw, again) ?? (await checkLock(lockPw));
          if (problem) return problem;
          const r = await recoverAccount(await accountDeps(), name.trim(), key, pw);
          if (!r.ok) return accountProblem(r.error);
          // The used key stops working: the new one is shown once, and until it is confirmed
          // as saved the account screen offers to make another.
          await join(r.value, name.trim(), lockPw, true);
          onDone(r.value.recoveryKey);
          return null;
        }}
      >
        <LocalNote passphrase={lockPw} setPassphrase={setLockPw} />
        <NameField value={name} onChange={setName} />
        <Field
          label="Recovery key"
          name="key"
          hint="Groups of four letters and numbers. Dashes and spaces do not matter."
          value={key}
          onChange={setKey}
          autoComplete="off"
        />
        <NewPasswordFields
          label="New password"
          pw={pw}
          setPw={setPw}
          again={again}
          setAgain={setAgain}
        />
      </ActionForm>
      <Button variant="quiet" onPress={back}>
        Back
      </Button>
    </div>
  );
}
