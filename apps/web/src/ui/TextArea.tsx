/** A labelled multi-line input with an optional hint, announced with its hint by screen readers. */
import type { Ref } from 'react';
import { Field } from './Field.tsx';

export function TextArea({
  label,
  hint,
  value,
  onChange,
  rows = 4,
  maxLength = 4000,
  placeholder,
  ref,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  /** For moving focus or the selection into the box (the composer selects a placeholder). */
  ref?: Ref<HTMLTextAreaElement>;
}) {
  return (
    <Field label={label} hint={hint}>
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
