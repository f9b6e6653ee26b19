/**
 * The listening drill for two on one device: pick a topic, A talks for a timed turn while
 * B listens and reflects back with prompts, then they switch; both rate how heard they felt.
 */
import { DRILL_TOPICS, DRILL_TURN_SECONDS, REFLECT_PROMPTS } from '@securebase/core';
import { useEffect, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useLocation } from 'wouter';
import { useVault } from '../../session/index.ts';
import { Button, Page, Scale } from '../../ui/index.ts';

type Stage = 'setup' | 'turnA' | 'turnB' | 'rate';

function Turn({
  speaker,
  seconds,
  onNext,
}: {
  speaker: string;
  seconds: number;
  onNext: () => void;
}) {
  const [start] = useState(Date.now());
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, []);
  const left = Math.max(0, seconds - Math.floor((now - start) / 1000));
  return (
    <div className="stack">
      <p className="lede">
        {speaker} talks; the other listens without interrupting, then reflects back.
      </p>
      <p className="timer" role="timer" aria-label="Seconds left in this turn">
        {Math.floor(left / 60)}:{String(left % 60).padStart(2, '0')}
      </p>
      <div className="card">
        <p style={{ marginTop: 0 }}>For the listener, when the time is up:</p>
        <ul>
          {REFLECT_PROMPTS.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
      <Button variant="primary" block onPress={onNext}>
        {speaker === 'Partner A' ? 'Switch turns' : 'Both turns done'}
      </Button>
    </div>
  );
}

export function DrillPage() {
  const vault = useVault();
  const [, navigate] = useLocation();
  const [stage, setStage] = useState<Stage>('setup');
  const [topic, setTopic] = useState<string>(DRILL_TOPICS[0]);
  const [seconds, setSeconds] = useState<number>(120);
  const [heardA, setHeardA] = useState<number | undefined>();
  const [heardB, setHeardB] = useState<number | undefined>();

  return (
    <Page
      title="Listening drill"
      lede={stage === 'setup' ? 'Choose a topic and how long each turn is.' : topic}
    >
      {stage === 'setup' ? (
        <>
          <RadioGroup className="field" value={topic} onChange={setTopic}>
            <Label className="label">Topic</Label>
            <div className="stack" style={{ gap: 8 }}>
              {DRILL_TOPICS.map((t) => (
                <Radio
                  key={t}
                  value={t}
                  className="choice"
                  style={{ justifyContent: 'flex-start', padding: '10px 16px' }}
                >
                  {t}
                </Radio>
              ))}
            </div>
          </RadioGroup>
          <RadioGroup
            className="field"
            value={String(seconds)}
            onChange={(v) => setSeconds(Number(v))}
            orientation="horizontal"
          >
            <Label className="label">Each turn</Label>
            <div className="chips">
              {DRILL_TURN_SECONDS.map((s) => (
                <Radio key={s} value={String(s)} className="choice">
                  {s / 60} min
                </Radio>
              ))}
            </div>
          </RadioGroup>
          <Button variant="primary" big block onPress={() => setStage('turnA')}>
            Partner A starts
          </Button>
        </>
      ) : null}
      {stage === 'turnA' ? (
        <Turn key="a" speaker="Partner A" seconds={seconds} onNext={() => setStage('turnB')} />
      ) : null}
      {stage === 'turnB' ? (
        <Turn key="b" speaker="Partner B" seconds={seconds} onNext={() => setStage('rate')} />
      ) : null}
      {stage === 'rate' ? (
        <>
          <Scale
            label="Partner A: how heard did you feel?"
            min={0}
            max={10}
            value={heardA}
            onChange={setHeardA}
            lowLabel="0 · not at all"
            highLabel="10 · completely"
          />
          <Scale
            label="Partner B: how heard did you feel?"
            min={0}
            max={10}
            value={heardB}
            onChange={setHeardB}
            lowLabel="0 · not at all"
            highLabel="10 · completely"
          />
          <Button
            variant="primary"
            block
            onPress={async () => {
              await vault.create('listening-drill', {
                at: Date.now(),
                topic,
                turnSeconds: seconds,
                ...(heardA === undefined ? {} : { heardA }),
                ...(heardB === undefined ? {} : { heardB }),
              });
              navigate('/present');
            }}
          >
            Save
          </Button>
        </>
      ) : null}
    </Page>
  );
}
