/** Factor effects: estimates with their 90 % interval, then factors still waiting for data. */
import type { FactorEffect } from '@securebase/core/insights';

export function FactorList({ factors }: { factors: FactorEffect[] }) {
  const estimates = factors.filter((f) => f.status === 'estimate');
  const waiting = factors.filter((f) => f.status === 'not-enough-data');
  return (
    <section className="stack" aria-labelledby="factors-h">
      <h2 id="factors-h">What goes together with feeling secure</h2>
      <p className="meta">
        These compare days with a tag or activity to days without. They show what tends to go
        together, not what causes what.
      </p>
      {estimates.length === 0 ? (
        <p>
          Not enough data yet: a tag or activity needs at least 3 check-in days with it and 3
          without.
        </p>
      ) : (
        <ul className="list" aria-label="Factor effects">
          {estimates.map((f) => (
            <li key={`${f.kind}:${f.name}`} className="card">
              {f.sentence}
            </li>
          ))}
        </ul>
      )}
      {waiting.length > 0 ? (
        <details>
          <summary>Waiting for more days ({waiting.length})</summary>
          <ul>
            {waiting.map((f) => (
              <li key={`${f.kind}:${f.name}`}>{f.sentence}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
