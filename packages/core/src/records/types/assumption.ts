/**
 * F5 assumptions ledger: a feared reading of the partner, how likely it felt, and later
 * what the partner actually said. Comparing the two, over time, is the whole point.
 */
import * as z from 'zod/mini';
import { UUID_RE } from '../ids.ts';
import { defineRecordType } from '../registry.ts';
import { epochMs, int, text } from './common.ts';

export const FEAR_OUTCOMES = ['yes', 'no', 'partly'] as const;
export type FearOutcome = (typeof FEAR_OUTCOMES)[number];

export const assumptionBody = z.strictObject({
  at: epochMs,
  fear: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** How likely the feared reading felt, in per cent. */
  likelihood: int(0, 100),
  spiralId: z.optional(z.string().check(z.regex(UUID_RE))),
  partnerSaid: text(4000),
  cameTrue: z.optional(z.enum(FEAR_OUTCOMES)),
  resolvedAt: z.optional(epochMs),
});
export type AssumptionBody = z.infer<typeof assumptionBody>;

export const assumptionType = defineRecordType({
  type: 'assumption',
  label: 'Assumptions',
  version: 1,
  schema: assumptionBody,
  migrations: {},
});
