/**
 * The frame every labelled text control shares: the label, an optional hint, and the ids
 * that tie them to the control (`aria-describedby` names the hint, so it is read with it).
 */
import { type ReactNode, useId } from 'react';

export function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string | undefined;
  children: (control: { id: string; 'aria-describedby': string | undefined }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {children({ id, 'aria-describedby': hint ? hintId : undefined })}
    </div>
  );
}
