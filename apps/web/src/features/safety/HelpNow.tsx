/**
 * "Need help right now?" with the emergency line and helplines, for screens that stand in
 * front of the journal (locked, open in another tab): those must never stand between a
 * person and help.
 */
import { useState } from 'react';
import { Button } from '../../ui/index.ts';
import { HelplineList } from './HelplineList.tsx';

export function HelpNow({ initiallyOpen = false }: { initiallyOpen?: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <>
      <Button variant="quiet" onPress={() => setOpen((o) => !o)} aria-expanded={open}>
        Need help right now?
      </Button>
      {open ? (
        <div className="stack">
          <p>
            <strong>In an emergency, call your local emergency number</strong> (911, 999, 112 or
            000).
          </p>
          <HelplineList />
        </div>
      ) : null}
    </>
  );
}
