/**
 * The spiral flow (F2). Every change is saved shortly after it is made (the rules and the
 * saving are in flow.ts), so a half-done spiral survives a reload or a closed tab as a
 * draft. Every step can be skipped. The person's own story stays visible on every step
 * after they wrote it.
 */
import { SPIRAL_STEPS, type SpiralBody, type SpiralStep } from '@securebase/core';
import { useCallback, useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { useRecord } from '../../session/index.ts';
import { Button, LinkButton, Page } from '../../ui/index.ts';
import { Explanations } from './steps/Explanations.tsx';
import { Facts } from './steps/Facts.tsx';
import { FeelingsPicker } from './steps/Feelings.tsx';
import { Ground } from './steps/Ground.tsx';
import { Need } from './steps/Need.tsx';
import { Next } from './steps/Next.tsx';
import { Rerate } from './steps/Rerate.tsx';
import { Size } from './steps/Size.tsx';
import { Story } from './steps/Story.tsx';
import { useSpiralFlow } from './useSpiralFlow.ts';

const TITLES: Record<SpiralStep, string> = {
  ground: 'First, breathe',
  facts: 'What happened',
  feelings: 'What I feel',
  story: 'The story in my head',
  size: 'Size of the event, size of the feeling',
  explanations: 'Other explanations',
  need: 'What I need',
  next: 'My next step',
  rerate: 'How I feel now',
};

export function SpiralFlowPage() {
  const { id } = useParams<{ id: string }>();
  const rec = useRecord('spiral', id);
  if (!rec || rec.body.status === 'done')
    return (
      <Page title={rec ? 'This spiral is finished' : 'Spiral not found'}>
        {rec ? (
          <LinkButton href={`/spirals/${rec.id}`}>See what you wrote</LinkButton>
        ) : (
          <LinkButton href="/">Home</LinkButton>
        )}
      </Page>
    );
  return <Flow id={rec.id} initial={rec.body} />;
}

function Flow({ id, initial }: { id: string; initial: SpiralBody }) {
  const [, navigate] = useLocation();
  const [body, session] = useSpiralFlow(id, initial);
  const [calmer, setCalmer] = useState(false);
  const index = SPIRAL_STEPS.indexOf(body.step);
  const go = useCallback(
    async (to: number) => {
      await session.go(to);
      window.scrollTo({ top: 0 });
    },
    [session],
  );
  const finish = async () => {
    await session.finish(calmer, Date.now());
    navigate(`/spirals/${id}`);
  };
  const pauseEnded = useCallback(() => {
    if (session.body.step === 'next') void go(SPIRAL_STEPS.indexOf('rerate'));
  }, [go, session]);
  const set = session.set;

  const last = index === SPIRAL_STEPS.length - 1;
  const showStory = index > SPIRAL_STEPS.indexOf('story') && body.story.trim() !== '';
  return (
    <Page title={TITLES[body.step]}>
      <div>
        <p className="meta" style={{ margin: 0 }}>
          Step {index + 1} of {SPIRAL_STEPS.length}
        </p>
        <div className="progress" aria-hidden="true">
          <div style={{ width: `${((index + 1) / SPIRAL_STEPS.length) * 100}%` }} />
        </div>
      </div>
      {showStory ? (
        <figure style={{ margin: 0 }}>
          <figcaption className="quote-label">Your story</figcaption>
          <blockquote className="quote" style={{ margin: 0 }}>
            {body.story}
          </blockquote>
        </figure>
      ) : null}
      <StepBody
        step={body.step}
        body={body}
        set={set}
        calmer={calmer}
        setCalmer={setCalmer}
        onPauseEnded={pauseEnded}
      />
      <p className="meta">Saved as you go. You can close this and come back later.</p>
      <div className="step-actions sticky" data-sticky="bottom">
        {index > 0 ? <Button onPress={() => go(index - 1)}>Back</Button> : null}
        {last ? (
          <Button variant="primary" onPress={finish}>
            Finish
          </Button>
        ) : (
          <>
            <Button variant="quiet" onPress={() => go(index + 1)}>
              Skip
            </Button>
            <Button variant="primary" onPress={() => go(index + 1)}>
              {body.step === 'ground' ? "I'm a bit steadier" : 'Next'}
            </Button>
          </>
        )}
      </div>
    </Page>
  );
}

function StepBody({
  step,
  body,
  set,
  calmer,
  setCalmer,
  onPauseEnded,
}: {
  step: SpiralStep;
  body: SpiralBody;
  set: (p: Partial<SpiralBody>) => void;
  calmer: boolean;
  setCalmer: (v: boolean) => void;
  onPauseEnded: () => void;
}) {
  switch (step) {
    case 'ground':
      return <Ground />;
    case 'facts':
      return <Facts body={body} set={set} />;
    case 'feelings':
      return (
        <FeelingsPicker
          label="Which feelings are here?"
          value={body.feelings}
          onChange={(feelings) => set({ feelings })}
        />
      );
    case 'story':
      return <Story body={body} set={set} />;
    case 'size':
      return <Size body={body} set={set} />;
    case 'explanations':
      return <Explanations body={body} set={set} />;
    case 'need':
      return <Need body={body} set={set} />;
    case 'next':
      return <Next body={body} set={set} onPauseEnded={onPauseEnded} />;
    case 'rerate':
      return <Rerate body={body} set={set} calmer={calmer} setCalmer={setCalmer} />;
  }
}
