/**
 * F6 ladder progress. A step counts as settled once its after-distress was at or below
 * SETTLED_AFTER on SETTLED_TIMES attempts (not necessarily in a row); then the next
 * step up is suggested. Steps are ordered by `order`, ties by record id; archived steps
 * are left out.
 */
import type { LadderAttemptBody, LadderStepBody } from '../records/types/ladder.ts';
import type { IdRow, Row } from './data.ts';
import { mean } from './stats.ts';

export const SETTLED_AFTER = 30;
export const SETTLED_TIMES = 2;

export interface StepProgress {
  id: string;
  text: string;
  order: number;
  attempts: number;
  /** Attempts with after-distress ≤ SETTLED_AFTER. */
  calmAfter: number;
  settled: boolean;
  meanPeak: number | null;
  lastAfter: number | null;
}

export type LadderSuggestion =
  | { kind: 'empty'; sentence: string }
  | { kind: 'start' | 'next' | 'keep-going'; stepId: string; sentence: string }
  | { kind: 'top'; sentence: string };

export interface LadderProgress {
  steps: StepProgress[];
  suggestion: LadderSuggestion;
}

function orderedSteps(steps: readonly IdRow<LadderStepBody>[]): IdRow<LadderStepBody>[] {
  return steps
    .filter((s) => !s.body.archived)
    .sort((a, b) => a.body.order - b.body.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function progressOf(step: IdRow<LadderStepBody>, attempts: LadderAttemptBody[]): StepProgress {
  const sorted = [...attempts].sort((a, b) => a.at - b.at);
  const afters = sorted.flatMap((a) => (a.after === undefined ? [] : [a.after]));
  const calmAfter = afters.filter((x) => x <= SETTLED_AFTER).length;
  return {
    id: step.id,
    text: step.body.text,
    order: step.body.order,
    attempts: sorted.length,
    calmAfter,
    settled: calmAfter >= SETTLED_TIMES,
    meanPeak: mean(sorted.flatMap((a) => (a.peak === undefined ? [] : [a.peak]))),
    lastAfter: afters[afters.length - 1] ?? null,
  };
}

function suggest(steps: StepProgress[]): LadderSuggestion {
  if (steps.length === 0) {
    return {
      kind: 'empty',
      sentence: 'Add a first step, as small as you like, to start your ladder.',
    };
  }
  const i = steps.findIndex((s) => !s.settled);
  const step = steps[i];
  if (!step) {
    return {
      kind: 'top',
      sentence:
        'Every step on your ladder has settled. You could add a new one, or simply enjoy it.',
    };
  }
  const prev = steps[i - 1];
  if (step.attempts > 0) {
    return {
      kind: 'keep-going',
      stepId: step.id,
      sentence: `“${step.text}” is the step you are on. Try it again when you feel ready.`,
    };
  }
  if (!prev)
    return { kind: 'start', stepId: step.id, sentence: `A first step to try: “${step.text}”.` };
  return {
    kind: 'next',
    stepId: step.id,
    sentence: `“${prev.text}” ended at ${SETTLED_AFTER} or below twice. When you feel ready, the next step is “${step.text}”.`,
  };
}

export function ladderProgress(
  steps: readonly IdRow<LadderStepBody>[],
  attempts: readonly Row<LadderAttemptBody>[],
): LadderProgress {
  const byStep = new Map<string, LadderAttemptBody[]>();
  for (const { body } of attempts) {
    const list = byStep.get(body.stepId);
    if (list) list.push(body);
    else byStep.set(body.stepId, [body]);
  }
  const progress = orderedSteps(steps).map((s) => progressOf(s, byStep.get(s.id) ?? []));
  return { steps: progress, suggestion: suggest(progress) };
}
