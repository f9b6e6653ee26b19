/**
 * Just enough English morphology for the rewrites: past tense of a partner's verb
 * ("forget" → "forgot"), base form of a participle ("told" → "tell"), and a concrete noun
 * phrase ("the evening"). compromise's full tagger does this too but costs ~0.5 s to load
 * and 110 kB gzip more, which breaks the coach's init and chunk budgets (docs/coach.md).
 */

// base → past (simple past and participle are the same unless listed in PARTICIPLE)
const IRREGULAR_LIST: Readonly<Record<string, string>> = {
  be: 'were',
  are: 'were',
  is: 'was',
  am: 'was',
  have: 'had',
  has: 'had',
  do: 'did',
  does: 'did',
  go: 'went',
  come: 'came',
  say: 'said',
  tell: 'told',
  take: 'took',
  make: 'made',
  put: 'put',
  leave: 'left',
  forget: 'forgot',
  get: 'got',
  give: 'gave',
  bring: 'brought',
  think: 'thought',
  buy: 'bought',
  spend: 'spent',
  know: 'knew',
  see: 'saw',
  find: 'found',
  keep: 'kept',
  let: 'let',
  run: 'ran',
  send: 'sent',
  sit: 'sat',
  stand: 'stood',
  read: 'read',
  hear: 'heard',
  feel: 'felt',
  lose: 'lost',
  pay: 'paid',
  choose: 'chose',
  drive: 'drove',
  eat: 'ate',
  fall: 'fell',
  break: 'broke',
  write: 'wrote',
  begin: 'began',
  wake: 'woke',
  throw: 'threw',
  ring: 'rang',
  hang: 'hung',
  win: 'won',
  sleep: 'slept',
  cut: 'cut',
  hit: 'hit',
  meet: 'met',
  sell: 'sold',
  teach: 'taught',
  catch: 'caught',
  fight: 'fought',
  understand: 'understood',
  show: 'showed',
  hide: 'hid',
  shut: 'shut',
  set: 'set',
  wear: 'wore',
  swear: 'swore',
  blow: 'blew',
  grow: 'grew',
  speak: 'spoke',
  steal: 'stole',
  drink: 'drank',
  sing: 'sang',
  swim: 'swam',
  ride: 'rode',
  rise: 'rose',
  shake: 'shook',
  mean: 'meant',
  lend: 'lent',
  build: 'built',
  feed: 'fed',
  lead: 'led',
  hold: 'held',
};
const PARTICIPLE: Readonly<Record<string, string>> = {
  been: 'be',
  known: 'know',
  seen: 'see',
  given: 'give',
  taken: 'take',
  forgotten: 'forget',
  written: 'write',
  done: 'do',
  gone: 'go',
  shown: 'show',
  chosen: 'choose',
  spoken: 'speak',
  eaten: 'eat',
  broken: 'break',
  driven: 'drive',
  woken: 'wake',
  thrown: 'throw',
};
const BASE_LIST: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(IRREGULAR_LIST).map(([base, past]) => [past, base])),
  ...PARTICIPLE,
  were: 'be',
  was: 'be',
  had: 'have',
  did: 'do',
  // regular verbs whose stem ends in -e (the -ed cannot say so)
  invited: 'invite',
  cared: 'care',
  replied: 'reply',
  apologised: 'apologise',
  apologized: 'apologize',
  promised: 'promise',
  lied: 'lie',
  arrived: 'arrive',
  moved: 'move',
  used: 'use',
  noticed: 'notice',
  changed: 'change',
  decided: 'decide',
  hoped: 'hope',
  liked: 'like',
  loved: 'love',
  phoned: 'phone',
  saved: 'save',
  shared: 'share',
  named: 'name',
};

// Maps, not objects: user words like "constructor" must not reach Object.prototype.
const IRREGULAR = new Map(Object.entries(IRREGULAR_LIST));
const BASE_OF = new Map(Object.entries(BASE_LIST));

/** Past tense of a base verb: "forget" → "forgot", "text" → "texted", "cry" → "cried". */
export function pastOf(verb: string): string {
  const irregular = IRREGULAR.get(verb);
  if (irregular !== undefined) return irregular;
  if (verb.endsWith('ed') || !/^[a-z]+$/.test(verb)) return verb;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(verb)) return `${verb}${verb.slice(-1)}ed`;
  return `${verb}ed`;
}

/** Base form of a past form: "told" → "tell", "asked" → "ask", "planned" → "plan". */
export function baseOf(verb: string): string {
  const known = BASE_OF.get(verb);
  if (known !== undefined) return known;
  if (!verb.endsWith('ed') || verb.length < 5) return verb;
  if (verb.endsWith('ied')) return `${verb.slice(0, -3)}y`;
  const stem = verb.slice(0, -2);
  return /([bdgmnpt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

const DETERMINERS = new Set('the my your our this that his her their'.split(' '));
const MODIFIERS = new Set(
  'whole new last big little first same own best entire old only'.split(' '),
);
const NOT_NOUNS = new Set(
  `a an the and or but so to of in on at for with by from up out off about as if when then than
   i me my you your we us our he him his she her they them their it its this that is are was were
   be been am do does did have has had will would can could should must not no never always just
   really very so too fault reason way one time thing things same point end`.split(/\s+/),
);

/** First determiner-led noun phrase in the words, skipping any word in `skip`. */
export function nounPhrase(words: readonly string[], skip: ReadonlySet<string>): string | null {
  for (let i = 0; i < words.length - 1; i++) {
    const det = words[i] ?? '';
    if (!DETERMINERS.has(det)) continue;
    let j = i + 1;
    while (j < words.length - 1 && MODIFIERS.has(words[j] ?? '')) j++;
    const head = words[j] ?? '';
    if (NOT_NOUNS.has(head) || skip.has(head) || !/^[a-z]{3,}$/.test(head)) {
      continue;
    }
    return words.slice(i, j + 1).join(' ');
  }
  return null;
}
