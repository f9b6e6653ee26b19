import { EXPLANATION_SUGGESTIONS } from '@securebase/core';
import { Chips, Range } from '../../../ui/index.ts';
import type { StepProps } from './types.ts';

export function Explanations({ body, set }: StepProps) {
  return (
    <div className="stack">
      <Chips
        label="What else could explain it?"
        hint="Pick any that could be true, or add your own."
        options={EXPLANATION_SUGGESTIONS}
        value={body.explanations}
        onChange={(explanations) => set({ explanations })}
        addLabel="Another explanation"
      />
      <Range
        label="Now, how much do I believe my original story?"
        value={body.beliefAfter ?? body.beliefBefore ?? 50}
        suffix="%"
        onChange={(beliefAfter) => set({ beliefAfter })}
      />
      {body.beliefBefore !== undefined ? (
        <p className="meta">Before, you believed it {body.beliefBefore}%.</p>
      ) : null}
    </div>
  );
}
