import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../testing/deps.ts';
import {
  decodeWrappedKey,
  encodeWrappedKey,
  formatRecoveryKey,
  parseRecoveryKey,
  recoveryMaterial,
} from './clientKeys.ts';

describe('recovery key', () => {
  it('round-trips through its printed form, however it is typed back', () => {
    const random = seededRandom(9);
    for (let i = 0; i < 200; i++) {
      const key = random(32);
      const text = formatRecoveryKey(key);
      expect(text).toHaveLength(52 + 12);
      expect(parseRecoveryKey(text)).toEqual(key);
      expect(parseRecoveryKey(` ${text.toLowerCase().replace(/-/g, ' ')} `)).toEqual(key);
    }
    expect(parseRecoveryKey('too short')).toBeNull();
    expect(parseRecoveryKey('U'.repeat(52))).toBeNull();
  });

  it('derives a token that differs from the wrapping key, and wraps the account key', async () => {
    const key = seededRandom(3)(32);
    const { wrapper, token } = recoveryMaterial(key);
    const ak = seededRandom(4)(32);
    const blob = encodeWrappedKey(await wrapper.wrap(ak));
    const back = decodeWrappedKey(blob);
    if (!back) throw new Error('no blob');
    expect(await wrapper.unwrap(back)).toEqual({ ok: true, value: ak });
    const other = recoveryMaterial(seededRandom(5)(32));
    expect((await other.wrapper.unwrap(back)).ok).toBe(false);
    expect(token).not.toBe(other.token);
    expect(decodeWrappedKey('bm90IGpzb24=')).toBeNull();
  });
});
