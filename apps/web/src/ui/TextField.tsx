/** A labelled one-line input with an optional hint and error, both read with it by screen readers. */
import { Field } from './Field.tsx';

export function TextField({
  label,
  type = 'text',
  value,
  onChange,
  autoComplete,
  hint,
  error,
  name,
  maxLength = 200,
}: {
  label: string;
  type?: 'text' | 'password';
  value: string;
  onChange: (v: string) => void;
  autoComplete: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The form's name for the value: a form finds its field by it to focus it. */
  name?: string | undefined;
  maxLength?: number;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type={type}
          name={name}
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
