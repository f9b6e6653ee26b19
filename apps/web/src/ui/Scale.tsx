/** A row of numbers to pick one from: big tap targets, arrow keys, announced as a radio group. */
import { Label, Radio, RadioGroup } from 'react-aria-components';

export function Scale({
  label,
  min,
  max,
  value,
  onChange,
  lowLabel,
  highLabel,
  valueLabel,
}: {
  label: string;
  min: number;
  max: number;
  value: number | undefined;
  onChange: (v: number) => void;
  lowLabel: string;
  highLabel: string;
  valueLabel?: (v: number) => string;
}) {
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <RadioGroup
      className="field"
      value={value === undefined ? null : String(value)}
      onChange={(v) => onChange(Number(v))}
      orientation="horizontal"
    >
      <Label className="label">{label}</Label>
      <div className="scale" data-size={values.length <= 5 ? '5' : undefined}>
        {values.map((v) => (
          <Radio
            key={v}
            value={String(v)}
            className="choice"
            aria-label={valueLabel?.(v) ?? String(v)}
          >
            {valueLabel ? valueLabel(v) : v}
          </Radio>
        ))}
      </div>
      <div className="scale-ends" aria-hidden="true">
        <span>{lowLabel}</span>
        <span>{highLabel}</span>
      </div>
    </RadioGroup>
  );
}
