import { FEELING_WORDS, type Feeling } from '@securebase/core';
import { Chips, Range } from '../../../ui/index.ts';

/** Pick feeling words, then how strong each one is (0–100). */
export function FeelingsPicker({
  label,
  value,
  onChange,
  words = FEELING_WORDS,
}: {
  label: string;
  value: Feeling[];
  onChange: (f: Feeling[]) => void;
  words?: readonly string[];
}) {
  const chosen = value.map((f) => f.word);
  return (
    <div className="stack">
      <Chips
        label={label}
        options={words}
        value={chosen}
        addLabel="Add another word"
        onChange={(ws) =>
          onChange(ws.map((word) => value.find((f) => f.word === word) ?? { word, intensity: 50 }))
        }
      />
      {value.map((f) => (
        <Range
          key={f.word}
          label={`How strong is “${f.word}”?`}
          value={f.intensity}
          suffix="%"
          onChange={(intensity) =>
            onChange(value.map((g) => (g.word === f.word ? { ...g, intensity } : g)))
          }
        />
      ))}
    </div>
  );
}
