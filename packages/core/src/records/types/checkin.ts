/** F1 check-in: how secure I feel right now, in under twenty seconds. */
import * as z from 'zod/mini';
import { defineRecordType } from '../registry.ts';
import { epochMs, int, text } from './common.ts';

export const MOODS = [
  'calm',
  'content',
  'happy',
  'hopeful',
  'tired',
  'anxious',
  'sad',
  'lonely',
  'irritable',
] as const;

/** Tags offered by default; custom tags are free text. */
export const DEFAULT_TAGS = [
  'slept well',
  'slept badly',
  'saw partner',
  'long day',
  'time with friends',
  'exercise',
  'argument',
  'apart today',
] as const;

export const checkinBody = z.strictObject({
  at: epochMs,
  security: int(0, 10),
  mood: z.optional(z.enum(MOODS)),
  /** −2 = I want much more space … +2 = I want much more closeness. */
  wish: z.optional(int(-2, 2)),
  ownTime: z.optional(z.boolean()),
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(40))).check(z.maxLength(20)),
  note: text(4000),
});
export type CheckinBody = z.infer<typeof checkinBody>;

export const checkinType = defineRecordType({
  type: 'checkin',
  label: 'Check-ins',
  version: 1,
  schema: checkinBody,
  migrations: {},
});
