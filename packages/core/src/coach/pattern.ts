/**
 * Rule patterns are small regular expressions over a sentence's normalised token line
 * ("you never text back | you obviously do not care"), written with macros so that they
 * read like the words they catch. Matches always start and end on whole tokens.
 * Clause breaks appear as "|" tokens: `{w}` and `{ws}` never cross them, `{any}` may.
 */
import type { Mode } from './types.ts';

const words = (list: string) =>
  `(?:${list
    .trim()
    .split(/\s*,\s*/)
    .join('|')})`;

const SHARED: Record<string, string> = {
  be: '(?:are|is|were|was|am|be|being|been)',
  dont: '(?:do|does|did) not',
  adv: '(?:(?:just|really|obviously|clearly|so|totally|literally|even|actually|probably|definitely|honestly|seriously|still|only|truly|genuinely|basically|simply|secretly|kind of|kinda|all|always|now|much|way|a lot|even more) )*',
  w: '[^ |]+',
  ws: '(?:[^ |]+ ){0,6}',
  any: '.*?',
  me: '(?:me|us)',
  // Anyone's mind can be read as a fact, the partner's or a friend's ("she can't stand me").
  anyone: '(?:you|he|she|they)',
  partnerNoun: '(?:partner|boyfriend|girlfriend|husband|wife|bf|gf|fiance|fiancee)',
  univ: words(
    'always, never, constantly, continually, forever, every single time, every time, all the time',
  ),
  certain: words(
    'obviously, clearly, i know, i can tell, i bet, admit it, it is obvious, i just know, of course',
  ),
  trait: words(`selfish, liar, child, baby, heartless, idiot, stupid, dumb, pathetic, lazy, needy,
    annoying, toxic, narcissist, cold, unlovable, jerk, immature, burden, hypocrite, coward,
    controlling, loser, manipulative, cheater, inconsiderate, useless, cheap, disgusting,
    drama queen, insensitive, fake, clingy, crazy, arrogant, failure, snob, unreliable,
    worthless, slob, mess, monster, clueless, embarrassment, psycho, moron, creep, ungrateful,
    spoiled, spoilt, boring, weak, ugly, heartless, liar, cruel, evil, horrible, awful, terrible,
    hopeless case, joke, waste of space, piece of work, nightmare, sociopath, disappointment,
    user, brat, childish, pig, idiotic, dramatic, petty, paranoid, a mess, rude, mean, gross,
    undesirable, unattractive, repulsive, hideous, broken, damaged, defective, freak,
    inadequate, incompetent, not good enough, fraud, unlikeable, unlikable, garbage, trash,
    a nobody, bad person, horrible person, terrible person, awful person, hopeless, loser`),
  badRole: words(`partner, boyfriend, girlfriend, husband, wife, father, mother, dad, mum, mom,
    person, friend, human, human being, bf, gf, son, daughter, lover, fiance, fiancee`),
  badAdj: words(
    'terrible, awful, horrible, bad, worst, useless, shit, crap, lousy, pathetic, rubbish',
  ),
  mood: words(`stressed, stressed out, upset, quiet, distant, sad, unhappy, angry, mad, grumpy, snappy,
    tired, annoyed, in a bad mood, in a mood, off, short with me, cold, down, not answering,
    not hungry, not smiling, miserable, irritated, frustrated, withdrawn, not talking, so quiet,
    not yourself, fed up, stressing, worried, hate your job, cranky`),
  feelBad: words(`feel, cry, look, late, so, yell, lose, waste, miss, hate, jealous, angry, anxious,
    insecure, paranoid, sad, lonely, miserable, wait, scream, doubt, nervous, upset, small,
    worthless, stupid, crazy, unwanted, invisible, sick, insane, overthink, panic, question`),
};

// In a journal the story is about anyone close: the partner ("he", "she", "my husband"),
// family, a boss. "They" is left out: it is too often a report of what a group said ("they
// think I go out too much"); mr-they-think catches a group's mind read as a harsh fact.
const JOURNAL: Record<string, string> = {
  you: '(?:you|he|she|(?:my )?(?:mum|mom|dad|mother|father|boss|ex)|my (?:partner|boyfriend|girlfriend|husband|wife|bf|gf|sister|brother|friend|son|daughter|flatmate|therapist|manager|teacher|professor|stepmum|stepdad))',
  your: '(?:your|his|her|their)',
  yourself: '(?:yourself|himself|herself|themselves)',
};
const MESSAGE: Record<string, string> = { you: 'you', your: 'your', yourself: 'yourself' };

function expand(pattern: string, mode: Mode): string {
  const table = { ...SHARED, ...(mode === 'journal' ? JOURNAL : MESSAGE) };
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    const macro = Object.hasOwn(table, name) ? table[name] : undefined;
    if (macro === undefined) throw new Error(`unknown pattern macro {${name}}`);
    return macro;
  });
}

/** Expands macros and compiles a pattern so that it matches whole tokens only. */
export function compile(pattern: string, mode: Mode): RegExp {
  return new RegExp(`(?<=^| )(?:${expand(pattern, mode)})(?= |$)`, 'g');
}

/** One regex that matches where any of the patterns would: a cheap first test. */
export function compileAny(patterns: readonly string[], mode: Mode): RegExp {
  const alternatives = patterns.map((p) => `(?:${expand(p, mode)})`).join('|');
  return new RegExp(`(?<=^| )(?:${alternatives})(?= |$)`);
}
