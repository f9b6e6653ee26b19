/** A labelled time of day ("HH:MM"), with the system's own time picker. */
import { Field } from '../../ui/index.ts';

export function TimeField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <Field label={label}>
      {(control) => (
        <input
          {...control}
          type="time"
          value={value}
          required
          onChange={(e) => {
            // A cleared picker gives ""; the last whole time stays rather than an invalid one.
            if (/^\d\d:\d\d$/.test(e.target.value)) onChange(e.target.value);
          }}
        />
      )}
    </Field>
  );
}
