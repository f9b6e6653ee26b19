/** Settings for the passphrase lock: set, change or remove it, auto-lock time, lock now. */
import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useVaultApi } from '../../session/index.ts';
import { Button, TextField } from '../../ui/index.ts';

const IDLE_CHOICES = [1, 5, 15, 60] as const;
const MIN_LENGTH = 8;

function PassphraseFields({
  onSubmit,
  submitLabel,
}: {
  onSubmit: (phrase: string) => Promise<void>;
  submitLabel: string;
}) {
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [busy, setBusy] = useState(false);
  const problem =
    a.length > 0 && a.length < MIN_LENGTH
      ? `Use at least ${MIN_LENGTH} characters. A few unrelated words work well.`
      : b.length > 0 && a !== b
        ? 'The two passphrases are not the same yet.'
        : '';
  return (
    <form
      className="stack"
      onSubmit={async (e) => {
        e.preventDefault();
        if (problem || a.length < MIN_LENGTH || a !== b) return;
        setBusy(true);
        try {
          await onSubmit(a);
          setA('');
          setB('');
        } finally {
          setBusy(false);
        }
      }}
    >
      <TextField
        label="New passphrase"
        type="password"
        autoComplete="new-password"
        value={a}
        onChange={setA}
        maxLength={1000}
      />
      <TextField
        label="The same passphrase again"
        type="password"
        autoComplete="new-password"
        value={b}
        onChange={setB}
        maxLength={1000}
      />
      <p className="meta" aria-live="polite">
        {problem}
      </p>
      <Button
        type="submit"
        variant="primary"
        isDisabled={busy || !!problem || a.length < MIN_LENGTH || a !== b}
      >
        {busy ? 'Saving…' : submitLabel}
      </Button>
    </form>
  );
}

export function LockSettings() {
  const api = useVaultApi();
  const [status, setStatus] = useState('');
  const [changing, setChanging] = useState(false);
  const idle = api.lock?.idleMinutes ?? 5;
  return (
    <section className="stack" aria-labelledby="lock-h">
      <h2 id="lock-h">Lock</h2>
      {api.lock ? (
        <>
          <p>
            Your journal is locked with a passphrase. After {idle}{' '}
            {idle === 1 ? 'minute' : 'minutes'} without use, it locks itself.
          </p>
          <Button variant="primary" onPress={api.lockNow}>
            Lock now
          </Button>
          <RadioGroup
            className="field"
            value={String(idle)}
            onChange={async (v) =>
              api.lock && (await api.saveLockSettings({ idleMinutes: Number(v) }))
            }
            orientation="horizontal"
          >
            <Label className="label">Lock after this long without use</Label>
            <div className="scale" style={{ gridTemplateColumns: 'repeat(4, 1fr)' }}>
              {IDLE_CHOICES.map((m) => (
                <Radio key={m} value={String(m)} className="choice">
                  {m < 60 ? `${m} min` : '1 hour'}
                </Radio>
              ))}
            </div>
          </RadioGroup>
          {changing ? (
            <PassphraseFields
              submitLabel="Save new passphrase"
              onSubmit={async (p) => {
                await api.setPassphrase(p, { idleMinutes: idle });
                setChanging(false);
                setStatus('Your new passphrase is set.');
              }}
            />
          ) : (
            <Button onPress={() => setChanging(true)}>Change passphrase</Button>
          )}
          <Button
            variant="quiet"
            onPress={async () => {
              await api.removePassphrase();
              setStatus(
                'The lock is off. This browser’s own key keeps your journal encrypted on this device.',
              );
            }}
          >
            Remove the lock
          </Button>
        </>
      ) : (
        <>
          <p>
            Add a passphrase so that nobody who picks up this device can read your journal. If you
            forget it, your entries can’t be opened, not even by us, so keep an export somewhere
            safe.
          </p>
          <PassphraseFields
            submitLabel="Lock with this passphrase"
            onSubmit={async (p) => {
              await api.setPassphrase(p, { idleMinutes: 5 });
              setStatus(
                'Your journal is now locked with your passphrase. It locks itself after 5 minutes without use.',
              );
            }}
          />
        </>
      )}
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
