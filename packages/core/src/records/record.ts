/**
 * A record is the unit of user data (docs/design.md §4). This is its plaintext shape: it exists
 * only in memory after unlock and inside an envelope's ciphertext, never anywhere else.
 *
 * `revisions` holds versions that lost a concurrent-edit merge, so that no acknowledged
 * write is lost to a merge; the newest 10 are kept (store/merge.ts, ADR 0002).
 */
import * as z from 'zod/mini';
import { HLC_RE, type Hlc } from './hlc.ts';
import { UUID_RE } from './ids.ts';

export interface Revision {
  updatedAt: Hlc;
  schemaVersion: number;
  deleted: boolean;
  body: unknown;
}

export interface StoredRecord {
  id: string;
  type: string;
  schemaVersion: number;
  createdAt: number;
  updatedAt: Hlc;
  deleted: boolean;
  body: unknown;
  revisions: Revision[];
}

const revisionSchema = z.strictObject({
  updatedAt: z.string().check(z.regex(HLC_RE)),
  schemaVersion: z.number().check(z.int(), z.gte(1)),
  deleted: z.boolean(),
  body: z.unknown(),
});

/** The frame around a body; the body itself is validated by its record type. */
export const storedRecordSchema = z.strictObject({
  id: z.string().check(z.regex(UUID_RE)),
  type: z.string().check(z.minLength(1), z.maxLength(40)),
  schemaVersion: z.number().check(z.int(), z.gte(1)),
  createdAt: z.number().check(z.int(), z.gte(0)),
  updatedAt: z.string().check(z.regex(HLC_RE)),
  deleted: z.boolean(),
  body: z.unknown(),
  revisions: z.array(revisionSchema),
});
