/** A 0–100 slider (native, so every screen reader and keyboard already knows it) with its value shown. */
import { useId } from 'react';

export function Range({
  label,
  value,
  onChange,
  min = 0,
  max = 100,
  step = 5,
  suffix = '',
}: {
  label: string;
  value: number;
  onChange: (v: number) => void;
  min?: number;
  max?: number;
  step?: number;
  suffix?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="range-row">
        <input
          id={id}
          className="range"
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          aria-valuetext={`${value}${suffix}`}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <output htmlFor={id}>
          {value}
          {suffix}
        </output>
      </div>
    </div>
  );
}
