import { Scale } from '../../../ui/index.ts';
import type { StepProps } from './types.ts';

export function Size({ body, set }: StepProps) {
  const gap =
    body.feelingSize !== undefined && body.actionSize !== undefined
      ? body.feelingSize - body.actionSize
      : undefined;
  return (
    <div className="stack">
      <Scale
        label="How big was what actually happened?"
        min={0}
        max={10}
        value={body.actionSize}
        onChange={(actionSize) => set({ actionSize })}
        lowLabel="tiny"
        highLabel="huge"
      />
      <Scale
        label="How big is my feeling about it?"
        min={0}
        max={10}
        value={body.feelingSize}
        onChange={(feelingSize) => set({ feelingSize })}
        lowLabel="tiny"
        highLabel="huge"
      />
      <div aria-live="polite">
        {gap !== undefined && gap >= 3 ? (
          <p className="notice">
            The feeling is bigger than the event. That is common: a small moment can touch an old
            worry. It doesn't make the feeling wrong, and it doesn't mean something is wrong between
            you.
          </p>
        ) : gap !== undefined ? (
          <p className="notice">
            The feeling and the event are about the same size. It makes sense that this matters to
            you.
          </p>
        ) : null}
      </div>
    </div>
  );
}
