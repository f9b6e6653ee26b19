/**
 * F8 needs map and own time. The map is saved as a dated snapshot each time it is edited
 * (a new record; the newest is the current map), which gives the partner-load index a
 * history without keeping one ever-growing record.
 */
import * as z from 'zod/mini';
import { defineRecordType } from '../registry.ts';
import { epochMs, int, text } from './common.ts';

export const NEED_SOURCES = [
  'partner',
  'friends',
  'family',
  'work-study',
  'hobbies',
  'community',
  'self',
] as const;
export type NeedSource = (typeof NEED_SOURCES)[number];

export const DEFAULT_NEEDS = [
  'companionship',
  'fun',
  'emotional support',
  'feeling valued',
  'intellectual stimulation',
  'physical affection',
  'growth',
  'rest',
  'belonging',
] as const;

export const needEntry = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(60)),
  sources: z.array(z.enum(NEED_SOURCES)).check(z.maxLength(NEED_SOURCES.length)),
});
export type NeedEntry = z.infer<typeof needEntry>;

export const needsMapBody = z.strictObject({
  at: epochMs,
  needs: z.array(needEntry).check(z.maxLength(40)),
});
export type NeedsMapBody = z.infer<typeof needsMapBody>;

export const needsMapType = defineRecordType({
  type: 'needs-map',
  label: 'Needs maps',
  version: 1,
  schema: needsMapBody,
  migrations: {},
});

/** A fresh map: the default needs, no sources ticked yet. */
export function defaultNeedsMap(at: number): NeedsMapBody {
  return { at, needs: DEFAULT_NEEDS.map((name) => ({ name, sources: [] })) };
}

export const ownTimeBody = z.strictObject({
  at: epochMs,
  activity: z.string().check(z.minLength(1), z.maxLength(80)),
  minutes: int(1, 1440),
  note: text(1000),
});
export type OwnTimeBody = z.infer<typeof ownTimeBody>;

export const ownTimeType = defineRecordType({
  type: 'own-time',
  label: 'Own time',
  version: 1,
  schema: ownTimeBody,
  migrations: {},
});
