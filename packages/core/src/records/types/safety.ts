/** F12: the first-run safety check, and local help services the person adds themselves. */
import * as z from 'zod/mini';
import { defineRecordType } from '../registry.ts';
import { epochMs, text } from './common.ts';

export const SAFETY_QUESTIONS = ['fear', 'monitored', 'isolated', 'threats', 'violence'] as const;
export type SafetyQuestion = (typeof SAFETY_QUESTIONS)[number];

const answer = z.optional(z.enum(['no', 'sometimes', 'yes', 'skip']));

export const safetyCheckBody = z.strictObject({
  at: epochMs,
  answers: z.strictObject({
    fear: answer,
    monitored: answer,
    isolated: answer,
    threats: answer,
    violence: answer,
  }),
});
export type SafetyCheckBody = z.infer<typeof safetyCheckBody>;

/** Any "yes" or "sometimes" is a signal worth a gentle pointer to help; we never score it further. */
export function safetyConcern(body: SafetyCheckBody): boolean {
  return SAFETY_QUESTIONS.some((q) => body.answers[q] === 'yes' || body.answers[q] === 'sometimes');
}

export const safetyCheckType = defineRecordType({
  type: 'safety-check',
  label: 'Safety checks',
  version: 1,
  schema: safetyCheckBody,
  migrations: {},
});

export const helpContactBody = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  phone: text(60),
  website: text(300),
  note: text(1000),
});
export type HelpContactBody = z.infer<typeof helpContactBody>;

export const helpContactType = defineRecordType({
  type: 'help-contact',
  label: 'Local help services',
  version: 1,
  schema: helpContactBody,
  migrations: {},
});
