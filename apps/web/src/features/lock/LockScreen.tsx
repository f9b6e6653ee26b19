/**
 * The lock screen: the journal stays encrypted until the passphrase opens it. Helplines are
 * reachable here too, without unlocking, because a locked app must never stand between a
 * person and help.
 */
import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import { Button, Confirm, Page } from '../../ui/index.ts';
import { HelpNow } from '../safety/index.ts';

export function LockScreen({
  onUnlock,
  onErase,
}: {
  onUnlock: (phrase: string) => Promise<boolean>;
  onErase: () => Promise<void>;
}) {
  const [phrase, setPhrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);
  const id = useId();
  const [path] = useLocation();
  return (
    <Page title="Your journal is locked" lede="Enter your passphrase to open it.">
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!phrase || busy) return;
          setBusy(true);
          setWrong(false);
          const ok = await onUnlock(phrase);
          setBusy(false);
          if (!ok) setWrong(true);
        }}
      >
        <div className="field">
          <label htmlFor={id}>Passphrase</label>
          <input
            id={id}
            type="password"
            autoComplete="current-password"
            value={phrase}
            aria-invalid={wrong}
            aria-describedby={wrong ? `${id}-err` : undefined}
            onChange={(e) => setPhrase(e.target.value)}
          />
          {wrong ? (
            <p id={`${id}-err`} role="alert" className="notice" style={{ margin: 0 }}>
              That passphrase didn’t open your journal. Check for caps lock or a different keyboard,
              and try again.
            </p>
          ) : null}
        </div>
        <Button type="submit" variant="primary" block big isDisabled={busy || !phrase}>
          {busy ? 'Opening…' : 'Unlock'}
        </Button>
      </form>
      {/* The header's Help link leads here while locked: the helplines are shown at once. */}
      <HelpNow key={path === '/help' ? 'help' : 'lock'} initiallyOpen={path === '/help'} />
      <details className="card">
        <summary>Forgot your passphrase?</summary>
        <div className="stack" style={{ marginTop: 12 }}>
          <p>
            Your journal is encrypted with your passphrase, and nobody else has it, not even Secure
            Base. Without it, the entries on this device can’t be opened. If you have an export file
            or a sync account, you can start again and bring your entries back from there.
          </p>
          <Confirm
            trigger="Erase this device and start again"
            title="Erase everything on this device?"
            confirmLabel="Yes, erase it"
            onConfirm={onErase}
          >
            <p>Every entry on this device will be deleted. This cannot be undone.</p>
          </Confirm>
        </div>
      </details>
    </Page>
  );
}
