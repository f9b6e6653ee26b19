/**
 * Drafts in the journal: one per form and entry, encrypted like every record. Framework-
 * free; `useDraft` (useDraft.ts) is the hook forms use.
 */
import { type DraftBody, type DraftForm, draftKey, type Journal, type Rec } from '@securebase/core';

export type DraftOf<F extends DraftForm> = Extract<DraftBody, { form: F }>;
export interface DraftTarget<F extends DraftForm> {
  form: F;
  /** The entry being edited; absent for a new one. */
  of?: string | undefined;
}

const isFor =
  <F extends DraftForm>(target: DraftTarget<F>) =>
  (r: Rec<'draft'>): r is Rec<'draft'> & { body: DraftOf<F> } =>
    draftKey(r.body) === draftKey(target);

/** Every record holding a draft for the target, the latest change first (two devices may each keep one). */
function draftsFor<F extends DraftForm>(journal: Journal, target: DraftTarget<F>) {
  return journal
    .list('draft')
    .filter(isFor(target))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

export function findDraft<F extends DraftForm>(
  journal: Journal,
  target: DraftTarget<F>,
): DraftOf<F> | undefined {
  return draftsFor(journal, target)[0]?.body;
}

export async function keepDraft(journal: Journal, draft: DraftBody): Promise<void> {
  const [current] = draftsFor(journal, draft);
  if (current) await journal.update('draft', current.id, draft);
  else await journal.create('draft', draft);
}

export async function discardDraft<F extends DraftForm>(
  journal: Journal,
  target: DraftTarget<F>,
): Promise<void> {
  for (const r of draftsFor(journal, target)) await journal.remove(r.id);
}
