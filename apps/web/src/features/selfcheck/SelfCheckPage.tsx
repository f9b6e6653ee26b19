/**
 * F10 monthly self-check: our own short items on two dimensions, 7-point agreement.
 * Scoring and the trajectory come from core (insights/selfcheck.ts). Not a diagnosis.
 */
import { AGREEMENT_SCALE, SELF_CHECK_ITEMS, type SelfCheckBody } from '@securebase/core';
import {
  scoreSelfCheck,
  selfCheckDue,
  selfCheckTrajectory,
  trajectorySentence,
} from '@securebase/core/insights';
import { useMemo, useState } from 'react';
import { useRecords, useVault } from '../../session/index.ts';
import { Button, Page, Scale } from '../../ui/index.ts';
import { localCalendar } from '../insights/index.ts';
import { TrajectoryPlane } from './TrajectoryPlane.tsx';

function lastCheck(due: { due: boolean; daysSince: number | null }): string {
  if (due.daysSince === null) return '';
  if (due.due) return ' A month has passed: a new check is here whenever you want it.';
  if (due.daysSince === 0) return ' Your last check was today.';
  return ` Your last check was ${due.daysSince} day${due.daysSince === 1 ? '' : 's'} ago.`;
}

export function SelfCheckPage() {
  const vault = useVault();
  const checks = useRecords('self-check');
  const trajectory = useMemo(() => selfCheckTrajectory(checks), [checks]);
  const due = selfCheckDue(checks, Date.now(), localCalendar);
  const [answers, setAnswers] = useState<SelfCheckBody['answers']>({});
  const [saved, setSaved] = useState<ReturnType<typeof scoreSelfCheck> | null>(null);
  const answered = Object.keys(answers).length;

  return (
    <Page
      title="Monthly self-check"
      lede="Twelve short statements about how you relate to closeness. These are our own items, not a published test and not a diagnosis: just a mirror for you, once a month."
    >
      <TrajectoryPlane points={trajectory} />
      <p className="card">
        {trajectorySentence(trajectory)}
        {lastCheck(due)}
      </p>
      {saved ? (
        <p className="card" role="status">
          Saved. Worry about the relationship: {saved.anxiety?.toFixed(1) ?? '–'}; discomfort with
          closeness: {saved.avoidance?.toFixed(1) ?? '–'} (1 = low, 7 = high).
        </p>
      ) : (
        <>
          {SELF_CHECK_ITEMS.map((item) => (
            <Scale
              key={item.id}
              label={item.text}
              min={1}
              max={7}
              value={answers[item.id]}
              onChange={(v) => setAnswers({ ...answers, [item.id]: v })}
              lowLabel={`1 · ${AGREEMENT_SCALE[0]}`}
              highLabel={`7 · ${AGREEMENT_SCALE[6]}`}
              valueLabel={(v) => String(v)}
            />
          ))}
          <Button
            variant="primary"
            big
            block
            isDisabled={answered === 0}
            onPress={async () => {
              const body = { at: Date.now(), answers };
              await vault.create('self-check', body);
              setSaved(scoreSelfCheck(body));
            }}
          >
            Save ({answered} of {SELF_CHECK_ITEMS.length} answered)
          </Button>
          <p className="meta">You can skip any statement.</p>
        </>
      )}
    </Page>
  );
}
