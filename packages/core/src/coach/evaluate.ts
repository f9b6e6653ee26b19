/**
 * Scoring for the coach evaluation (used by scripts/eval-coach.ts and its tests): per-label
 * precision, recall and F1 over multi-label items, macro-F1, the share of texts labelled
 * with no pattern that still got a flag, and Cohen's kappa between two annotators.
 */
import { LABELS, type Label } from './types.ts';

export interface Scored {
  expected: readonly Label[];
  predicted: readonly Label[];
}

export interface LabelScore {
  label: Label;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Report {
  n: number;
  labels: LabelScore[];
  macroF1: number;
  noFlagTexts: number;
  noFlagFlagged: number;
  noFlagRate: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function score(items: readonly Scored[]): Report {
  const labels = LABELS.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const it of items) {
      const want = it.expected.includes(label);
      const got = it.predicted.includes(label);
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = ratio(2 * precision * recall, precision + recall);
    return { label, tp, fp, fn, precision, recall, f1 };
  });
  const none = items.filter((it) => it.expected.length === 0);
  const flagged = none.filter((it) => it.predicted.length > 0).length;
  return {
    n: items.length,
    labels,
    macroF1: labels.reduce((sum, l) => sum + l.f1, 0) / labels.length,
    noFlagTexts: none.length,
    noFlagFlagged: flagged,
    noFlagRate: ratio(flagged, none.length),
  };
}

/** Cohen's kappa for two binary ratings over the same items. */
export function kappa(a: readonly boolean[], b: readonly boolean[]): number {
  const n = a.length;
  if (n === 0) return Number.NaN;
  let agree = 0;
  let pa = 0;
  let pb = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree++;
    if (a[i]) pa++;
    if (b[i]) pb++;
  }
  const po = agree / n;
  const pe = (pa / n) * (pb / n) + (1 - pa / n) * (1 - pb / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}
