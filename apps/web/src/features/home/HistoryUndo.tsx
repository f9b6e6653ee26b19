/**
 * Delete with a moment to change one's mind: after a delete, a bar says what went and
 * offers Undo for UNDO_MS (longer while the person is on the button), which restores the
 * version that was deleted. Focus moves to Undo, so a keyboard or screen reader user can
 * take it at once; when the bar goes, focus returns to the list's heading.
 */
import { useEffect, useRef, useState } from 'react';
import { useVault } from '../../session/index.ts';
import { Button, moveFocus } from '../../ui/index.ts';
import { type HistoryRec, KIND_NAMES } from './historyData.ts';

export const UNDO_MS = 8000;

interface Deleted {
  rec: HistoryRec;
  noun: string;
}

export function useUndoableDelete(returnFocus: () => HTMLElement | null) {
  const vault = useVault();
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [message, setMessage] = useState('');
  const [held, setHeld] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!deleted || held) return;
    const t = setTimeout(() => {
      const hadFocus = document.activeElement === undoButton.current;
      setDeleted(null);
      setMessage('');
      if (hadFocus) moveFocus(returnFocus());
    }, UNDO_MS);
    return () => clearTimeout(t);
  }, [deleted, held, returnFocus]);

  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);

  const remove = async (rec: HistoryRec) => {
    const noun = KIND_NAMES[rec.type].noun;
    await vault.remove(rec.id);
    setHeld(false);
    setDeleted({ rec, noun });
    setMessage(`The ${noun} was deleted.`);
  };

  const undo = async () => {
    if (!deleted) return;
    const ok = await vault.restoreRemoved(deleted.rec);
    setDeleted(null);
    setMessage(
      ok
        ? `The ${deleted.noun} is back.`
        : 'It changed on another device meanwhile, so it stays as it is.',
    );
    moveFocus(returnFocus());
  };

  const bar = (
    <div className="history-undo" data-sticky={deleted ? 'bottom' : undefined}>
      <p role="status" className="history-undo-message">
        {message}
      </p>
      {deleted ? (
        <Button
          ref={undoButton}
          variant="primary"
          onPress={undo}
          onFocus={() => setHeld(true)}
          onBlur={() => setHeld(false)}
          onHoverStart={() => setHeld(true)}
          onHoverEnd={() => setHeld(false)}
        >
          Undo
        </Button>
      ) : null}
    </div>
  );
  return { remove, bar };
}
