/**
 * F5 assumptions ledger: open fears waiting for what the partner actually said, checked
 * ones, and how often a feared reading came true, overall and month by month (the same
 * summary the insights screen shows, from @securebase/core/insights).
 */
import type { AssumptionBody, FearOutcome, Rec } from '@securebase/core';
import { fearSummary } from '@securebase/core/insights';
import { useRecords } from '../../session/index.ts';
import { formatDateTime, LinkButton, Page } from '../../ui/index.ts';
import { SaveAssumption } from './SaveAssumption.tsx';

const OUTCOME: Record<FearOutcome, string> = {
  no: 'It did not come true',
  partly: 'Partly true',
  yes: 'It came true',
};

const percent = (x: number) => `${Math.round(x * 100)}%`;
const monthOf = (ms: number) =>
  new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'long' });

function Rate({ all }: { all: Rec<'assumption'>[] }) {
  const total = fearSummary(all);
  if (total.confirmedRate === null) return <p className="meta">{total.sentence}</p>;
  const months = new Map<string, Rec<'assumption'>[]>();
  for (const a of all) {
    if (a.body.resolvedAt === undefined) continue;
    const key = monthOf(a.body.resolvedAt);
    months.set(key, [...(months.get(key) ?? []), a]);
  }
  return (
    <div className="card stack" style={{ gap: 8 }}>
      <p style={{ margin: 0 }}>{total.sentence}</p>
      <p style={{ margin: 0 }}>
        Fear confirmed: {percent(total.confirmedRate)} (a “partly” counts as half).
      </p>
      <ul style={{ margin: 0 }}>
        {[...months].map(([month, rows]) => {
          const m = fearSummary(rows);
          return (
            <li key={month}>
              {month}: {percent(m.confirmedRate ?? 0)} of {m.resolved}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const isOpen = (b: AssumptionBody) => b.cameTrue === undefined;

export function LedgerPage() {
  const all = useRecords('assumption');
  const open = all.filter((a) => isOpen(a.body));
  const done = all.filter((a) => !isOpen(a.body));
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
      <SaveAssumption />
      {done.length > 0 ? <h2>Checked</h2> : null}
      <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {done.map((a) => (
          <li key={a.id} className="card stack" style={{ gap: 4 }}>
            <p style={{ margin: 0 }}>{a.body.fear}</p>
            <p className="meta" style={{ margin: 0 }}>
              {a.body.cameTrue ? OUTCOME[a.body.cameTrue] : ''} · felt {a.body.likelihood}% likely
            </p>
            {a.body.partnerSaid ? (
              <p style={{ margin: 0 }}>They said: {a.body.partnerSaid}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </Page>
  );
}
