import { describe, expect, it } from 'vitest';
import { kappa, score } from './evaluate.ts';

describe('score', () => {
  it('computes per-label precision, recall, F1 and the no-flag rate', () => {
    const r = score([
      { expected: ['blaming'], predicted: ['blaming'] },
      { expected: ['blaming'], predicted: [] },
      { expected: [], predicted: ['blaming'] },
      { expected: [], predicted: [] },
    ]);
    const blaming = r.labels.find((l) => l.label === 'blaming');
    expect(blaming).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(r.noFlagTexts).toBe(2);
    expect(r.noFlagFlagged).toBe(1);
    expect(r.noFlagRate).toBe(0.5);
    // Labels never seen score 0, which keeps macro-F1 honest on small sets.
    expect(r.macroF1).toBeCloseTo(0.5 / 9);
  });
});

describe('kappa', () => {
  it('is 1 for full agreement, 0 at chance and negative below it', () => {
    expect(kappa([true, false, true, false], [true, false, true, false])).toBe(1);
    // po = 0.5, pe = 0.5 → 0
    expect(kappa([true, true, false, false], [true, false, true, false])).toBe(0);
    expect(kappa([true, false], [false, true])).toBeLessThan(0);
    // Eight of ten agree (po = 0.8), each says yes half the time (pe = 0.5): 0.6.
    const a = [...Array(10)].map((_, i) => i < 5);
    const b = [true, true, true, true, false, true, false, false, false, false];
    expect(kappa(a, b)).toBeCloseTo(0.6);
  });
});
