import { describe, expect, it } from 'vitest';
import { score } from './evaluate.ts';

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
