import { Switch } from 'react-aria-components';
import { FeelingsPicker } from './Feelings.tsx';
import type { StepProps } from './types.ts';

export function Rerate({
  body,
  set,
  calmer,
  setCalmer,
}: StepProps & { calmer: boolean; setCalmer: (v: boolean) => void }) {
  const words = body.feelings.map((f) => f.word);
  return (
    <div className="stack">
      <FeelingsPicker
        label="How strong are these feelings now?"
        words={words}
        value={body.feelingsAfter}
        onChange={(feelingsAfter) => set({ feelingsAfter })}
      />
      <Switch
        className="choice"
        isSelected={calmer}
        onChange={setCalmer}
        style={{ justifyContent: 'flex-start', gap: 10 }}
      >
        {({ isSelected }) => (
          <>
            <span aria-hidden="true">{isSelected ? '✓' : '○'}</span> I feel calmer than when I
            started
          </>
        )}
      </Switch>
    </div>
  );
}
