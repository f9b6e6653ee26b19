/** Home: the two things a person may need in a hard moment, one tap each. */
import { selfCheckDue } from '@securebase/core/insights';
import { useState } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { useRecords, useVault } from '../../session/index.ts';
import { Button, formatDateTime, LinkButton, Page } from '../../ui/index.ts';
import { SyncStatusLine } from '../account/index.ts';
import { CheckinList } from '../checkin/index.ts';
import { localCalendar } from '../insights/index.ts';
import { startSpiral } from '../spiral/index.ts';

export function HomePage() {
  const vault = useVault();
  const [, navigate] = useLocation();
  const search = useSearch();
  const safetyChecks = useRecords('safety-check');
  const drafts = useRecords('spiral').filter((s) => s.body.status === 'draft');
  const [starting, setStarting] = useState(false);
  const selfChecks = useRecords('self-check');
  const checkins = useRecords('checkin');
  const now = Date.now();
  const due = selfCheckDue(selfChecks, now, localCalendar);
  // A gentle monthly reminder: never in the first week, never more than one card.
  const usedAWeek = checkins.some((c) => now - c.body.at > 7 * 86_400_000);
  const showSelfCheck = due.due && (due.daysSince !== null || usedAWeek);

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
      <LinkButton href="/reachout" block>
        I want to reach out to them
      </LinkButton>
      <LinkButton href="/compose" block>
        Write a message
      </LinkButton>
      {latestDraft ? (
        <div className="card stack" style={{ gap: 8 }}>
          <p style={{ margin: 0 }}>
            You started working through something on {formatDateTime(latestDraft.body.startedAt)}.
          </p>
          <LinkButton href={`/spiral/${latestDraft.id}`}>Continue where you left off</LinkButton>
        </div>
      ) : null}
      {showSelfCheck ? (
        <div className="card stack" style={{ gap: 8 }}>
          <p style={{ margin: 0 }}>
            {due.daysSince === null
              ? 'When you have a quiet moment: a short self-check shows how things shift from month to month.'
              : 'It has been about a month since your last self-check. Take it again whenever it suits you.'}
          </p>
          <LinkButton href="/selfcheck">Open the self-check</LinkButton>
        </div>
      ) : null}
      <h2>Recent check-ins</h2>
      <CheckinList limit={3} />
      <SyncStatusLine />
    </Page>
  );
}
