/** The sync state in words: one quiet line on Home, a fuller section in Settings. */
import { Button, LinkButton } from '../../ui/index.ts';
import { describeSync } from './describeSync.ts';
import { useSync } from './sync.tsx';

/** Home: a single line, only when an account is set up. */
export function SyncStatusLine() {
  const { account, state } = useSync();
  if (!account || !state) return null;
  return (
    <p className="meta" role="status" data-testid="sync-status">
      {describeSync(state)}
    </p>
  );
}

/** Settings: what sync is doing, and the way to the account screen. */
export function AccountSettingsSection() {
  const { account, state, syncNow } = useSync();
  return (
    <section className="stack" aria-labelledby="account-h">
      <h2 id="account-h">Account and sync</h2>
      {account ? (
        <>
          <p>
            Signed in as <strong>{account.userIdentifier}</strong>. Your journal is encrypted on
            this device before it is sent, so the server only ever holds scrambled data.
          </p>
          {state ? (
            <p role="status" data-testid="sync-status-settings">
              {describeSync(state)}
            </p>
          ) : null}
          {state?.rejected ? (
            <p className="notice">
              {state.rejected} {state.rejected === 1 ? 'item' : 'items'} from the server failed
              their integrity check and were not used. Your own entries are untouched.
            </p>
          ) : null}
          <div className="row">
            <Button onPress={syncNow}>Sync now</Button>
            <LinkButton href="/account">Manage account</LinkButton>
          </div>
        </>
      ) : (
        <>
          <p>
            An account is optional. It keeps an encrypted copy of your journal so you can use it on
            another device or get it back if you lose this one.
          </p>
          <LinkButton href="/account">Set up sync</LinkButton>
        </>
      )}
    </section>
  );
}
