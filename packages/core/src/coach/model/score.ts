/**
 * Runs the learned model on the device: decodes the shipped weights once (when the coach
 * chunk loads) and scores features with one logistic unit per label. No network, no state.
 */
import { LABELS, type Label } from '../types.ts';
import type { Featured } from './features.ts';
import { MODEL } from './weights.ts';

export interface Decoded {
  /** Hashed feature → its row in `weights`. */
  row: Map<number, number>;
  weights: Int8Array;
  scale: readonly number[];
  bias: readonly number[];
  threshold: readonly number[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Uint8Array(128);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** Base64 to bytes by hand (core runs where neither `atob` nor `Buffer` is typed); a table
 * and charCodeAt keep it fast while the chunk is still cold. */
function bytes(b64: string): Uint8Array {
  let end = b64.length;
  while (end > 0 && b64.charCodeAt(end - 1) === 61) end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (let i = 0; i < end; i++) {
    acc = ((acc << 6) | (B64_VALUE[b64.charCodeAt(i) & 127] ?? 0)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Sorted feature hashes are stored as LEB128 varint deltas. */
export function decodeIds(b64: string): number[] {
  const b = bytes(b64);
  const ids: number[] = [];
  let prev = 0;
  let i = 0;
  while (i < b.length) {
    let value = 0;
    let shift = 0;
    let byte = 0;
    do {
      byte = b[i++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    prev += value;
    ids.push(prev);
  }
  return ids;
}

export function encodeIds(sorted: readonly number[]): Uint8Array {
  const out: number[] = [];
  let prev = 0;
  for (const id of sorted) {
    let d = id - prev;
    prev = id;
    do {
      const low = d % 128;
      d = Math.floor(d / 128);
      out.push(d > 0 ? low | 0x80 : low);
    } while (d > 0);
  }
  return Uint8Array.from(out);
}

export function decode(model: typeof MODEL): Decoded {
  const ids = decodeIds(model.ids);
  const raw = bytes(model.weights);
  return {
    row: new Map(ids.map((id, i) => [id, i])),
    weights: new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength),
    scale: model.scale,
    bias: model.bias,
    threshold: model.threshold,
  };
}

const K = LABELS.length;

/** Logits per label: n-gram features weigh 1/√n, signals weigh 1. */
export function logits(d: Decoded, f: Featured): number[] {
  const sum = new Array<number>(K).fill(0);
  const add = (hashes: readonly number[], value: number) => {
    for (const h of hashes) {
      const r = d.row.get(h);
      if (r === undefined) continue;
      for (let k = 0; k < K; k++) sum[k] = (sum[k] ?? 0) + value * (d.weights[r * K + k] ?? 0);
    }
  };
  add(f.grams, f.grams.length === 0 ? 0 : 1 / Math.sqrt(f.grams.length));
  add(f.signals, 1);
  return sum.map((x, k) => x * (d.scale[k] ?? 0) + (d.bias[k] ?? 0));
}

let decoded: Decoded | null = null;
const shipped = () => {
  decoded ??= decode(MODEL);
  return decoded;
};

/** Labels whose probability reaches the label's tuned threshold, with the logits. */
export function predict(f: Featured, d: Decoded = shipped()): { labels: Label[]; z: number[] } {
  const z = logits(d, f);
  const labels = LABELS.filter((_, k) => 1 / (1 + Math.exp(-(z[k] ?? 0))) >= (d.threshold[k] ?? 1));
  return { labels, z };
}
