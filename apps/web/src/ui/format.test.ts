import { describe, expect, it } from 'vitest';
import { formatAgo, formatDateTime } from './format.ts';

describe('formatAgo', () => {
  const now = Date.UTC(2026, 10, 26, 12, 0);
  it('says just now, then minutes, then hours, then the date', () => {
    expect(formatAgo(now - 30_000, now)).toBe('just now');
    expect(formatAgo(now - 119_000, now)).toBe('just now');
    expect(formatAgo(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(formatAgo(now - 59 * 60_000, now)).toBe('59 min ago');
    expect(formatAgo(now - 3 * 3_600_000, now)).toBe('3 h ago');
    const old = now - 3 * 86_400_000;
    expect(formatAgo(old, now)).toBe(`on ${formatDateTime(old)}`);
  });
});
