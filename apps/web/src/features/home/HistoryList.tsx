/**
 * Entries as cards, newest first. Each opens to its own page; each can be deleted after
 * one question, and the page then offers a few seconds to undo it.
 */
import { Link } from 'wouter';
import { Confirm, formatDateTime } from '../../ui/index.ts';
import { type HistoryEntry, type HistoryRec, KIND_NAMES } from './historyData.ts';

const DID: Record<string, string> = {
  texted: 'I texted',
  called: 'I called',
  'checked-status': 'I checked their status',
  paused: 'I paused',
  soothed: 'I soothed myself',
  'for-me': 'I did something for me',
};

const excerpt = (s: string) => (s.length > 140 ? `${s.slice(0, 140)}…` : s);

function describe(rec: HistoryRec): { href: string; title: string; text: string; pills: string[] } {
  switch (rec.type) {
    case 'checkin':
      return {
        href: `/checkin/${rec.id}`,
        title: `Check-in: ${rec.body.security} out of 10 secure`,
        text: rec.body.note,
        pills: [...(rec.body.mood ? [rec.body.mood] : []), ...rec.body.tags],
      };
    case 'spiral':
      return {
        href: `/spirals/${rec.id}`,
        title:
          rec.body.status === 'done' ? 'A spiral you worked through' : 'A spiral, not finished',
        text: rec.body.story || rec.body.facts,
        pills: rec.body.feelings.map((f) => f.word),
      };
    case 'reach-out':
      return {
        href: `/reachout/${rec.id}`,
        title: `The urge to reach out: ${DID[rec.body.did] ?? rec.body.did}`,
        text: rec.body.note,
        pills: [],
      };
    case 'assumption':
      return {
        href: `/ledger/${rec.id}`,
        title: 'A fear you noted',
        text: rec.body.fear,
        pills: [],
      };
  }
}

export function HistoryList({
  label,
  entries,
  recs,
  onDelete,
}: {
  label: string;
  entries: readonly HistoryEntry[];
  recs: ReadonlyMap<string, HistoryRec>;
  onDelete: (rec: HistoryRec) => Promise<void>;
}) {
  return (
    <ul className="list" aria-label={label}>
      {entries.map((e) => {
        const rec = recs.get(e.id);
        if (!rec) return null;
        const d = describe(rec);
        const when = formatDateTime(e.at);
        const noun = KIND_NAMES[e.kind].noun;
        return (
          <li key={e.id} className="card history-item">
            <Link href={d.href} className="list-item history-link">
              <span className="row" style={{ justifyContent: 'space-between' }}>
                <strong>{d.title}</strong>
                <span className="meta">{when}</span>
              </span>
              {d.pills.length > 0 ? (
                <span className="history-pills">
                  {d.pills.map((t) => (
                    <span key={t} className="pill">
                      {t}
                    </span>
                  ))}
                </span>
              ) : null}
              {d.text ? <span className="history-text">{excerpt(d.text)}</span> : null}
            </Link>
            <Confirm
              trigger="Delete"
              triggerLabel={`Delete the ${noun} from ${when}`}
              title={`Delete this ${noun}?`}
              confirmLabel="Delete"
              onConfirm={() => onDelete(rec)}
            >
              <p>
                It will be removed from this device. For a few seconds afterwards you can undo it.
              </p>
            </Confirm>
          </li>
        );
      })}
    </ul>
  );
}
