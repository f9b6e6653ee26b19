import * as z from 'zod/mini';

export const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));
export const text = (max: number) => z.string().check(z.maxLength(max));
export const epochMs = z.number().check(z.int(), z.gte(0));

/** Feeling words offered by pickers; people can add their own, so bodies accept any short word. */
export const FEELING_WORDS = [
  'anxious',
  'scared',
  'hurt',
  'lonely',
  'sad',
  'jealous',
  'angry',
  'ashamed',
  'frustrated',
  'confused',
  'unwanted',
  'overwhelmed',
  'numb',
  'hopeless',
] as const;

export const feelingSchema = z.strictObject({
  word: z.string().check(z.minLength(1), z.maxLength(40)),
  intensity: int(0, 100),
});
export type Feeling = z.infer<typeof feelingSchema>;
