/** Paced breathing: in for 4, out for 6. Under reduced motion the circle stays still and the words lead. */
import { useEffect, useState } from 'react';

export function Ground() {
  const [phase, setPhase] = useState<'in' | 'out'>('in');
  useEffect(() => {
    let t: ReturnType<typeof setTimeout>;
    const cycle = (p: 'in' | 'out') => {
      setPhase(p);
      t = setTimeout(() => cycle(p === 'in' ? 'out' : 'in'), p === 'in' ? 4000 : 6000);
    };
    cycle('in');
    return () => clearTimeout(t);
  }, []);
  return (
    <div className="stack">
      <p>
        Before anything else, let your body settle. Breathe in slowly for four, and out for six. A
        few rounds is enough.
      </p>
      <div className="breath" aria-hidden="true">
        <div className="breath-circle" />
      </div>
      <p className="big-number" style={{ textAlign: 'center' }} aria-live="off">
        {phase === 'in' ? 'Breathe in… 2… 3… 4' : 'And out… 2… 3… 4… 5… 6'}
      </p>
      <p className="meta">
        Feet on the floor. Notice three things you can see. You are here, right now, and this
        feeling will pass.
      </p>
    </div>
  );
}
