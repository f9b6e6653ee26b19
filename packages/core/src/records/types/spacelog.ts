/**
 * F7 space-and-closeness log: the partner wanted space or closeness; later, what
 * followed. The follow-up fields stay empty until the person fills them in.
 */
import * as z from 'zod/mini';
import { defineRecordType } from '../registry.ts';
import { epochMs, text } from './common.ts';

export const spaceLogBody = z.strictObject({
  at: epochMs,
  wanted: z.enum(['space', 'closeness']),
  note: text(2000),
  /** Did we reconnect afterwards? Absent until the person says. */
  reconnected: z.optional(z.boolean()),
  reconnectedAt: z.optional(epochMs),
  followNote: text(2000),
});
export type SpaceLogBody = z.infer<typeof spaceLogBody>;

export const spaceLogType = defineRecordType({
  type: 'space-log',
  label: 'Space and closeness',
  version: 1,
  schema: spaceLogBody,
  migrations: {},
});
