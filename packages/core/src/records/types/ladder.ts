/**
 * F6 uncertainty ladder. Each step is its own record (so reordering one step and logging
 * an attempt on another never conflict in sync); an attempt points at its step's record id.
 * Distress ratings are optional because every step of a flow can be skipped.
 */
import * as z from 'zod/mini';
import { UUID_RE } from '../ids.ts';
import { defineRecordType } from '../registry.ts';
import { epochMs, int, text } from './common.ts';

/** Starting points, roughly from easier to harder; the person edits and reorders freely. */
export const LADDER_TEMPLATES = [
  { id: 'reply-wait-hour', text: 'Let a message sit an hour before replying' },
  { id: 'last-seen-2h', text: "Don't check their last-seen for two hours" },
  { id: 'no-double-text', text: 'Send one message and wait for the answer before another' },
  { id: 'evening-plans', text: 'Let them make evening plans without asking who will be there' },
  { id: 'no-okay-tonight', text: "Don't ask 'are we okay?' tonight" },
  { id: 'phone-away-evening', text: 'Leave the phone in another room for an evening' },
  { id: 'last-seen-day', text: "Don't check their last-seen for a whole day" },
  { id: 'weekend-apart', text: 'Spend a weekend day on my own plans without checking in' },
] as const;
export type LadderTemplateId = (typeof LADDER_TEMPLATES)[number]['id'];
const templateIds = LADDER_TEMPLATES.map((t) => t.id);

export const ladderStepBody = z.strictObject({
  text: z.string().check(z.minLength(1), z.maxLength(300)),
  /** Position on the ladder, lowest first; ties are broken by record id. */
  order: int(0, 10_000),
  /** The template it started from; absent for a step the person wrote. */
  templateId: z.optional(z.enum(templateIds)),
  archived: z.optional(z.boolean()),
});
export type LadderStepBody = z.infer<typeof ladderStepBody>;

export const ladderStepType = defineRecordType({
  type: 'ladder-step',
  label: 'Ladder steps',
  version: 1,
  schema: ladderStepBody,
  migrations: {},
});

export const ladderAttemptBody = z.strictObject({
  stepId: z.string().check(z.regex(UUID_RE)),
  at: epochMs,
  before: z.optional(int(0, 100)),
  peak: z.optional(int(0, 100)),
  after: z.optional(int(0, 100)),
  note: text(2000),
});
export type LadderAttemptBody = z.infer<typeof ladderAttemptBody>;

export const ladderAttemptType = defineRecordType({
  type: 'ladder-attempt',
  label: 'Ladder attempts',
  version: 1,
  schema: ladderAttemptBody,
  migrations: {},
});
