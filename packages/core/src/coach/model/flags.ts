/**
 * Where the learned model sees a label that no rule explains, the coach still owes the
 * person a span and a reason: it flags the sentence the model scores highest for that label,
 * whole, with a plain reason for the label (ruleId `model`). The rules' flags keep their
 * exact words; the model only adds.
 */
import type { Sentence } from '../tokens.ts';
import type { AnalyseOptions, Flag, Label } from '../types.ts';
import { LABELS } from '../types.ts';
import { featuresOf } from './features.ts';
import { predict } from './score.ts';

export const MODEL_WHY: Readonly<Record<Label, string>> = {
  mind_reading: 'This may read their mind for them; asking leaves room for what they really think.',
  overgeneralizing: 'This may turn one hard moment into the whole story.',
  catastrophizing: 'This may make one hard moment feel like the worst outcome.',
  labeling: 'This may sum up a whole person in one word; naming what happened is easier to hear.',
  demanding: 'This may read as an order; a request leaves room to say yes.',
  reassurance_seeking: 'Asking for reassurance can calm the worry for a moment and feed it later.',
  personalizing: 'This may take their mood as caused by you before you know.',
  blaming: 'This may put your feeling on them; saying it as yours is easier to hear.',
  protest:
    'This may push for a reaction instead of asking for one; saying what you need gives them a chance.',
};

type Hit = { ruleId: string; label: Label; start: number };

function inside(s: Sentence, h: Hit): boolean {
  return h.start >= s.start && h.start < s.end;
}

/** The sentence (with its rule hits) that the model scores highest for `label`. */
function bestSentence(
  text: string,
  sentences: readonly Sentence[],
  hits: readonly Hit[],
  mode: AnalyseOptions['mode'],
  label: Label,
): Sentence | undefined {
  if (sentences.length === 1) return sentences[0];
  const k = LABELS.indexOf(label);
  let best: Sentence | undefined;
  let bestZ = Number.NEGATIVE_INFINITY;
  for (const s of sentences) {
    const own = hits.filter((h) => inside(s, h));
    const z = predict(featuresOf(text.slice(s.start, s.end), [s], mode, own)).z[k] ?? 0;
    if (z > bestZ) {
      bestZ = z;
      best = s;
    }
  }
  return best;
}

/** The model's labels for the whole text, given the rules' hits as features. */
export function modelLabels(
  text: string,
  sentences: readonly Sentence[],
  mode: AnalyseOptions['mode'],
  hits: readonly Hit[],
): Label[] {
  // A terse reply ("ok", "k 👍") has no context to judge: only a rule may flag it.
  const words = sentences.reduce((n, s) => n + s.tokens.length, 0);
  if (words < 3) return [];
  return predict(featuresOf(text, sentences, mode, hits)).labels;
}

// "…and then she said 'I'm a loser'": words in a quote after a speech verb are someone else's.
const SPEECH =
  /\b(?:said|says|say|told me|tells me|called me|calls me|asked|yelled|shouted|screamed|wrote|texted|goes|went)\W*$/i;

function reported(text: string, s: Sentence, quotes: readonly [number, number][]): boolean {
  return quotes.some(
    ([a, b]) =>
      a >= s.start &&
      a < s.end &&
      b - a >= (s.end - s.start) / 3 &&
      SPEECH.test(text.slice(s.start, a)),
  );
}

/**
 * Whole-sentence flags for the model's labels that no rule flag already explains. Not where a
 * rule of the label matched but a guard stopped it (`guarded`: "sentenceStart:label"), and
 * not on reported speech.
 */
export function modelFlags(
  text: string,
  sentences: readonly Sentence[],
  mode: AnalyseOptions['mode'],
  hits: readonly Hit[],
  labels: readonly Label[],
  context: { guarded: ReadonlySet<string>; quotes: readonly [number, number][] } = {
    guarded: new Set(),
    quotes: [],
  },
): Flag[] {
  const explained = new Set(hits.map((h) => h.label));
  const out: Flag[] = [];
  for (const label of labels) {
    if (explained.has(label)) continue;
    const s = bestSentence(text, sentences, hits, mode, label);
    if (s === undefined || context.guarded.has(`${s.start}:${label}`)) continue;
    if (reported(text, s, context.quotes)) continue;
    out.push({
      label,
      start: s.start,
      end: s.end,
      quote: text.slice(s.start, s.end),
      why: MODEL_WHY[label],
      ruleId: 'model',
    });
  }
  return out;
}
