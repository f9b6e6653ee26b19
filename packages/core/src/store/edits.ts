/**
 * The records a journal write produces, as pure functions of the record before and a new
 * HLC stamp: a new record, an edit, a tombstone, a restored revision. Bodies are validated
 * against their type's current schema here, so nothing invalid reaches the sealer.
 */
import type { StoredRecord } from '../records/record.ts';
import { readBody, typeDefOf, validateBody } from './normalise.ts';

export function newRecord(
  type: string,
  body: unknown,
  at: { id: string; createdAt: number; stamp: string },
): StoredRecord {
  return {
    id: at.id,
    type,
    schemaVersion: typeDefOf(type).version,
    createdAt: Math.floor(at.createdAt),
    updatedAt: at.stamp,
    deleted: false,
    body: validateBody(type, body),
    revisions: [],
  };
}

export function editedRecord(prev: StoredRecord, body: unknown, stamp: string): StoredRecord {
  return {
    ...prev,
    schemaVersion: typeDefOf(prev.type).version,
    updatedAt: stamp,
    body: validateBody(prev.type, body),
  };
}

/** A delete: the body and revisions are erased, the id stays so sync can spread it. */
export function tombstone(prev: StoredRecord, stamp: string): StoredRecord {
  return { ...prev, updatedAt: stamp, deleted: true, body: null, revisions: [] };
}

/**
 * The revision kept at `updatedAt` made current again; the current version becomes a
 * revision in its place. Undefined when there is no such revision.
 */
export function restoredRecord(
  cur: StoredRecord,
  updatedAt: string,
  stamp: string,
): StoredRecord | undefined {
  const rev = cur.revisions.find((r) => r.updatedAt === updatedAt);
  if (!rev) return undefined;
  const body = rev.deleted ? null : readBody(cur.type, rev.schemaVersion, rev.body);
  const revisions = [
    ...cur.revisions.filter((r) => r.updatedAt !== updatedAt),
    {
      updatedAt: cur.updatedAt,
      schemaVersion: cur.schemaVersion,
      deleted: cur.deleted,
      body: cur.body,
    },
  ];
  return {
    ...cur,
    schemaVersion: typeDefOf(cur.type).version,
    updatedAt: stamp,
    deleted: rev.deleted,
    body,
    revisions,
  };
}

/**
 * Undoing a delete: `previous` live again under a new stamp (validated like any edit), but
 * only while the current version is the tombstone that removed it; otherwise null.
 */
export function unremovedRecord(
  cur: StoredRecord | undefined,
  previous: StoredRecord,
  stamp: () => string,
): StoredRecord | null {
  const removedIt =
    cur?.deleted === true && cur.type === previous.type && cur.updatedAt > previous.updatedAt;
  return removedIt ? editedRecord({ ...previous, deleted: false }, previous.body, stamp()) : null;
}
