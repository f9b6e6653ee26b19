/** A labelled one-line input with an optional hint, announced with its hint by screen readers. */
import { useId } from 'react';

export function TextField({
  label,
  type = 'text',
  value,
  onChange,
  autoComplete,
  hint,
  maxLength = 200,
}: {
  label: string;
  type?: 'text' | 'password';
  value: string;
  onChange: (v: string) => void;
  autoComplete: string;
  hint?: string | undefined;
  maxLength?: number;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        autoCapitalize="none"
        spellCheck={false}
        maxLength={maxLength}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
