/**
 * F3 reach-out log: the push-pull cycle itself. An entry is written in two taps (the urge
 * and what I did), may run a pause timer with the urge re-rated at its end, and stays
 * `open` until the person adds the partner's response and how they felt an hour later.
 */
import * as z from 'zod/mini';
import { defineRecordType } from '../registry.ts';
import { epochMs, int, text } from './common.ts';

/** What I did with the urge. The first three are pursuing; the rest hold back. */
export const REACH_OUT_ACTIONS = [
  'texted',
  'called',
  'checked-status',
  'paused',
  'soothed',
  'for-me',
] as const;
export type ReachOutAction = (typeof REACH_OUT_ACTIONS)[number];

export const PURSUING_ACTIONS: readonly ReachOutAction[] = ['texted', 'called', 'checked-status'];

export function isPursuing(action: ReachOutAction): boolean {
  return PURSUING_ACTIONS.includes(action);
}

export const PAUSE_MINUTES = [10, 15, 20] as const;

export const reachOutBody = z.strictObject({
  at: epochMs,
  urge: int(0, 10),
  did: z.enum(REACH_OUT_ACTIONS),
  pauseMinutes: z.optional(z.union([z.literal(10), z.literal(15), z.literal(20)])),
  pauseEndsAt: z.optional(epochMs),
  /** The urge re-rated when the pause ended. */
  urgeAfter: z.optional(int(0, 10)),
  partnerResponse: text(2000),
  /** How settled I felt an hour later: 0 = very unsettled … 10 = settled. */
  hourLater: z.optional(int(0, 10)),
  note: text(2000),
  status: z.enum(['open', 'closed']),
});
export type ReachOutBody = z.infer<typeof reachOutBody>;

export const reachOutType = defineRecordType({
  type: 'reach-out',
  label: 'Reach-outs',
  version: 1,
  schema: reachOutBody,
  migrations: {},
});
