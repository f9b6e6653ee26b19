import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, BANDS, bandOf } from './historyColours.ts';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('calendar colours', () => {
  it('stand out from the page by 3:1 in light and dark', () => {
    for (const band of BANDS) {
      for (const bg of BACKGROUNDS.light)
        expect(contrast(band.light, bg)).toBeGreaterThanOrEqual(3);
      for (const bg of BACKGROUNDS.dark) expect(contrast(band.dark, bg)).toBeGreaterThanOrEqual(3);
    }
  });

  it('put each mean in the band its rounded label names', () => {
    expect(bandOf(0).label).toBe('0–1');
    expect(bandOf(1.4).label).toBe('0–1');
    expect(bandOf(1.5).label).toBe('2–3');
    expect(bandOf(5.49).label).toBe('4–5');
    expect(bandOf(7.6).label).toBe('8–10');
    expect(bandOf(10).label).toBe('8–10');
  });
});
