/**
 * Side effects enter core through ports passed in as one `deps` object (docs/architecture.md).
 * Tests build fresh deps each time; there are no module-level singletons.
 */
import { randomBytes } from '@noble/ciphers/utils.js';

export interface Clock {
  /** Wall-clock milliseconds since the epoch. */
  now(): number;
}

export type Random = (length: number) => Uint8Array;

export const systemClock: Clock = { now: () => Date.now() };
export const systemRandom: Random = (length) => randomBytes(length);
