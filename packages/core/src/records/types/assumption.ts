/**
 * F5 assumptions ledger: "what I fear this means" with how likely it feels, and later what
 * the partner actually said and whether the fear came true. Over time the ledger shows how
 * often feared readings were confirmed.
 */
import * as z from 'zod/mini';
import { defineRecordType } from '../registry.ts';
import { epochMs, int, text } from './common.ts';

export const FEAR_OUTCOMES = ['no', 'partly', 'yes'] as const;
export type FearOutcome = (typeof FEAR_OUTCOMES)[number];

export const assumptionBody = z.strictObject({
  at: epochMs,
  /** Where it was written: the composer, a spiral, or the ledger itself. */
  source: z.enum(['composer', 'spiral', 'ledger']),
  spiralId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** What happened or what they wrote, in the person's words. */
  about: text(4000),
  fear: z.string().check(z.minLength(1), z.maxLength(2000)),
  likelihood: int(0, 100),
  resolved: z.optional(
    z.strictObject({
      at: epochMs,
      said: text(4000),
      cameTrue: z.enum(FEAR_OUTCOMES),
    }),
  ),
});
export type AssumptionBody = z.infer<typeof assumptionBody>;

export const assumptionType = defineRecordType({
  type: 'assumption',
  label: 'Assumptions',
  version: 1,
  schema: assumptionBody,
  migrations: {},
});

export interface FearConfirmed {
  resolved: number;
  /** "yes" counts as 1, "partly" as 0.5. */
  confirmed: number;
  rate: number | undefined;
}

/** How often a feared reading came true, over the resolved assumptions given. */
export function fearConfirmed(bodies: readonly AssumptionBody[]): FearConfirmed {
  let resolved = 0;
  let confirmed = 0;
  for (const b of bodies) {
    if (b.resolved === undefined) continue;
    resolved++;
    confirmed += b.resolved.cameTrue === 'yes' ? 1 : b.resolved.cameTrue === 'partly' ? 0.5 : 0;
  }
  return { resolved, confirmed, rate: resolved === 0 ? undefined : confirmed / resolved };
}
