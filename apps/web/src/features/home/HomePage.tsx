/** Home: the two things a person may need in a hard moment, one tap each. */
import { useState } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { useRecords, useVault } from '../../app/vault.tsx';
import { Button, formatDateTime, LinkButton, Page } from '../../ui/index.ts';
import { SyncStatusLine } from '../account/index.ts';
import { CheckinList } from '../checkin/index.ts';
import { startSpiral } from '../spiral/index.ts';

export function HomePage() {
  const vault = useVault();
  const [, navigate] = useLocation();
  const search = useSearch();
  const safetyChecks = useRecords('safety-check');
  const drafts = useRecords('spiral').filter((s) => s.body.status === 'draft');
  const [starting, setStarting] = useState(false);

  if (safetyChecks.length === 0) return <Redirect to="/safety-check" />;
  const latestDraft = drafts[0];
  return (
    <Page title="How are you, right now?">
      {search.includes('saved=checkin') ? (
        <p className="card" role="status">
          Check-in saved. Thank you for pausing to notice.
        </p>
      ) : null}
      <Button
        variant="primary"
        big
        block
        isDisabled={starting}
        onPress={async () => {
          setStarting(true);
          navigate(`/spiral/${await startSpiral(vault)}`);
        }}
      >
        I'm feeling insecure
      </Button>
      <LinkButton href="/checkin" big block>
        Check in
      </LinkButton>
      {latestDraft ? (
        <div className="card stack" style={{ gap: 8 }}>
          <p style={{ margin: 0 }}>
            You started working through something on {formatDateTime(latestDraft.body.startedAt)}.
          </p>
          <LinkButton href={`/spiral/${latestDraft.id}`}>Continue where you left off</LinkButton>
        </div>
      ) : null}
      <h2>Recent check-ins</h2>
      <CheckinList limit={3} />
      <SyncStatusLine />
    </Page>
  );
}
