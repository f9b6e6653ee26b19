/** A labelled multi-line input with an optional hint and error, both read with it by screen readers. */
import type { Ref } from 'react';
import { Field } from './Field.tsx';

export function TextArea({
  label,
  hint,
  error,
  value,
  onChange,
  rows = 4,
  maxLength = 4000,
  placeholder,
  ref,
}: {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (v: string) => void;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  /** For moving focus or the selection into the box (the composer selects a placeholder). */
  ref?: Ref<HTMLTextAreaElement>;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...control}
          ref={ref}
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
