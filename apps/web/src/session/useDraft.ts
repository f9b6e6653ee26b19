/**
 * A form's draft: what was being typed when the form last closed (`restored`), a `keep` to
 * call on every change, and `discard` for when the entry is saved or the person starts
 * afresh. Kept in the encrypted journal, never in localStorage.
 */
import type { DraftForm } from '@securebase/core';
import { useCallback, useState } from 'react';
import { type DraftOf, type DraftTarget, discardDraft, findDraft, keepDraft } from './drafts.ts';
import { useAutosave } from './useAutosave.ts';
import { useVault } from './vault.tsx';

const DRAFT_DELAY_MS = 400;

export interface Draft<F extends DraftForm> {
  /** The draft found when the form opened, if any. */
  restored: DraftOf<F> | undefined;
  keep(draft: DraftOf<F>): void;
  /** The latest change is stored (false while one is waiting or none was made). */
  kept: boolean;
  /** Forgets the draft (waiting and stored); resolves once it is removed. */
  discard(): Promise<void>;
}

export function useDraft<F extends DraftForm>(target: DraftTarget<F>): Draft<F> {
  const journal = useVault();
  const [restored] = useState(() => findDraft(journal, target));
  const [kept, setKept] = useState(false);
  const saver = useAutosave<DraftOf<F>>(async (d) => {
    await keepDraft(journal, d);
    setKept(!saver.waiting);
  }, DRAFT_DELAY_MS);
  const keep = useCallback(
    (d: DraftOf<F>) => {
      setKept(false);
      saver.change(d);
    },
    [saver],
  );
  const { form, of } = target;
  const discard = useCallback(async () => {
    saver.cancel();
    // A save already under way finishes first, so the removal is the last word.
    await saver.flush();
    await discardDraft(journal, { form, of });
    setKept(false);
  }, [saver, journal, form, of]);
  return { restored, keep, kept, discard };
}
