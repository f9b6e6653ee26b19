import { Link } from 'wouter';
import { useRecords } from '../../session/index.ts';
import { formatDateTime } from '../../ui/index.ts';

export function CheckinList({ limit }: { limit?: number }) {
  const all = useRecords('checkin');
  const items = limit ? all.slice(0, limit) : all;
  if (items.length === 0) return <p className="meta">No check-ins yet.</p>;
  return (
    <ul className="list" aria-label="Check-ins">
      {items.map((r) => (
        <li key={r.id}>
          <Link href={`/checkin/${r.id}`} className="card list-item">
            <div className="row" style={{ justifyContent: 'space-between' }}>
              <span>
                <span className="big-number">{r.body.security}</span>
                <span className="meta"> /10 secure</span>
              </span>
              <span className="meta">{formatDateTime(r.body.at)}</span>
            </div>
            {r.body.mood || r.body.tags.length > 0 ? (
              <div>
                {r.body.mood ? <span className="pill">{r.body.mood}</span> : null}
                {r.body.tags.map((t) => (
                  <span key={t} className="pill">
                    {t}
                  </span>
                ))}
              </div>
            ) : null}
            {r.body.note ? (
              <p style={{ margin: '6px 0 0', whiteSpace: 'pre-wrap' }}>
                {r.body.note.length > 140 ? `${r.body.note.slice(0, 140)}…` : r.body.note}
              </p>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
