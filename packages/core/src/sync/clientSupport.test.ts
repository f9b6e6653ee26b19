/** Push batches within the protocol's count and byte limits, and the too-large wording. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, type Mutation } from '../protocol/protocol.ts';
import { describeFailure, describeTooLarge, pushBatches, retryable } from './clientSupport.ts';

const ID = '01900000-0000-7000-8000-000000000001';
const mutation = (ciphertextChars: number, n = 0): Mutation => ({
  mutationId: ID,
  baseVersion: n,
  envelope: {
    format: 1,
    id: ID,
    spaceId: ID,
    keyId: 'k1-test',
    nonce: 'A'.repeat(32),
    ciphertext: 'A'.repeat(ciphertextChars),
  },
});
const bodyBytes = (ms: Mutation[]) =>
  new TextEncoder().encode(JSON.stringify({ mutations: ms })).length;

describe('pushBatches', () => {
  it('splits by count: 250 small mutations go as 100, 100 and 50', () => {
    const ms = Array.from({ length: 250 }, (_, i) => mutation(400, i));
    expect(pushBatches(ms).map((b) => b.length)).toEqual([100, 100, 50]);
  });

  it('splits by bytes: 100 envelopes of 256 KiB go in bodies of at most 4 MiB', () => {
    const chars = Math.ceil(LIMITS.ciphertextBytes / 3) * 4;
    const ms = Array.from({ length: 100 }, (_, i) => mutation(chars, i));
    const batches = pushBatches(ms);
    expect(batches.length).toBeGreaterThan(8);
    for (const b of batches) expect(bodyBytes(b)).toBeLessThanOrEqual(LIMITS.pushBodyBytes);
    expect(batches.flat()).toEqual(ms);
  });

  it('keeps the order, stays within both limits, and fills each body before the next', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        (sizes, count) => {
          const limits = { count, bytes: 2000 };
          const ms = sizes.map((n, i) => mutation(n, i));
          const batches = pushBatches(ms, limits);
          expect(batches.flat()).toEqual(ms);
          batches.forEach((b, i) => {
            expect(b.length).toBeGreaterThan(0);
            expect(b.length).toBeLessThanOrEqual(count);
            expect(bodyBytes(b)).toBeLessThanOrEqual(limits.bytes);
            const next = batches[i + 1]?.[0];
            if (next && b.length < count) expect(bodyBytes([...b, next])).toBeGreaterThan(2000);
          });
        },
      ),
    );
  });

  it('throws for a mutation that cannot fit a body on its own (the caller sets those aside)', () => {
    expect(() => pushBatches([mutation(3000)], { count: 100, bytes: 2000 })).toThrow(
      'mutation over the push limit',
    );
  });
});

describe('describeTooLarge', () => {
  it('says kindly that the entries stay on this device', () => {
    expect(describeTooLarge(1)).toEqual({
      code: 'too_large',
      message:
        'One entry is too large to sync. It stays safe on this device; everything else syncs.',
    });
    expect(describeTooLarge(3).message).toBe(
      '3 entries are too large to sync. They stay safe on this device; everything else syncs.',
    );
  });
});

describe('storage failures', () => {
  it('are worded kindly, say nothing is lost, and only a full server is retried', () => {
    const quota = { type: 'Http', status: 403, code: 'quota_exceeded' } as const;
    const full = { type: 'Http', status: 507, code: 'storage_full', retryAfter: 60 } as const;
    const q = describeFailure(quota);
    expect(q.code).toBe('quota_exceeded');
    expect(q.message).toMatch(/storage limit/);
    expect(q.message).toMatch(/safe on this device/);
    const f = describeFailure(full);
    expect(f.code).toBe('storage_full');
    expect(f.message).toMatch(/out of space/);
    expect(f.message).toMatch(/safe on this device/);
    expect(retryable(quota)).toBe(false);
    expect(retryable(full)).toBe(true);
  });
});
