/** F9 being present: the listening drill, the presence log and the mindful minute. */
import { useState } from 'react';
import { Switch } from 'react-aria-components';
import { useVault } from '../../session/index.ts';
import { Button, LinkButton, Page, Scale } from '../../ui/index.ts';
import { MindfulMinute } from './MindfulMinute.tsx';

function Toggle({
  label,
  value,
  onChange,
}: {
  label: string;
  value: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <Switch
      className="choice"
      isSelected={value}
      onChange={onChange}
      style={{ justifyContent: 'flex-start', gap: 10 }}
    >
      {({ isSelected }) => (
        <>
          <span aria-hidden="true">{isSelected ? '✓' : '○'}</span> {label}
        </>
      )}
    </Switch>
  );
}

function PresenceLog() {
  const vault = useVault();
  const [present, setPresent] = useState<number | undefined>();
  const [phoneAway, setPhoneAway] = useState(false);
  const [listened, setListened] = useState(false);
  const [reflected, setReflected] = useState(false);
  const [status, setStatus] = useState('');
  return (
    <section className="stack" aria-labelledby="presence-h">
      <h2 id="presence-h">After time together</h2>
      <Scale
        label="How present was I?"
        min={0}
        max={10}
        value={present}
        onChange={setPresent}
        lowLabel="0 · elsewhere"
        highLabel="10 · fully there"
      />
      <Toggle label="My phone was away" value={phoneAway} onChange={setPhoneAway} />
      <Toggle label="I listened without judging" value={listened} onChange={setListened} />
      <Toggle label="I reflected back what I heard" value={reflected} onChange={setReflected} />
      <Button
        block
        isDisabled={present === undefined}
        onPress={async () => {
          if (present === undefined) return;
          await vault.create('presence-log', {
            at: Date.now(),
            present,
            phoneAway,
            listenedWithoutJudging: listened,
            reflectedBack: reflected,
            note: '',
          });
          setPresent(undefined);
          setStatus('Saved. Noticing is how presence grows.');
        }}
      >
        Save
      </Button>
      <p className="meta" role="status">
        {status}
      </p>
    </section>
  );
}

export function PresentPage() {
  return (
    <Page title="Being present" lede="Attention is a way of saying: I'm here with you.">
      <section className="card stack" aria-labelledby="drill-h">
        <h2 id="drill-h">Listening drill for two</h2>
        <p style={{ margin: 0 }}>
          One of you talks, the other listens and reflects back. Then you switch. One phone is
          enough.
        </p>
        <LinkButton href="/present/drill">Start the drill</LinkButton>
      </section>
      <PresenceLog />
      <MindfulMinute />
    </Page>
  );
}
