import { describe, expect, it } from 'vitest';
import { addressBlock, DEFAULT_LIMITS, RateLimiter } from './rateLimit.ts';

describe('addressBlock', () => {
  it('keeps IPv4 addresses, and unwraps IPv4 mapped into IPv6', () => {
    expect(addressBlock('10.1.2.3')).toBe('10.1.2.3');
    expect(addressBlock('::ffff:10.1.2.3')).toBe('10.1.2.3');
  });

  it('counts every address of one IPv6 /64 as one client, however it is written', () => {
    const block = '2001:db8:1:2::/64';
    expect(addressBlock('2001:db8:1:2::1')).toBe(block);
    expect(addressBlock('2001:0db8:0001:0002:ffff:eeee:dddd:cccc')).toBe(block);
    expect(addressBlock('2001:DB8:1:2:0:0:0:9')).toBe(block);
    expect(addressBlock('2001:db8:1:3::1')).not.toBe(block);
    expect(addressBlock('::1')).toBe('0:0:0:0::/64');
    expect(addressBlock('2001:db8::')).toBe('2001:db8:0:0::/64');
  });
});

describe('RateLimiter', () => {
  const limiter = () => {
    const clock = { now: 0 };
    return { clock, l: new RateLimiter(DEFAULT_LIMITS, () => clock.now) };
  };

  it('making room for new clients never gives a throttled client a fresh budget', () => {
    const { l } = limiter();
    const b = { rate: 1, burst: 2 };
    expect([l.take('busy', b), l.take('busy', b)]).toEqual([0, 0]);
    expect(l.take('busy', b)).toBeGreaterThan(0);
    // Far more clients than the limiter keeps: the ones at full budget are forgotten first.
    for (let i = 0; i < 60_000; i++) l.take(`one-off ${i}`, DEFAULT_LIMITS.apiPerIp);
    expect(l.take('busy', b)).toBeGreaterThan(0);
  });
});
