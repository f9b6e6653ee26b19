/** A labelled multi-line input with an optional hint, announced with its hint by screen readers. */
import { Field } from './Field.tsx';

export function TextArea({
  label,
  hint,
  value,
  onChange,
  rows = 4,
  maxLength = 4000,
  placeholder,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
}) {
  return (
    <Field label={label} hint={hint}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          maxLength={maxLength}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
