/**
 * Merging two versions of one record (docs/design.md §4). Last writer wins by HLC; when the two
 * were written concurrently, the loser is kept as a revision the person can see and
 * restore, so no acknowledged write is lost to a merge. A record keeps its newest
 * `MAX_REVISIONS` revisions (ADR 0002).
 *
 * `mergeConcurrent` is commutative, associative and idempotent (a join): any devices that
 * have seen the same versions hold the same record, whatever order they saw them in.
 * Keeping the newest N by stamp keeps it a join: the newest N of a union are the newest N
 * of the newest N of each part.
 */
import type { Revision, StoredRecord } from '../records/record.ts';

/**
 * Revisions a record keeps, the newest by stamp. They travel inside the record's envelope,
 * so without a bound a record edited concurrently often would grow past what one envelope
 * may hold (256 KiB) and stop syncing.
 */
export const MAX_REVISIONS = 10;

const byStampOrder = (x: Revision, y: Revision) => (x.updatedAt < y.updatedAt ? -1 : 1);

/** The newest `MAX_REVISIONS` revisions, oldest first. */
export function newestRevisions(revisions: readonly Revision[]): Revision[] {
  return [...revisions].sort(byStampOrder).slice(-MAX_REVISIONS);
}

const asRevision = (r: StoredRecord | Revision): Revision => ({
  updatedAt: r.updatedAt,
  schemaVersion: r.schemaVersion,
  deleted: r.deleted,
  body: r.body,
});

export function mergeConcurrent(a: StoredRecord, b: StoredRecord): StoredRecord {
  if (a.id !== b.id) throw new Error('merge of two different records');
  // Equal stamps mean the same write (a node never reuses one); compare content anyway so
  // the result cannot depend on argument order.
  const aWins =
    a.updatedAt !== b.updatedAt
      ? a.updatedAt > b.updatedAt
      : JSON.stringify(a) >= JSON.stringify(b);
  const [winner, loser] = aWins ? [a, b] : [b, a];
  const byStamp = new Map<string, Revision>();
  for (const r of [...a.revisions, ...b.revisions, asRevision(loser)]) {
    if (r.updatedAt !== winner.updatedAt) byStamp.set(r.updatedAt, r);
  }
  const revisions = newestRevisions([...byStamp.values()]);
  return { ...winner, createdAt: Math.min(a.createdAt, b.createdAt), revisions };
}

/**
 * The records that change when `incoming` (already normalised) is merged into `index`: each
 * merged with its local copy, the loser kept as a revision; one equal to what is here is
 * left out, so importing the same file twice writes nothing. The clock observes every stamp.
 */
export function mergeIncoming(
  incoming: readonly StoredRecord[],
  index: ReadonlyMap<string, StoredRecord>,
  hlc: { observe(stamp: string): void },
): StoredRecord[] {
  const changed: StoredRecord[] = [];
  for (const rec of incoming) {
    hlc.observe(rec.updatedAt);
    const local = index.get(rec.id);
    const merged = local ? mergeConcurrent(local, rec) : rec;
    if (!local || JSON.stringify(merged) !== JSON.stringify(local)) changed.push(merged);
  }
  return changed;
}
