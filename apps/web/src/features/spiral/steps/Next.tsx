/** Choose what to do next: ask (a draft to send yourself), pause (a timer), soothe, or let go. */
import { NEXT_STEPS, type SpiralBody } from '@securebase/core';
import { useEffect, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useParams } from 'wouter';
import { cancelNotify, copyText, notifyAt } from '../../../platform/index.ts';
import { NotifyToggle } from '../../../session/index.ts';
import { Button, LinkButton, TextArea } from '../../../ui/index.ts';
import type { StepProps } from './types.ts';

const LABELS: Record<SpiralBody['next'] & string, string> = {
  ask: 'Ask what they meant',
  pause: 'Pause before doing anything',
  soothe: 'Soothe myself first',
  'let-go': 'Let it go for now',
};

export function Next({ body, set, onPauseEnded }: StepProps & { onPauseEnded: () => void }) {
  return (
    <div className="stack">
      <RadioGroup
        className="field"
        value={body.next ?? null}
        onChange={(v) => set({ next: v as SpiralBody['next'] })}
      >
        <Label className="label">What would help most now?</Label>
        <div className="stack" style={{ gap: 8 }}>
          {NEXT_STEPS.map((n) => (
            <Radio
              key={n}
              value={n}
              className="choice"
              style={{ justifyContent: 'flex-start', padding: '10px 16px' }}
            >
              {LABELS[n]}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {body.next === 'ask' ? <Ask body={body} set={set} /> : null}
      {body.next === 'pause' ? <Pause body={body} set={set} onEnded={onPauseEnded} /> : null}
      {body.next === 'soothe' ? (
        <ul>
          <li>Put a hand on your chest and breathe out slowly.</li>
          <li>Wrap up warm, drink something hot, or step outside for a few minutes.</li>
          <li>Say to yourself what you'd say to a friend feeling this.</li>
          <li>Put on a song or a show that feels safe and familiar.</li>
        </ul>
      ) : null}
      {body.next === 'let-go' ? (
        <p>
          Letting it go for tonight is a choice, not giving up. If it still matters tomorrow, you
          can come back to it calmer.
        </p>
      ) : null}
    </div>
  );
}

function Ask({ body, set }: StepProps) {
  const [copied, setCopied] = useState(false);
  const { id } = useParams<{ id: string }>();
  return (
    <div className="stack">
      <TextArea
        label="Your message, in your own words"
        hint="Ask rather than assume. Secure Base never sends anything: copy it when it feels right."
        value={body.askDraft}
        onChange={(askDraft) => set({ askDraft })}
        placeholder="Hey, I noticed … and I felt … Did you mean …?"
      />
      <Button
        isDisabled={!body.askDraft.trim()}
        onPress={async () => setCopied(await copyText(body.askDraft))}
      >
        {copied ? 'Copied' : 'Copy message'}
      </Button>
      {body.askDraft.trim() ? (
        <LinkButton href={`/compose?spiral=${id}`}>Look at it with the message coach</LinkButton>
      ) : null}
    </div>
  );
}

/** One spiral pause at a time: a fixed tag replaces any earlier one. */
const PAUSE_TAG = 'spiral-pause';

function Pause({ body, set, onEnded }: StepProps & { onEnded: () => void }) {
  const [now, setNow] = useState(Date.now());
  const ends = body.pauseEndsAt;
  useEffect(() => {
    if (!ends) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [ends]);
  const left = ends ? Math.max(0, ends - now) : 0;
  useEffect(() => {
    if (ends && left === 0) onEnded();
  }, [ends, left, onEnded]);
  if (!ends)
    return (
      <div className="stack">
        <p>Give the urge some time to pass. Choose a pause:</p>
        <NotifyToggle />
        <div className="row">
          {([10, 15, 20] as const).map((m) => (
            <Button
              key={m}
              onPress={() => {
                const pauseEndsAt = Date.now() + m * 60_000;
                set({ pauseMinutes: m, pauseEndsAt });
                notifyAt(
                  pauseEndsAt,
                  PAUSE_TAG,
                  'Your pause is over',
                  'When you’re ready, notice how your feelings are now.',
                );
              }}
            >
              {m} minutes
            </Button>
          ))}
        </div>
      </div>
    );
  const mm = Math.floor(left / 60_000);
  const ss = Math.floor((left % 60_000) / 1000);
  return (
    <div className="stack" role="timer" aria-label="Pause time left">
      <p className="timer">
        {mm}:{String(ss).padStart(2, '0')}
      </p>
      <p className="meta">
        You can leave this screen; the pause keeps running. When it ends, you'll check in with your
        feelings again.
      </p>
      <Button
        onPress={() => {
          cancelNotify(PAUSE_TAG);
          onEnded();
        }}
      >
        I'm ready now
      </Button>
    </div>
  );
}
