import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean, median, round, variance } from './stats.ts';
import { incompleteBeta, tCdf, tQuantile } from './tdist.ts';

describe('basic statistics', () => {
  it('gives known answers and null on empty input', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(variance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 12);
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
    expect(variance([1])).toBeNull();
    expect(round(0.1 + 0.2)).toBe(0.3);
  });

  it('keeps the median between the minimum and maximum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }), (xs) => {
        const m = median(xs) ?? Number.NaN;
        expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(m).toBeLessThanOrEqual(Math.max(...xs));
      }),
    );
  });
});

describe('Student t distribution', () => {
  // Two-sided 90 % critical values from published t tables.
  const table: [number, number][] = [
    [1, 6.3138],
    [2, 2.92],
    [3, 2.3534],
    [5, 2.015],
    [10, 1.8125],
    [30, 1.6973],
    [1000, 1.6464],
  ];
  it.each(table)('t(0.95, df=%d) ≈ %d', (df, t) => {
    expect(tQuantile(0.95, df)).toBeCloseTo(t, 3);
  });

  it('matches other known points', () => {
    expect(tCdf(0, 7)).toBe(0.5);
    expect(tCdf(2.228139, 10)).toBeCloseTo(0.975, 6);
    expect(tCdf(-2.228139, 10)).toBeCloseTo(0.025, 6);
    expect(incompleteBeta(1, 1, 0.3)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(2, 3, 0.4)).toBeCloseTo(0.5248, 10);
  });

  it('inverts its CDF for any p and df', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        (p, df) => {
          expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 8);
        },
      ),
    );
  });

  it('rejects impossible input as a bug', () => {
    expect(() => tQuantile(0.2, 3)).toThrow();
    expect(() => tQuantile(0.95, 0)).toThrow();
  });
});
