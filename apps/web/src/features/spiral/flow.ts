/**
 * The spiral flow's rules, without React: moving between steps (leaving the breathing step
 * forwards marks it breathed; the re-rating starts from the feelings named earlier),
 * finishing, and saving every change shortly after it is made and at once on a step change,
 * so a half-done spiral survives a reload or a closed tab. `useSpiralFlow` is the hook.
 */
import { SPIRAL_STEPS, type SpiralBody } from '@securebase/core';
import type { Timers } from '../../platform/index.ts';
// The autosave module itself, not the session's index (which brings React along).
import { autosave } from '../../session/autosave.ts';

export const SAVE_DELAY_MS = 400;

/** The body after moving to step number `to` (clamped to the steps there are). */
export function moveTo(body: SpiralBody, to: number): SpiralBody {
  const from = SPIRAL_STEPS.indexOf(body.step);
  const step = SPIRAL_STEPS[Math.max(0, Math.min(SPIRAL_STEPS.length - 1, to))] ?? 'ground';
  const next: SpiralBody = { ...body, step };
  if (step === 'rerate' && body.feelingsAfter.length === 0) next.feelingsAfter = body.feelings;
  if (body.step === 'ground' && to > from) next.breathed = true;
  return next;
}

/** The finished spiral; `calmer` records that the person felt calmer at the end. */
export function finished(body: SpiralBody, calmer: boolean, now: number): SpiralBody {
  return { ...body, status: 'done', completedAt: now, ...(calmer ? { calmAt: now } : {}) };
}

export interface SpiralSession {
  readonly body: SpiralBody;
  /** A change within the step: saved shortly after the last one. */
  set(patch: Partial<SpiralBody>): void;
  /** To step number `to`, saved at once. */
  go(to: number): Promise<void>;
  finish(calmer: boolean, now: number): Promise<void>;
  flush(): Promise<void>;
  readonly waiting: boolean;
}

export function spiralSession(
  initial: SpiralBody,
  save: (body: SpiralBody) => Promise<void>,
  { timers, onChange }: { timers: Timers; onChange: (body: SpiralBody) => void },
): SpiralSession {
  let body = initial;
  const saver = autosave(save, { delayMs: SAVE_DELAY_MS, timers });
  const become = (next: SpiralBody) => {
    body = next;
    saver.change(body);
    onChange(body);
  };
  return {
    get body() {
      return body;
    },
    set: (patch) => become({ ...body, ...patch }),
    go(to) {
      become(moveTo(body, to));
      return saver.flush();
    },
    finish(calmer, now) {
      become(finished(body, calmer, now));
      return saver.flush();
    },
    flush: () => saver.flush(),
    get waiting() {
      return saver.waiting;
    },
  };
}
