import { TextArea } from '../../../ui/index.ts';
import type { StepProps } from './types.ts';

export function Facts({ body, set }: StepProps) {
  return (
    <TextArea
      label="What happened?"
      hint="Just the facts, the way a camera would have seen them. For example: “I sent a message at 9. It's 11 and there's no reply.”"
      value={body.facts}
      onChange={(facts) => set({ facts })}
    />
  );
}
