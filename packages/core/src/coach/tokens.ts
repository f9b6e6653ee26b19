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

// Texting forms → one or more plain words. Ambiguous "ur" is resolved in `expandTexting`.
// A Map, not an object: user words like "__proto__" must not reach Object.prototype.
const TEXTING: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    u: ['you'],
    ya: ['you'],
    r: ['are'],
    youre: ['you', 'are'],
    yore: ['you', 'are'],
    im: ['i', 'am'],
    ive: ['i', 'have'],
    youve: ['you', 'have'],
    youll: ['you', 'will'],
    youd: ['you', 'would'],
    dont: ['do', 'not'],
    didnt: ['did', 'not'],
    doesnt: ['does', 'not'],
    isnt: ['is', 'not'],
    arent: ['are', 'not'],
    wasnt: ['was', 'not'],
    werent: ['were', 'not'],
    cant: ['can', 'not'],
    cannot: ['can', 'not'],
    wont: ['will', 'not'],
    wouldnt: ['would', 'not'],
    couldnt: ['could', 'not'],
    shouldnt: ['should', 'not'],
    havent: ['have', 'not'],
    hasnt: ['has', 'not'],
    shouldve: ['should', 'have'],
    couldve: ['could', 'have'],
    wouldve: ['would', 'have'],
    thats: ['that', 'is'],
    its: ['it', 'is'],
    everythings: ['everything', 'is'],
    nothings: ['nothing', 'is'],
    wheres: ['where', 'is'],
    whos: ['who', 'is'],
    hows: ['how', 'is'],
    whats: ['what', 'is'],
    theres: ['there', 'is'],
    hes: ['he', 'is'],
    shes: ['she', 'is'],
    bc: ['because'],
    bcs: ['because'],
    bcoz: ['because'],
    cuz: ['because'],
    coz: ['because'],
    cos: ['because'],
    becuase: ['because'],
    becasue: ['because'],
    rn: ['right', 'now'],
    obvs: ['obviously'],
    obv: ['obviously'],
    obviosly: ['obviously'],
    obvously: ['obviously'],
    obviusly: ['obviously'],
    clearley: ['clearly'],
    alwys: ['always'],
    allways: ['always'],
    alway: ['always'],
    nvr: ['never'],
    nevr: ['never'],
    evry: ['every'],
    everytime: ['every', 'time'],
    evrytime: ['every', 'time'],
    realy: ['really'],
    rly: ['really'],
    definately: ['definitely'],
    pls: ['please'],
    thx: ['thanks'],
    ty: ['thank', 'you'],
    plz: ['please'],
    luv: ['love'],
    ppl: ['people'],
    nvm: ['never', 'mind'],
    idk: ['i', 'do', 'not', 'know'],
    tbh: ['to', 'be', 'honest'],
    gonna: ['going', 'to'],
    wanna: ['want', 'to'],
    gotta: ['got', 'to'],
    wat: ['what'],
    wut: ['what'],
    abt: ['about'],
    urself: ['yourself'],
    tmrw: ['tomorrow'],
    '2nite': ['tonight'],
  }),
);

function squeeze(word: string): string {
  // "sooo" → "so", "pleeease" → "please"; real words rarely have a letter three times.
  return word.replace(/([a-z])\1{2,}/g, '$1');
}

// After "ur", a word that reads as a thing ("ur phone") means "your"; anything else that
// describes ("ur so", "ur annoyed", "ur selfish") means "you are".
const UR_IS_YOUR =
  /^(?:phone|mum|mom|mother|dad|father|ex|friends?|family|fault|sister|brother|car|clothes|stuff|place|way|job|work|boss|mate|mates|house|flat|room|birthday|parents|own|side|turn|text|texts|messages?|life|problem|feelings?|mood|day|night|money|bag|keys|bf|gf|boyfriend|girlfriend|husband|wife|new|old|best|last|first|fav|favourite|favorite|cousin|kids?|dog|cat|team|game|plans?|love|heart|face|eyes|hair|name|number|email|address|train|flight|shift|exam|cousins|sisters|brothers)$/;

function expandTexting(word: string, next: string | undefined) {
  if (word === 'ur') {
    return next !== undefined && UR_IS_YOUR.test(next) ? ['your'] : ['you', 'are'];
  }
  const would = /^(you|i|we|they|he|she|it|that)d$/.exec(word);
  if (would?.[1] !== undefined && word !== 'id') return [would[1], 'would'];
  if (
    word === 'ill' &&
    next !== undefined &&
    /^(be|never|always|just|end|die|find|lose|make|leave|go|call|hurt|kill)$/.test(next)
  ) {
    return ['i', 'will'];
  }
  if (
    word === 'y' &&
    next !== undefined &&
    /^(do|did|does|are|is|would|cant|can|wont)$/.test(next)
  ) {
    return ['why'];
  }
  return TEXTING.get(word) ?? [word];
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
