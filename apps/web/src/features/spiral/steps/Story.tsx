import { Range, TextArea } from '../../../ui/index.ts';
import type { StepProps } from './types.ts';

export function Story({ body, set }: StepProps) {
  return (
    <div className="stack">
      <TextArea
        label="What story am I telling myself about it?"
        hint="Write it as it sounds in your head, even if part of you knows it might not be true."
        value={body.story}
        onChange={(story) => set({ story })}
      />
      <Range
        label="How much do I believe this story right now?"
        value={body.beliefBefore ?? 50}
        suffix="%"
        onChange={(beliefBefore) => set({ beliefBefore })}
      />
    </div>
  );
}
