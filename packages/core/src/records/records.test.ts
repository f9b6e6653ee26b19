import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManualClock, seededRandom } from '../../testing/deps.ts';
import { decodeHlc, encodeHlc, HlcClock } from './hlc.ts';
import { UUID_RE, uuidv7 } from './ids.ts';
import { parseBody } from './registry.ts';
import { checkinType } from './types/checkin.ts';

describe('uuidv7', () => {
  it('is a version 7 UUID whose prefix orders by time', () => {
    const clock = new ManualClock(1_700_000_000_000);
    const random = seededRandom(3);
    const a = uuidv7(clock, random);
    clock.advance(1);
    const b = uuidv7(clock, random);
    expect(a).toMatch(UUID_RE);
    expect(a[14]).toBe('7');
    expect('89ab').toContain(a[19]);
    expect(a < b).toBe(true);
    expect(Number.parseInt(a.slice(0, 8) + a.slice(9, 13), 16)).toBe(1_700_000_000_000);
  });
});

describe('HLC', () => {
  it('is monotonic even when the wall clock goes backwards', () => {
    const clock = new ManualClock(1000);
    const hlc = new HlcClock('aa', clock);
    const a = hlc.tick();
    clock.ms = 500;
    const b = hlc.tick();
    expect(b > a).toBe(true);
  });

  it('orders after a remote timestamp it has observed', () => {
    const clock = new ManualClock(1000);
    const hlc = new HlcClock('aa', clock);
    const remote = encodeHlc({ wall: 9000, counter: 4 }, 'bb');
    hlc.observe(remote);
    expect(hlc.tick() > remote).toBe(true);
  });

  it('encodes so that string order is (wall, counter) order', () => {
    fc.assert(
      fc.property(
        fc.nat(2 ** 47),
        fc.nat(1000),
        fc.nat(2 ** 47),
        fc.nat(1000),
        (w1, c1, w2, c2) => {
          const a = encodeHlc({ wall: w1, counter: c1 }, 'n');
          const b = encodeHlc({ wall: w2, counter: c2 }, 'n');
          const numeric = w1 !== w2 ? Math.sign(w1 - w2) : Math.sign(c1 - c2);
          expect(Math.sign(a.localeCompare(b, 'en'))).toBe(numeric === 0 ? 0 : numeric);
          expect(decodeHlc(a)).toEqual({ wall: w1, counter: c1 });
        },
      ),
    );
  });
});

describe('record bodies', () => {
  it('accepts a valid check-in and rejects out-of-range and unknown fields', () => {
    const ok = { at: 1, security: 7, tags: ['slept well'], note: '' };
    expect(parseBody(checkinType, 1, ok).ok).toBe(true);
    expect(parseBody(checkinType, 1, { ...ok, security: 11 }).ok).toBe(false);
    expect(parseBody(checkinType, 1, { ...ok, extra: true }).ok).toBe(false);
  });

  it('refuses a body from a newer app version instead of guessing', () => {
    expect(parseBody(checkinType, 2, {})).toEqual({
      ok: false,
      error: { type: 'FutureSchemaVersion', version: 2 },
    });
  });
});
