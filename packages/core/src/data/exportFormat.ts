/**
 * The export format (documented in docs/export-format.md). Version 1:
 *   {"format": "securebase-export", "version": 1, "exportedAt": <ms>, "records": [StoredRecord…]}
 * Records carry their plaintext bodies, tombstones and revisions: full fidelity, so an
 * export imported into an empty app gives back exactly the same state.
 */
import * as z from 'zod/mini';
import type { StoredRecord } from '../records/record.ts';
import { storedRecordSchema } from '../records/record.ts';
import { err, ok, type Result } from '../result.ts';

export const EXPORT_FORMAT = 'securebase-export';
export const EXPORT_VERSION = 1;

const exportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.number(),
  exportedAt: z.number(),
  records: z.array(z.unknown()),
});

export function toExportJson(records: StoredRecord[], exportedAt: number): string {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, records: sorted },
    null,
    2,
  );
}

export type ImportError =
  | { type: 'NotJson' }
  | { type: 'NotAnExport' }
  | { type: 'NewerVersion'; version: number }
  | { type: 'InvalidRecord'; index: number; message: string };

/** Parses an export file. All or nothing: one invalid record rejects the file, so an import never half-applies. */
export function parseExport(text: string): Result<StoredRecord[], ImportError> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err({ type: 'NotJson' });
  }
  const top = exportSchema.safeParse(data);
  if (!top.success) return err({ type: 'NotAnExport' });
  if (top.data.version > EXPORT_VERSION)
    return err({ type: 'NewerVersion', version: top.data.version });
  const records: StoredRecord[] = [];
  for (const [index, raw] of top.data.records.entries()) {
    const r = storedRecordSchema.safeParse(raw);
    if (!r.success)
      return err({
        type: 'InvalidRecord',
        index,
        message: r.error.issues[0]?.message ?? 'invalid',
      });
    records.push(r.data);
  }
  return ok(records);
}

/** RFC 4180 field quoting; a leading =,+,-,@ is prefixed with ' so spreadsheets do not run it as a formula. */
function csvField(v: unknown): string {
  let s =
    v === undefined || v === null
      ? ''
      : Array.isArray(v)
        ? v.map(String).join('; ')
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV per record type: id, created, updated, then the body's top-level fields in a stable order. */
export function toCsv(records: StoredRecord[]): string {
  const live = records.filter((r) => !r.deleted);
  const keys = [
    ...new Set(live.flatMap((r) => Object.keys((r.body as Record<string, unknown>) ?? {}))),
  ].sort();
  const header = ['id', 'createdAt', ...keys];
  const rows = live
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((r) => {
      const body = (r.body as Record<string, unknown>) ?? {};
      return [r.id, new Date(r.createdAt).toISOString(), ...keys.map((k) => body[k])]
        .map(csvField)
        .join(',');
    });
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
