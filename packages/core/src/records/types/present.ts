/**
 * F9 being present: the listening drill for two on one device, the presence log after
 * time together, and the mindful minute (only when it was done is kept).
 */
import * as z from 'zod/mini';
import { defineRecordType } from '../registry.ts';
import { epochMs, int, text } from './common.ts';

export const DRILL_TOPICS = [
  'A moment this week that stayed with me',
  'Something I am looking forward to',
  'A small thing you did that I noticed',
  'Something that has been on my mind lately',
  'A place I would like us to go together',
  'What helps me after a hard day',
] as const;

export const REFLECT_PROMPTS = [
  'What I heard is…',
  'It sounds like you felt…',
  'Did I get that right?',
  'Is there more you would like me to know?',
] as const;

export const DRILL_TURN_SECONDS = [60, 120, 180] as const;

export const listeningDrillBody = z.strictObject({
  at: epochMs,
  topic: z.string().check(z.minLength(1), z.maxLength(200)),
  turnSeconds: int(10, 1800),
  /** How heard each person felt, 0 … 10; A spoke first. */
  heardA: z.optional(int(0, 10)),
  heardB: z.optional(int(0, 10)),
});
export type ListeningDrillBody = z.infer<typeof listeningDrillBody>;

export const listeningDrillType = defineRecordType({
  type: 'listening-drill',
  label: 'Listening drills',
  version: 1,
  schema: listeningDrillBody,
  migrations: {},
});

export const presenceLogBody = z.strictObject({
  at: epochMs,
  present: int(0, 10),
  phoneAway: z.boolean(),
  listenedWithoutJudging: z.boolean(),
  reflectedBack: z.boolean(),
  note: text(2000),
});
export type PresenceLogBody = z.infer<typeof presenceLogBody>;

export const presenceLogType = defineRecordType({
  type: 'presence-log',
  label: 'Presence logs',
  version: 1,
  schema: presenceLogBody,
  migrations: {},
});

export const mindfulMinuteBody = z.strictObject({ at: epochMs });
export type MindfulMinuteBody = z.infer<typeof mindfulMinuteBody>;

export const mindfulMinuteType = defineRecordType({
  type: 'mindful-minute',
  label: 'Mindful minutes',
  version: 1,
  schema: mindfulMinuteBody,
  migrations: {},
});
