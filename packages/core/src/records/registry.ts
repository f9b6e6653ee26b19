/**
 * Record types: each names its current schema version, a zod schema for its body and a
 * migration for every older version. Bodies are parsed on every write and on every read
 * after decrypting; an old body is migrated to the current version on read.
 */
import type * as z from 'zod/mini';

export interface RecordTypeDef<T extends string = string, B = unknown> {
  type: T;
  /** What a person calls a collection of these, e.g. in export buttons: "Check-ins". */
  label: string;
  version: number;
  schema: z.ZodMiniType<B>;
  /** migrations[v] turns a body of version v into version v + 1. */
  migrations: Record<number, (body: unknown) => unknown>;
}

export function defineRecordType<T extends string, B>(
  def: RecordTypeDef<T, B>,
): RecordTypeDef<T, B> {
  return def;
}

export type ParseBodyError =
  | { type: 'UnknownRecordType'; recordType: string }
  | { type: 'FutureSchemaVersion'; version: number }
  | { type: 'InvalidBody'; message: string };

export function parseBody<B>(
  def: RecordTypeDef<string, B>,
  version: number,
  body: unknown,
): { ok: true; value: B } | { ok: false; error: ParseBodyError } {
  if (version > def.version) return { ok: false, error: { type: 'FutureSchemaVersion', version } };
  let current = body;
  for (let v = version; v < def.version; v++) {
    const step = def.migrations[v];
    if (!step)
      return { ok: false, error: { type: 'InvalidBody', message: `no migration from v${v}` } };
    current = step(current);
  }
  const parsed = def.schema.safeParse(current);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        type: 'InvalidBody',
        message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      },
    };
  }
  return { ok: true, value: parsed.data };
}
