/**
 * Pulls the person's own concrete words out of a flagged text for the rewrites: what the
 * partner did (without the "always"/"never"), the thing it was about, a feeling word they
 * used, how the partner seems, and what they are asking for. Anything not found becomes a
 * visible placeholder upstream, never an invented fact.
 */
import { baseOf, nounPhrase, pastOf } from './morph.ts';
import type { Sentence } from './tokens.ts';
import type { Flag, Label } from './types.ts';

export const FEELINGS = [
  'hurt',
  'lonely',
  'worried',
  'scared',
  'sad',
  'anxious',
  'insecure',
  'frustrated',
  'disappointed',
  'left out',
  'stressed',
  'overwhelmed',
  'afraid',
  'nervous',
  'embarrassed',
  'ashamed',
  'jealous',
  'confused',
  'unsure',
  'low',
  'tired',
  'angry',
  'upset',
] as const;

const DEFAULT_FEELING: Record<Label, string> = {
  mind_reading: 'worried',
  overgeneralizing: 'lonely',
  catastrophizing: 'scared',
  labeling: 'hurt',
  demanding: 'worried',
  reassurance_seeking: 'insecure',
  personalizing: 'worried',
  blaming: 'hurt',
  protest: 'hurt',
};

const MOODS = [
  'stressed',
  'upset',
  'quiet',
  'distant',
  'sad',
  'unhappy',
  'grumpy',
  'snappy',
  'tired',
  'annoyed',
  'down',
  'off',
  'cold',
  'short with me',
  'in a bad mood',
  'in a mood',
  'miserable',
  'frustrated',
  'withdrawn',
  'fed up',
  'angry',
  'mad',
];

const FILLER = new Set(
  'obviously clearly literally even just really actually honestly seriously totally still so always never constantly continually forever once ever anymore'.split(
    ' ',
  ),
);
const BE_PAST: ReadonlyMap<string, string> = new Map([
  ['are', 'were'],
  ['is', 'was'],
  ['am', 'was'],
]);

const words = (s: Sentence, from: number, to: number) =>
  s.tokens.slice(from, to + 1).map((t) => t.w);

function tidy(list: string[]): string {
  return list
    .join(' ')
    .replace(/\bdo not\b/g, "don't")
    .replace(/\bdid not\b/g, "didn't")
    .replace(/\bwere not\b/g, "weren't")
    .replace(/\byou would\b/g, "you'd")
    .replace(/\byou are\b/g, "you're")
    .replace(/\bi\b/g, 'I')
    .trim();
}

/**
 * The flag's clause from its first "you" (or its start) to the clause end, as words; null
 * when the clause runs longer than 12 words, so a rewrite never cuts one mid-way.
 */
function clauseFrom(s: Sentence, flag: Flag, fromYou: boolean): string[] | null {
  const at = s.tokens.findIndex((t) => t.start >= flag.start && (!fromYou || t.w === 'you'));
  if (at < 0) return null;
  const clause = s.clauses[s.clauseOf[at] ?? 0];
  if (clause === undefined || clause.last - at > 11) return null;
  const w = words(s, at, clause.last);
  while (w.length > 0 && DANGLING.has(w[w.length - 1] ?? '')) w.pop();
  return w;
}

/** Words a phrase cannot end on. */
export const DANGLING = new Set(
  'and but or so to the a an of because that your have has with if when than my for about at is are was were be do does did not would could should will can just very really then'.split(
    ' ',
  ),
);

const JUDGING = /^(?:ignor|disrespect|manipulat|abandon|betray|neglect|us(?:e|ed|ing)$|gaslight)/;

const CERTAIN = new Set(
  'obviously clearly literally just really actually secretly even'.split(' '),
);

/** "I know you'd rather be with your friends" → "you'd rather be with your friends". */
export function belief(s: Sentence, flag: Flag): string | null {
  // A loaded question or a model flag (a whole sentence) holds no belief to quote cleanly.
  if (flag.ruleId === 'mr-loaded-why' || flag.ruleId === 'model') return null;
  const w = clauseFrom(s, flag, true);
  if (w === null || w.length < 2) return null;
  return tidy(w.filter((x) => !CERTAIN.has(x)));
}

/** What follows "your fault", "because of you", "thanks to you": "we are late". */
export function outcome(s: Sentence, flag: Flag): string | null {
  const after = s.tokens.findIndex((t) => t.start >= flag.end);
  const clause = s.clauses[s.clauseOf[after] ?? -1];
  if (after < 0 || clause === undefined || clause.first > after) return null;
  if (s.clauseOf[after] !== s.clauseOf[s.tokens.findIndex((t) => t.start >= flag.start)])
    return null;
  const w = words(s, after, Math.min(clause.last, after + 8));
  return w.length >= 2 && ['we', 'i', 'my', 'the', 'our'].includes(w[0] ?? '') ? tidy(w) : null;
}

/** "you never text back" → "you didn't text back"; "you always forget X" → "you forgot X". */
export function partnerAction(s: Sentence, flag: Flag): string | null {
  // The partner: "you" in a message; "he", "she" or "they" may stand for them in a journal.
  const i = s.tokens.findIndex((t) => t.start >= flag.start && PARTNER.has(t.w));
  const subject = s.tokens[i]?.w;
  if (i < 0 || subject === undefined) return null;
  const clause = s.clauses[s.clauseOf[i] ?? 0];
  if (clause === undefined) return null;
  const all = words(s, i + 1, Math.min(clause.last, i + 10));
  const stop = all.findIndex((w) => ['and', 'but', 'because', 'so', 'then', 'while'].includes(w));
  const rest = stop > 0 ? all.slice(0, stop) : all;
  const negated = rest.includes('never');
  const kept = rest.filter((w) => !FILLER.has(w));
  // "you ignored me" judges; a rewrite then falls back to a placeholder instead.
  if (kept.some((w) => JUDGING.test(w))) return null;
  const [first, ...tail] = kept;
  if (first === undefined || (tail.length === 0 && BE_PAST.has(first))) return null;
  if (BE_PAST.has(first)) {
    const be = BE_PAST.get(first) ?? first;
    return tidy([subject, negated ? `${be} not` : be, ...tail]);
  }
  const head = subject === 'he' || subject === 'she' ? baseOfThirdPerson(first) : first;
  if (['have', 'had', 'do', 'does', 'did'].includes(head) && tail.length > 0 && !negated) {
    return tidy([subject, pastOf(head), ...tail]);
  }
  return tidy(negated ? [subject, 'did not', head, ...tail] : [subject, pastOf(head), ...tail]);
}

const PARTNER = new Set(['you', 'he', 'she', 'they']);

/** "listens" → "listen", "tries" → "try", "watches" → "watch". */
function baseOfThirdPerson(verb: string): string {
  if (verb === 'has') return 'have';
  if (verb === 'does') return 'do';
  if (verb === 'is') return 'be';
  if (verb.endsWith('ies') && verb.length > 4) return `${verb.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|o)es$/.test(verb)) return verb.slice(0, -2);
  if (verb.endsWith('s') && !verb.endsWith('ss')) return verb.slice(0, -1);
  return verb;
}

/** A concrete noun phrase the text is about ("the evening", "your friends"), or null. */
export function topic(sentences: Sentence[], skip: ReadonlySet<string>): string | null {
  for (const s of sentences) {
    const phrase = nounPhrase(
      s.tokens.map((t) => t.w),
      skip,
    );
    if (phrase !== null) return phrase;
  }
  return null;
}

// A feeling word counts only when it is the person's own ("I'm so worried", "made me feel
// small"), never one they put on the partner ("you're embarrassed by me").
const OWN_FEELING = (f: string) =>
  new RegExp(
    `\\b(?:i (?:am|feel|felt|was|get|got|have been|keep feeling)|me feel|makes me|made me|making me|feeling|i am feeling)(?: (?:so|really|very|super|kind of|a bit|a little|just|too|pretty|quite|feeling|more|and))* ${f}\\b`,
  );

export function feelingIn(sentences: Sentence[], label: Label): string {
  const line = sentences.map((s) => s.line).join(' | ');
  const own = FEELINGS.find(
    (f) => f !== 'angry' && f !== 'upset' && line.includes(f) && OWN_FEELING(f).test(line),
  );
  return own ?? DEFAULT_FEELING[label];
}

export function moodIn(sentences: Sentence[]): string | null {
  const line = ` ${sentences.map((s) => s.line).join(' ')} `;
  return MOODS.find((m) => line.includes(` ${m} `)) ?? null;
}

const LEADING = new Set(
  'just now please so and then ok okay babe seriously you should have must need to got better had would will'.split(
    ' ',
  ),
);
const PRESSURE =
  /\b(right now|right away|immediately|asap|now|damn|no excuses|this time|or else|today)\b/g;

/** "You should have told me" → "tell me"; "Call me right now" → "call me". */
export function request(s: Sentence, flag: Flag): string | null {
  const inFlag = clauseFrom(s, flag, false) ?? [];
  let i = 0;
  while (i < inFlag.length && LEADING.has(inFlag[i] ?? '')) i++;
  const rest = inFlag.slice(i);
  const [head, ...tail] = rest;
  if (head === undefined || ['if', 'do', 'not', 'end', 'me', 'or', 'i'].includes(head)) return null;
  const verb = baseOf(head);
  const phrase = tidy([verb, ...tail])
    .replace(PRESSURE, '')
    .replace(/\s+/g, ' ')
    .trim();
  return phrase.split(' ').length <= 8 ? phrase : null;
}
