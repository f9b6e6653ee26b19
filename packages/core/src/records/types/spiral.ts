/**
 * F2 spiral flow: a relationship thought record. A spiral is saved after every step, as a
 * draft, so a half-done one survives a reload; `status` turns to 'done' at the end.
 */
import * as z from 'zod/mini';
import { defineRecordType } from '../registry.ts';
import { epochMs, feelingSchema, int, text } from './common.ts';

export const SPIRAL_STEPS = [
  'ground',
  'facts',
  'feelings',
  'story',
  'size',
  'explanations',
  'need',
  'next',
  'rerate',
] as const;
export type SpiralStep = (typeof SPIRAL_STEPS)[number];

export const EXPLANATION_SUGGESTIONS = [
  'They are busy',
  'They are tired',
  'Their phone died or is on silent',
  'They are stressed about something else',
  'They need some space, and it is not about me',
  'They did not see it yet',
] as const;

export const NEEDS = [
  'closeness',
  'reassurance',
  'attention',
  'respect',
  'fun',
  'rest',
  'being understood',
  'safety',
] as const;

export const NEXT_STEPS = ['ask', 'pause', 'soothe', 'let-go'] as const;

export const spiralBody = z.strictObject({
  status: z.enum(['draft', 'done']),
  step: z.enum(SPIRAL_STEPS),
  startedAt: epochMs,
  completedAt: z.optional(epochMs),
  /** When the person said they felt calmer (the end re-rating or the pause timer's end). */
  calmAt: z.optional(epochMs),
  breathed: z.optional(z.boolean()),
  facts: text(4000),
  feelings: z.array(feelingSchema).check(z.maxLength(20)),
  story: text(4000),
  beliefBefore: z.optional(int(0, 100)),
  actionSize: z.optional(int(0, 10)),
  feelingSize: z.optional(int(0, 10)),
  explanations: z.array(z.string().check(z.minLength(1), z.maxLength(400))).check(z.maxLength(20)),
  beliefAfter: z.optional(int(0, 100)),
  needs: z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.maxLength(20)),
  elsewhere: text(2000),
  next: z.optional(z.enum(NEXT_STEPS)),
  askDraft: text(4000),
  pauseMinutes: z.optional(z.union([z.literal(10), z.literal(15), z.literal(20)])),
  pauseEndsAt: z.optional(epochMs),
  feelingsAfter: z.array(feelingSchema).check(z.maxLength(20)),
});
export type SpiralBody = z.infer<typeof spiralBody>;

export const spiralType = defineRecordType({
  type: 'spiral',
  version: 1,
  schema: spiralBody,
  migrations: {},
});

export function emptySpiral(now: number): SpiralBody {
  return {
    status: 'draft',
    step: 'ground',
    startedAt: now,
    facts: '',
    feelings: [],
    story: '',
    explanations: [],
    needs: [],
    elsewhere: '',
    askDraft: '',
    feelingsAfter: [],
  };
}

const meanIntensity = (fs: readonly { intensity: number }[]) =>
  fs.length === 0 ? undefined : fs.reduce((n, f) => n + f.intensity, 0) / fs.length;

/** Minutes from the start of a spiral to the moment the person said they felt calmer. */
export function spiralMinutesToCalm(b: SpiralBody): number | undefined {
  return b.calmAt === undefined ? undefined : Math.max(0, (b.calmAt - b.startedAt) / 60_000);
}

/** Mean feeling intensity at the start minus at the end (positive = it eased). */
export function spiralIntensityDrop(b: SpiralBody): number | undefined {
  const before = meanIntensity(b.feelings);
  const after = meanIntensity(b.feelingsAfter);
  return before === undefined || after === undefined ? undefined : before - after;
}
