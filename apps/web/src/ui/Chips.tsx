/**
 * Multi-select chips (tags, feelings, needs), with an optional "add your own" of at most
 * `maxLength` characters; reaching it shows (and announces) a short hint tied to the input.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { Button } from './Button.tsx';
import { keepInSight } from './focus.ts';

export function Chips({
  label,
  options,
  value,
  onChange,
  addLabel,
  hint,
  maxLength = 40,
  limitHint = 'That’s as long as one can be.',
}: {
  label: string;
  options: readonly string[];
  value: readonly string[];
  onChange: (v: string[]) => void;
  addLabel?: string;
  hint?: string;
  maxLength?: number;
  /** Shown once the added text is `maxLength` long: kind, and why short is better. */
  limitHint?: string;
}) {
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const limitId = `${inputId}-limit`;
  const atLimit = draft.length >= maxLength;
  const limit = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (atLimit) keepInSight(limit.current);
  }, [atLimit]);
  const all = [...new Set([...options, ...value])];
  const add = () => {
    const t = draft.trim().slice(0, maxLength);
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
            maxLength={maxLength}
            aria-describedby={atLimit ? limitId : undefined}
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
      {addLabel ? (
        <span className="hint" id={limitId} role="status" ref={limit}>
          {atLimit ? limitHint : ''}
        </span>
      ) : null}
    </div>
  );
}
