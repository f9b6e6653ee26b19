import { useParams } from 'wouter';
import { Range, TextArea } from '../../../ui/index.ts';
import { CoachFlags, useCoach } from '../../composer/index.ts';
import { SaveAssumption } from '../../ledger/index.ts';
import type { StepProps } from './types.ts';

export function Story({ body, set }: StepProps) {
  const { id } = useParams<{ id: string }>();
  // Journal mode: the partner may be "he", "she" or "they" in a story.
  const coached = useCoach(body.story, 'journal');
  return (
    <div className="stack">
      <TextArea
        label="What story am I telling myself about it?"
        hint="Write it as it sounds in your head, even if part of you knows it might not be true."
        value={body.story}
        onChange={(story) => set({ story })}
      />
      {coached ? <CoachFlags text={body.story} analysis={coached.analysis} /> : null}
      <Range
        label="How much do I believe this story right now?"
        value={body.beliefBefore ?? 50}
        suffix="%"
        onChange={(beliefBefore) => set({ beliefBefore })}
      />
      {body.story.trim() ? <SaveAssumption initialFear={body.story} spiralId={id} /> : null}
    </div>
  );
}
