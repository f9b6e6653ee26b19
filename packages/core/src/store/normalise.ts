/**
 * Record validation for the vault: every record that enters the index (from storage, import
 * or sync) passes its frame schema and its type's body schema, migrated to the current
 * version, and keeps at most its newest `MAX_REVISIONS` revisions. Pure functions; each
 * throws on invalid input, which the vault turns into a reported problem or a refused write.
 */
import { type StoredRecord, storedRecordSchema } from '../records/record.ts';
import { parseBody } from '../records/registry.ts';
import { recordTypeDef } from '../records/types/index.ts';
import { newestRevisions } from './merge.ts';

export function typeDefOf(type: string) {
  const def = recordTypeDef(type);
  if (!def) throw new Error(`unknown record type ${type}`);
  return def;
}

export function readBody(type: string, version: number, body: unknown): unknown {
  const parsed = parseBody(typeDefOf(type), version, body);
  if (!parsed.ok) throw new Error(`invalid ${type} body: ${parsed.error.type}`);
  return parsed.value;
}

/** A body about to be written, checked against the current schema of its type. */
export function validateBody(type: string, body: unknown): unknown {
  return readBody(type, typeDefOf(type).version, body);
}

/** Parses a record frame, migrates its body to the current schema and bounds its revisions. */
export function normaliseRecord(raw: unknown): StoredRecord {
  const frame = storedRecordSchema.safeParse(raw);
  if (!frame.success) throw new Error(`invalid record: ${frame.error.issues[0]?.message ?? ''}`);
  const r = frame.data;
  return {
    ...r,
    schemaVersion: typeDefOf(r.type).version,
    body: r.deleted ? null : readBody(r.type, r.schemaVersion, r.body),
    revisions: newestRevisions(r.revisions),
  };
}
