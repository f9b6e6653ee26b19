/**
 * Features of the coach's learned model, shared by the training script and the runtime so
 * that both see exactly the same thing: word unigrams and bigrams and character 3- and
 * 4-grams of the normalised token line (texting forms already expanded), the rules' own
 * hits (rule id and label), the mode, and a few shapes of the raw text (question marks,
 * capitals, length). Each feature is a string hashed to 32 bits (FNV-1a).
 */
import type { Sentence } from '../tokens.ts';
import type { Mode } from '../types.ts';

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Featured {
  /** Hashed n-gram features (each counted once). */
  grams: number[];
  /** Hashed rule, mode and shape features: strong binary signals, never down-weighted. */
  signals: number[];
}

function grams(line: string, into: Set<string>): void {
  const words = line.split(' ');
  let prev = '<s>';
  for (const w of words) {
    if (w !== '|') {
      into.add(`w:${w}`);
      const padded = ` ${w} `;
      for (let n = 3; n <= 4; n++) {
        for (let i = 0; i + n <= padded.length; i++) into.add(`c:${padded.slice(i, i + n)}`);
      }
    }
    into.add(`b:${prev}_${w}`);
    prev = w;
  }
  into.add(`b:${prev}_</s>`);
}

function shapes(raw: string, tokens: number, into: Set<string>): void {
  if (raw.includes('?')) into.add('s:q');
  if (raw.includes('??')) into.add('s:qq');
  if (raw.includes('!!')) into.add('s:ex2');
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const upper = raw.replace(/[^\p{Lu}]/gu, '');
  if (letters.length >= 8 && upper.length / letters.length > 0.6) into.add('s:caps');
  if (tokens <= 3) into.add('s:short');
  if (tokens > 40) into.add('s:long');
}

/** Features of some sentences of a text, with the rule ids that fired in them. */
export function featuresOf(
  raw: string,
  sentences: readonly Sentence[],
  mode: Mode,
  ruleHits: readonly { ruleId: string; label: string }[],
): Featured {
  const g = new Set<string>();
  let tokens = 0;
  for (const s of sentences) {
    grams(s.line, g);
    tokens += s.tokens.length;
  }
  const sig = new Set<string>([`m:${mode}`]);
  shapes(raw, tokens, sig);
  for (const h of ruleHits) {
    sig.add(`r:${h.ruleId}`);
    sig.add(`l:${h.label}`);
  }
  return { grams: [...g].map(fnv1a), signals: [...sig].map(fnv1a) };
}
