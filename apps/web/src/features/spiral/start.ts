import { emptySpiral, type Journal, type SpiralBody } from '@securebase/core';

/** A draft left at once, before anything was written or chosen in it. */
export function untouched(b: SpiralBody): boolean {
  const written = [b.facts, b.story, b.elsewhere, b.askDraft].some((t) => t.trim() !== '');
  const chosen = [b.feelings, b.explanations, b.needs, b.feelingsAfter].some((l) => l.length > 0);
  return b.status === 'draft' && !written && !chosen;
}

/**
 * Starts a spiral as a saved draft right away, so nothing typed afterwards can be lost. A
 * draft that was opened and left untouched is used again (from now), so tapping the button
 * a few times does not fill History with empty entries.
 */
export async function startSpiral(vault: Journal): Promise<string> {
  const blank = vault.list('spiral').find((r) => untouched(r.body));
  if (blank) {
    await vault.update('spiral', blank.id, emptySpiral(Date.now()));
    return blank.id;
  }
  const rec = await vault.create('spiral', emptySpiral(Date.now()));
  return rec.id;
}
