/** A labelled one-line input with an optional hint, announced with its hint by screen readers. */
import { Field } from './Field.tsx';

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
  return (
    <Field label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={value}
          autoComplete={autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          maxLength={maxLength}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
