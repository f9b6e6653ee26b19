/**
 * Texting style → plain words, one token at a time: "u" → "you", "dont" → "do not",
 * "ur" → "your" or "you are" by the next word, "sooo" → "so". Rules are written once
 * against plain English and never see these forms.
 */
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

export function squeeze(word: string): string {
  // "sooo" → "so", "pleeease" → "please"; real words rarely have a letter three times.
  return word.replace(/([a-z])\1{2,}/g, '$1');
}

// After "ur", a word that reads as a thing ("ur phone") means "your"; anything else that
// describes ("ur so", "ur annoyed", "ur selfish") means "you are".
const UR_IS_YOUR =
  /^(?:phone|mum|mom|mother|dad|father|ex|friends?|family|fault|sister|brother|car|clothes|stuff|place|way|job|work|boss|mate|mates|house|flat|room|birthday|parents|own|side|turn|text|texts|messages?|life|problem|feelings?|mood|day|night|money|bag|keys|bf|gf|boyfriend|girlfriend|husband|wife|new|old|best|last|first|fav|favourite|favorite|cousin|kids?|dog|cat|team|game|plans?|love|heart|face|eyes|hair|name|number|email|address|train|flight|shift|exam|cousins|sisters|brothers)$/;

export function expandTexting(word: string, next: string | undefined) {
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
