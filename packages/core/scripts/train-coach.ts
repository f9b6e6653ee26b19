/**
 * npm run train:coach: trains the coach's learned model and writes its weights into the coach
 * chunk (src/coach/model/weights.ts). Deterministic: a seeded validation slice, a seeded
 * example order, no randomness elsewhere, so the same corpus gives the same bytes.
 *
 * Data: the TRAIN texts only (corpus/dev.jsonl and corpus/v2/train.jsonl); the frozen test
 * splits and the shared dev set are never read here.
 * 1. One-vs-rest logistic regression (AdaGrad, L2) over hashed features (model/features.ts),
 *    trained on the train split minus a seeded 20 % validation slice.
 * 2. Keeps the KEEP features with the largest weight for any label (the size budget), retrains
 *    on them, quantises to int8, and picks each label's threshold on the validation slice for
 *    the combined coach (a rule flag OR the model above the threshold), with a cost for
 *    flagging a clean text.
 * 3. Retrains on the whole train split with those features and thresholds and writes them.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../src/coach/analyse.ts';
import { type Featured, featuresOf, fnv1a } from '../src/coach/model/features.ts';
import { type Decoded, encodeIds, logits } from '../src/coach/model/score.ts';
import { tokenize } from '../src/coach/tokens.ts';
import { LABELS, type Label } from '../src/coach/types.ts';
import { type CorpusItem, isValidation, readCorpus } from './corpus.ts';

const root = resolve(dirname(process.argv[1] ?? fileURLToPath(import.meta.url)), '../../..');
const corpusDir = resolve(root, 'packages/core/src/coach/corpus');
const SEED = 'securebase-coach-2';
const KEEP = Number(process.env.COACH_KEEP ?? 6000);
// Hyperparameters; the environment overrides them only for experiments (COACH_DRY=1 writes nothing).
const EPOCHS = Number(process.env.COACH_EPOCHS ?? 30);
const LR = Number(process.env.COACH_LR ?? 0.3);
const L2 = Number(process.env.COACH_L2 ?? 1e-4);
const POS = Number(process.env.COACH_POS ?? 2);
const K = LABELS.length;

interface Example {
  item: CorpusItem;
  f: Featured;
  y: boolean[];
  rules: Set<Label>;
}

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function example(item: CorpusItem): Example {
  const sentences = tokenize(item.text);
  const ruled = analyse(item.text, { mode: item.mode, use: 'rules' }).flags;
  return {
    item,
    f: featuresOf(item.text, sentences, item.mode, ruled),
    y: LABELS.map((l) => item.labels.includes(l)),
    rules: new Set(ruled.map((r) => r.label)),
  };
}

type Weights = Map<number, Float64Array>;

function train(data: readonly Example[], allowed: Set<number> | null) {
  const w: Weights = new Map();
  const g2: Map<number, Float64Array> = new Map();
  const bias = new Float64Array(K);
  const biasG = new Float64Array(K).fill(1e-8);
  const rand = mulberry32(fnv1a(SEED));
  const order = data.map((_, i) => i);
  const lr = LR;
  const l2 = L2;
  const row = (h: number) => {
    let r = w.get(h);
    if (r === undefined) {
      r = new Float64Array(K);
      w.set(h, r);
      g2.set(h, new Float64Array(K).fill(1e-8));
    }
    return r;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const idx of order) {
      const ex = data[idx];
      if (ex === undefined) continue;
      const feats: [number, number][] = [];
      const gv = ex.f.grams.length === 0 ? 0 : 1 / Math.sqrt(ex.f.grams.length);
      for (const h of ex.f.grams) if (allowed === null || allowed.has(h)) feats.push([h, gv]);
      for (const h of ex.f.signals) if (allowed === null || allowed.has(h)) feats.push([h, 1]);
      const z = Array.from(bias);
      for (const [h, v] of feats) {
        const r = row(h);
        for (let k = 0; k < K; k++) z[k] = (z[k] ?? 0) + v * (r[k] ?? 0);
      }
      for (let k = 0; k < K; k++) {
        const p = 1 / (1 + Math.exp(-(z[k] ?? 0)));
        // Positives are rare for every label: weigh them up so recall is reachable.
        const err = ex.y[k] ? (p - 1) * POS : p;
        if (Math.abs(err) < 1e-4) continue;
        biasG[k] = (biasG[k] ?? 0) + err * err;
        bias[k] = (bias[k] ?? 0) - (lr * err) / Math.sqrt(biasG[k] ?? 1);
        for (const [h, v] of feats) {
          const r = row(h);
          const gg = g2.get(h);
          if (gg === undefined) continue;
          const grad = err * v + l2 * (r[k] ?? 0);
          gg[k] = (gg[k] ?? 0) + grad * grad;
          r[k] = (r[k] ?? 0) - (lr * grad) / Math.sqrt(gg[k] ?? 1);
        }
      }
    }
  }
  return { w, bias: Array.from(bias) };
}

function strongest(w: Weights, keep: number): Set<number> {
  const ranked = [...w.entries()]
    .map(([h, r]) => [h, Math.max(...Array.from(r, Math.abs))] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return new Set(ranked.slice(0, keep).map(([h]) => h));
}

function quantise(model: { w: Weights; bias: number[] }, keep: Set<number>) {
  const ids = [...keep].filter((h) => model.w.has(h)).sort((a, b) => a - b);
  const scale = LABELS.map((_, k) => {
    let max = 0;
    for (const h of ids) max = Math.max(max, Math.abs(model.w.get(h)?.[k] ?? 0));
    return max === 0 ? 0 : max / 127;
  });
  const q = new Int8Array(ids.length * K);
  ids.forEach((h, i) => {
    const r = model.w.get(h);
    for (let k = 0; k < K; k++) {
      const s = scale[k] ?? 0;
      q[i * K + k] = s === 0 ? 0 : Math.round((r?.[k] ?? 0) / s);
    }
  });
  return { ids, q, scale, bias: model.bias };
}

function asDecoded(m: ReturnType<typeof quantise>, threshold: number[]): Decoded {
  return {
    row: new Map(m.ids.map((h, i) => [h, i])),
    weights: m.q,
    scale: m.scale,
    bias: m.bias,
    threshold,
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const GRID = Array.from({ length: 19 }, (_, i) => 0.1 + i * 0.05);

/** Per label, the threshold that best serves the combined coach on the validation slice. */
function thresholds(d: Decoded, val: readonly Example[]): number[] {
  const probs = val.map((ex) => logits(d, ex.f).map(sigmoid));
  const clean = val.filter((ex) => ex.item.labels.length === 0).length || 1;
  return LABELS.map((label, k) => {
    let best = 0.5;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const t of GRID) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let cleanHits = 0;
      val.forEach((ex, i) => {
        const got = ex.rules.has(label) || (probs[i]?.[k] ?? 0) >= t;
        if (got && ex.y[k]) tp++;
        else if (got) {
          fp++;
          if (ex.item.labels.length === 0) cleanHits++;
        } else if (ex.y[k]) fn++;
      });
      const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
      const score = f1 - 2 * (cleanHits / clean);
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = t;
      }
    }
    return Number(best.toFixed(2));
  });
}

/** Rules alone, model alone and both on the validation slice: what each part adds. */
function report(name: string, d: Decoded, data: readonly Example[]): void {
  console.log(`${name} (${data.length} texts):`);
  const clean = data.filter((ex) => ex.item.labels.length === 0);
  for (const part of ['rules', 'model', 'both'] as const) {
    const got = data.map((ex) => {
      const z = logits(d, ex.f);
      return LABELS.map((label, k) => {
        const model = sigmoid(z[k] ?? 0) >= (d.threshold[k] ?? 1);
        const rule = ex.rules.has(label);
        return part === 'rules' ? rule : part === 'model' ? model : rule || model;
      });
    });
    const f1s = LABELS.map((_, k) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      data.forEach((ex, i) => {
        const g = got[i]?.[k] ?? false;
        if (g && ex.y[k]) tp++;
        else if (g) fp++;
        else if (ex.y[k]) fn++;
      });
      return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    });
    const flagged = data.filter(
      (ex, i) => ex.item.labels.length === 0 && (got[i] ?? []).some(Boolean),
    ).length;
    const macro = f1s.reduce((a, b) => a + b, 0) / K;
    const per = f1s.map((f, k) => `${LABELS[k]?.slice(0, 4)} ${f.toFixed(2)}`).join(' ');
    console.log(
      `  ${part.padEnd(5)} macro-F1 ${macro.toFixed(3)}, clean flagged ${flagged}/${clean.length} | ${per}`,
    );
  }
}

function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

const items = readCorpus(corpusDir, 'train');
const examples = items.map(example);
const fit = examples.filter((ex) => !isValidation(ex.item.id));
const val = examples.filter((ex) => isValidation(ex.item.id));
console.log(`train split: ${examples.length} texts (${fit.length} fit, ${val.length} validation)`);

const full = train(fit, null);
const keep = strongest(full.w, KEEP);
const small = quantise(train(fit, keep), keep);
const threshold = thresholds(asDecoded(small, new Array(K).fill(0.5)), val);
console.log(`kept ${keep.size} of ${full.w.size} features; thresholds ${threshold.join(' ')}`);

report('validation slice, model fit without it', asDecoded(small, threshold), val);

if (process.env.COACH_DRY === '1') process.exit(0);
const final = quantise(train(examples, keep), keep);
const source = `/**
 * Generated by packages/core/scripts/train-coach.ts (npm run train:coach); do not edit.
 * ${final.ids.length} hashed features × ${K} labels, int8 with a scale per label; trained on
 * ${examples.length} texts of the train split; thresholds chosen on a seeded validation slice.
 */
export const MODEL = {
  version: 1,
  ids: '${b64(encodeIds(final.ids))}',
  weights: '${b64(new Uint8Array(final.q.buffer))}',
  scale: [${final.scale.map((x) => x.toPrecision(6)).join(', ')}],
  bias: [${final.bias.map((x) => x.toFixed(4)).join(', ')}],
  threshold: [${threshold.join(', ')}],
};
`;
const out = resolve(root, 'packages/core/src/coach/model/weights.ts');
writeFileSync(out, source);
// The repo's formatter lays the number arrays out; the bytes of the weights do not change.
spawnSync(resolve(root, 'node_modules/.bin/biome'), ['format', '--write', out], {
  stdio: 'ignore',
});
console.log(`wrote model/weights.ts (${(source.length / 1024).toFixed(1)} kB of source)`);
