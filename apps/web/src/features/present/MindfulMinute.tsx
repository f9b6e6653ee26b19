/** A mindful minute: one minute of attention to breathing. The circle stays still under reduced motion (CSS). */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useVault } from '../../session/index.ts';
import { Button, moveFocus } from '../../ui/index.ts';

export function MindfulMinute() {
  const vault = useVault();
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [now, setNow] = useState(Date.now());
  const [done, setDone] = useState(false);
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The button pressed is replaced (Begin by the timer, Finish by Begin): focus goes to the
  // heading, and the whole minute, its button included, is scrolled clear of the navigation.
  const switchTo = (next: number | null) => {
    flushSync(() => setEndsAt(next));
    moveFocus(heading.current, section.current);
  };
  useEffect(() => {
    if (endsAt === null) return;
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, [endsAt]);
  const left = endsAt === null ? 60 : Math.max(0, Math.ceil((endsAt - now) / 1000));
  const finish = async () => {
    setDone(true);
    switchTo(null);
    await vault.create('mindful-minute', { at: Date.now() });
  };
  return (
    <section className="stack" aria-labelledby="mindful-h" ref={section}>
      <h2 id="mindful-h" tabIndex={-1} ref={heading}>
        A mindful minute
      </h2>
      {endsAt === null ? (
        <>
          <p style={{ margin: 0 }}>
            {done
              ? 'That was your minute. Welcome back.'
              : 'Sit comfortably, let your breath be as it is, and notice it for one minute.'}
          </p>
          <Button
            block
            onPress={() => {
              setDone(false);
              setNow(Date.now());
              switchTo(Date.now() + 60_000);
            }}
          >
            Begin a minute
          </Button>
        </>
      ) : (
        <div className="stack" role="timer" aria-label="Seconds left">
          <div className="breath" aria-hidden="true">
            <div className="breath-circle" />
          </div>
          <p className="timer">{left}</p>
          <Button block onPress={finish}>
            {left === 0 ? 'Done' : 'Finish early'}
          </Button>
        </div>
      )}
    </section>
  );
}
