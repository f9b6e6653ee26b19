import { NEEDS } from '@securebase/core';
import { Chips, TextArea } from '../../../ui/index.ts';
import type { StepProps } from './types.ts';

export function Need({ body, set }: StepProps) {
  return (
    <div className="stack">
      <Chips
        label="What do I need underneath this?"
        options={NEEDS}
        value={body.needs}
        onChange={(needs) => set({ needs })}
        addLabel="Another need"
      />
      <TextArea
        label="Where else could I meet a little of this need right now?"
        hint="A friend to text, a walk, music, a warm shower, something kind for yourself. Your partner doesn't have to be the only source."
        value={body.elsewhere}
        onChange={(elsewhere) => set({ elsewhere })}
        rows={3}
      />
    </div>
  );
}
