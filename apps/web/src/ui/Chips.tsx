/** Multi-select chips (tags, feelings, needs), with an optional "add your own". */
import { useId, useState } from 'react';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { Button } from './Button.tsx';

export function Chips({
  label,
  options,
  value,
  onChange,
  addLabel,
  hint,
}: {
  label: string;
  options: readonly string[];
  value: readonly string[];
  onChange: (v: string[]) => void;
  addLabel?: string;
  hint?: string;
}) {
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const all = [...new Set([...options, ...value])];
  const add = () => {
    const t = draft.trim().slice(0, 40);
    if (t && !value.includes(t)) onChange([...value, t]);
    setDraft('');
  };
  return (
    <div className="field">
      <CheckboxGroup value={[...value]} onChange={onChange} className="field">
        <Label className="label">{label}</Label>
        {hint ? <span className="hint">{hint}</span> : null}
        <div className="chips">
          {all.map((o) => (
            <Checkbox key={o} value={o} className="choice">
              {o}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      {addLabel ? (
        <div className="row">
          <label htmlFor={inputId} className="visually-hidden">
            {addLabel}
          </label>
          <input
            id={inputId}
            type="text"
            placeholder={addLabel}
            value={draft}
            maxLength={40}
            style={{ flex: '1 1 160px', width: 'auto' }}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <Button onPress={add} isDisabled={!draft.trim()}>
            Add
          </Button>
        </div>
      ) : null}
    </div>
  );
}
