/**
 * F5 assumptions ledger: open fears waiting for what the partner actually said, resolved
 * ones, and how often a feared reading came true, overall and month by month.
 */
import { type AssumptionBody, fearConfirmed, type Rec } from '@securebase/core';
import { useRecords } from '../../app/vault.tsx';
import { formatDateTime, LinkButton, Page } from '../../ui/index.ts';
import { SaveAssumption } from './SaveAssumption.tsx';

const OUTCOME: Record<NonNullable<AssumptionBody['resolved']>['cameTrue'], string> = {
  no: 'It did not come true',
  partly: 'Partly true',
  yes: 'It came true',
};

const percent = (x: number) => `${Math.round(x * 100)}%`;

function monthOf(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'long' });
}

function Rate({ all }: { all: Rec<'assumption'>[] }) {
  const total = fearConfirmed(all.map((a) => a.body));
  if (total.rate === undefined) {
    return (
      <p className="meta">
        Once you note what they actually said, you'll see here how often a fear came true.
      </p>
    );
  }
  const months = new Map<string, AssumptionBody[]>();
  for (const a of all) {
    if (a.body.resolved === undefined) continue;
    const key = monthOf(a.body.resolved.at);
    months.set(key, [...(months.get(key) ?? []), a.body]);
  }
  return (
    <div className="card stack" style={{ gap: 8 }}>
      <p style={{ margin: 0 }}>
        Of the {total.resolved} fears you checked, {percent(total.rate)} came true (a “partly”
        counts as half).
      </p>
      <ul style={{ margin: 0 }}>
        {[...months].map(([month, bodies]) => {
          const m = fearConfirmed(bodies);
          return (
            <li key={month}>
              {month}: {percent(m.rate ?? 0)} of {m.resolved}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function LedgerPage() {
  const all = useRecords('assumption');
  const open = all.filter((a) => a.body.resolved === undefined);
  const done = all.filter((a) => a.body.resolved !== undefined);
  return (
    <Page
      title="Assumptions ledger"
      lede="What I feared something meant, and what turned out to be true."
    >
      <Rate all={all} />
      <h2>Waiting to check</h2>
      {open.length === 0 ? <p className="meta">No open assumptions.</p> : null}
      <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {open.map((a) => (
          <li key={a.id} className="card stack" style={{ gap: 8 }}>
            <p style={{ margin: 0 }}>{a.body.fear}</p>
            <p className="meta" style={{ margin: 0 }}>
              Felt {a.body.likelihood}% likely · {formatDateTime(a.body.at)}
            </p>
            <LinkButton href={`/ledger/${a.id}`}>Note what they said</LinkButton>
          </li>
        ))}
      </ul>
      <SaveAssumption source="ledger" about="" />
      {done.length > 0 ? <h2>Checked</h2> : null}
      <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {done.map((a) => (
          <li key={a.id} className="card stack" style={{ gap: 4 }}>
            <p style={{ margin: 0 }}>{a.body.fear}</p>
            <p className="meta" style={{ margin: 0 }}>
              {a.body.resolved ? OUTCOME[a.body.resolved.cameTrue] : ''} · felt {a.body.likelihood}%
              likely
            </p>
            {a.body.resolved?.said ? (
              <p style={{ margin: 0 }}>They said: {a.body.resolved.said}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </Page>
  );
}
