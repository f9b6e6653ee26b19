/**
 * Turns text into sentences of normalised tokens with offsets into the ORIGINAL text.
 * compromise's tokenizer does the sentence splitting, tokenising and most contraction
 * expansion (its full tagger is ~10× slower and rules do not need tags, so analyse() never
 * runs it: that keeps the coach inside its 2 ms budget);
 * this module adds texting-style normalisation (u, ur, dont, im, bc, elongated words,
 * common typos) so that rules can be written once against plain English.
 * Invariant: for every token, `text.slice(start, end)` is the surface form it came from
 * (an expanded contraction shares the span of its surface word).
 */
import nlp from 'compromise/one';
import { expandTexting, squeeze } from './texting.ts';

export interface Token {
  /** Lower-case normalised word, e.g. "you", "not", "because". */
  w: string;
  start: number;
  end: number;
}

export interface Clause {
  /** Index of the clause's first and last token in `Sentence.tokens`. */
  first: number;
  last: number;
  /** The clause asks something (inversion, wh-word, or "?" without a trailing tag). */
  question: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  clauses: Clause[];
  /** Index into `clauses` for each token. */
  clauseOf: number[];
  /** Token words joined by spaces, clauses separated by " | ": what rule patterns match. */
  line: string;
  /** Character position of each token's word in `line`. */
  at: number[];
  asks: boolean;
}

function implicitOf(term: object): string | undefined {
  // compromise stores a contraction's expansion ("you'd" → "you" + "would") in `implicit`.
  if ('implicit' in term && typeof term.implicit === 'string' && term.implicit !== '') {
    return term.implicit;
  }
  return undefined;
}

const WORDY = /[\p{L}\p{N}]/u;
// Quote marks break clauses too, so a pattern never runs from quoted speech into the rest.
const CLAUSE_BREAK = /[,;:–—"“”]|\.\.\.|…| - /;
const LEAD = new Set(
  'so but and ok okay hey babe wait like just please honestly seriously also then well oh um hmm'.split(
    ' ',
  ),
);
const AUX = new Set(
  'are is am was were do does did can could will would should have has had shall may might'.split(
    ' ',
  ),
);
const WH = new Set('what why how when where who which whose'.split(' '));
const SUBJECT = new Set('you i we he she they it this that everything something there'.split(' '));
const TAGS = [
  'right',
  'yeah',
  'yes',
  'no',
  'ok',
  'okay',
  'eh',
  'huh',
  'do you',
  'do not you',
  'are you',
  'are not you',
  'would you',
  'would not you',
  'will you',
  'is not it',
  'is it',
  'did you',
  'did not you',
  'did not i',
  'have not you',
  'can not you',
  'are not i',
  'am i',
];

function interrogativeForm(words: string[]): boolean {
  let i = 0;
  while (i < words.length - 1 && LEAD.has(words[i] ?? '')) i++;
  const first = words[i] ?? '';
  // "what a selfish person you are" exclaims; it does not ask.
  if (first === 'what' && (words[i + 1] === 'a' || words[i + 1] === 'an')) return false;
  if (WH.has(first)) return true;
  if (!AUX.has(first)) return false;
  // "are we ok", "do you love me", "did not you say": aux, optional "not", subject.
  const next = words[i + 1] === 'not' ? words[i + 2] : words[i + 1];
  return next !== undefined && SUBJECT.has(next);
}

function tagLength(words: string[]): number {
  const tail = words.join(' ');
  for (const tag of TAGS) {
    if (tail === tag) return 0;
    if (tail.endsWith(` ${tag}`)) return tag.split(' ').length;
  }
  return 0;
}

function auxTag(words: string[]): boolean {
  const tag = tagLength(words);
  return tag >= 2 && words.length > tag;
}

function isQuestion(words: string[], endsWithQ: boolean): boolean {
  const tag = tagLength(words);
  const declarativeWithTag = tag > 0 && words.length > tag + 1;
  return interrogativeForm(words) || (endsWithQ && !declarativeWithTag);
}

function buildSentence(groups: { tokens: Token[]; q: boolean }[]): Sentence | null {
  const tokens: Token[] = [];
  const clauses: Clause[] = [];
  const clauseOf: number[] = [];
  const at: number[] = [];
  let line = '';
  for (const g of groups) {
    if (g.tokens.length === 0) continue;
    if (line.length > 0) line += ' |';
    const first = tokens.length;
    for (const t of g.tokens) {
      at.push(line.length === 0 ? 0 : line.length + 1);
      line = line.length === 0 ? t.w : `${line} ${t.w}`;
      clauseOf.push(clauses.length);
      tokens.push(t);
    }
    const words = g.tokens.map((t) => t.w);
    clauses.push({ first, last: tokens.length - 1, question: isQuestion(words, g.q) });
  }
  const head = tokens[0];
  const tail = tokens[tokens.length - 1];
  if (head === undefined || tail === undefined) return null;
  // A trailing "…would you" / "…don't you" makes the sentence ask even without "?".
  const tagged = groups.some((g) => auxTag(g.tokens.map((t) => t.w)));
  const asks = tagged || groups.some((g) => g.q) || clauses.some((c) => c.question);
  return { start: head.start, end: tail.end, tokens, clauses, clauseOf, line, at, asks };
}

interface RawTerm {
  w: string;
  start: number;
  end: number;
  pre: string;
  post: string;
}

function rawTerms(text: string): RawTerm[][] {
  const doc = nlp.tokenize(text);
  const out: RawTerm[][] = [];
  let pos = 0;
  let last = { start: 0, end: 0 };
  for (const sentence of doc.docs) {
    const terms: RawTerm[] = [];
    for (const term of sentence) {
      pos += term.pre.length;
      const start = pos;
      pos += term.text.length;
      const end = pos;
      pos += term.post.length;
      const span = term.text.length > 0 ? { start, end } : last;
      last = span;
      const implicit = implicitOf(term);
      const base = implicit ?? term.normal ?? term.text.toLowerCase();
      const w = squeeze(base.toLowerCase().replace(/[’']/g, ''));
      terms.push({ w, ...span, pre: term.pre, post: term.post });
    }
    out.push(terms);
  }
  return out;
}

function sentenceTokens(terms: RawTerm[]): { tokens: Token[]; q: boolean }[] {
  const groups: { tokens: Token[]; q: boolean }[] = [{ tokens: [], q: false }];
  terms.forEach((term, i) => {
    const next = terms[i + 1];
    const words = WORDY.test(term.w) ? expandTexting(term.w, next?.w) : [];
    const group = groups[groups.length - 1];
    for (const w of words) group?.tokens.push({ w, start: term.start, end: term.end });
    const asks = term.post.includes('?');
    if (group !== undefined && asks) group.q = true;
    const opensQuote = next !== undefined && /["“]/.test(next.pre);
    if (asks || opensQuote || CLAUSE_BREAK.test(term.post)) groups.push({ tokens: [], q: false });
  });
  return groups;
}

/** Splits `text` into sentences of tokens carrying original offsets. */
export function tokenize(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const terms of rawTerms(text)) {
    const sentence = buildSentence(sentenceTokens(terms));
    if (sentence !== null) out.push(sentence);
  }
  return out;
}
