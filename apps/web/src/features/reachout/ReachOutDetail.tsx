/** One reach-out: the pause timer (if any), the urge re-rated, then how it went. */
import type { ReachOutBody } from '@securebase/core';
import { useEffect, useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { cancelNotify } from '../../platform/index.ts';
import { useRecord, useVault } from '../../session/index.ts';
import { Button, formatDateTime, LinkButton, Page, Scale, TextArea } from '../../ui/index.ts';
import { ACTION_LABELS } from './ReachOutPage.tsx';

function PauseTimer({ endsAt, onDone }: { endsAt: number; onDone: () => void }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const left = Math.max(0, endsAt - now);
  const mm = Math.floor(left / 60_000);
  const ss = Math.floor((left % 60_000) / 1000);
  return (
    <div className="card stack" role="timer" aria-label="Pause time left">
      <p className="timer">
        {mm}:{String(ss).padStart(2, '0')}
      </p>
      <p className="meta">
        Let the urge rise and fall. You can leave this screen; the pause keeps running.
      </p>
      <Button onPress={onDone}>{left === 0 ? 'The pause is over' : "I'm ready now"}</Button>
    </div>
  );
}

export function ReachOutDetailPage() {
  const { id } = useParams<{ id: string }>();
  const vault = useVault();
  const rec = useRecord('reach-out', id);
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<ReachOutBody | undefined>(rec?.body);
  const [rerating, setRerating] = useState(false);
  if (!rec || !draft)
    return (
      <Page title="Entry not found" lede="It may have been deleted.">
        <LinkButton href="/reachout">Back</LinkButton>
      </Page>
    );
  const set = (patch: Partial<ReachOutBody>) => setDraft({ ...draft, ...patch });
  const save = async (body: ReachOutBody) => {
    await vault.update('reach-out', rec.id, body);
  };
  const pausing = draft.pauseEndsAt !== undefined && draft.urgeAfter === undefined && !rerating;
  return (
    <Page
      title={pausing ? 'Pausing' : 'How did it go?'}
      lede={`${ACTION_LABELS[draft.did]} · urge ${draft.urge}/10 · ${formatDateTime(draft.at)}`}
    >
      {pausing && draft.pauseEndsAt !== undefined ? (
        <PauseTimer
          endsAt={draft.pauseEndsAt}
          onDone={() => {
            cancelNotify(`pause-${rec.id}`);
            setRerating(true);
          }}
        />
      ) : null}
      {!pausing && draft.pauseEndsAt !== undefined ? (
        <Scale
          label="How strong is the urge now?"
          min={0}
          max={10}
          value={draft.urgeAfter}
          onChange={(urgeAfter) => {
            const next = { ...draft, urgeAfter };
            setDraft(next);
            void save(next);
          }}
          lowLabel="0 · barely"
          highLabel="10 · overwhelming"
        />
      ) : null}
      {!pausing ? (
        <>
          <p className="meta">Come back to this later, when you know more. It can wait.</p>
          <TextArea
            label="What did your partner say or do? (optional)"
            value={draft.partnerResponse}
            onChange={(partnerResponse) => set({ partnerResponse })}
            rows={3}
            maxLength={2000}
          />
          <Scale
            label="How settled did you feel an hour later? (optional)"
            min={0}
            max={10}
            value={draft.hourLater}
            onChange={(hourLater) => set({ hourLater })}
            lowLabel="0 · very unsettled"
            highLabel="10 · settled"
          />
          <div className="step-actions">
            <Button
              onPress={async () => {
                await save(draft);
                navigate('/reachout');
              }}
            >
              Save for later
            </Button>
            <Button
              variant="primary"
              onPress={async () => {
                await save({ ...draft, status: 'closed' });
                navigate('/reachout');
              }}
            >
              Done with this one
            </Button>
          </div>
        </>
      ) : null}
    </Page>
  );
}
