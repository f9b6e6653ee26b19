/**
 * Context checks shared by rules: quoted speech, jokes, warmth, soft requests, owned
 * feelings. They look at the original text (quotes, emoji) or at the token line.
 */
import { compile } from './pattern.ts';
import type { Sentence } from './tokens.ts';
import type { Mode } from './types.ts';

const JOKE =
  /\b(?:ha(?:ha)+h?|hah|he(?:he)+|lo+l+|lmf?ao+|rofl|jk|j\/k|just kidding|kidding|only joking)\b|😂|🤣|😆|😜|😝|😛|😹|😅😂|😏/iu;
const WARM_EMOJI = /❤️|❤|😍|🥰|😘|💕|💖|💗|😊|☺️|🤗|💞|🥹/u;

const KIND =
  'laugh(?! at)|laughing(?! at)|smile|smiling|happy|happier|safe|loved|special|best|great|amazing|awesome|proud|sweet|beautiful|fun|cute|cutest|gorgeous|lovely|appreciate|favou?rite|legend|brilliant|not complaining|love that|adorable|thank|thanks|grateful|love how|love it|adore|welcoming|hugs?|cheer|surprising|fall for|blush|perfect|wonderful|incredible|lucky|good(?! enough)';
const SOFT =
  '(?:could|can|would|will) {you}|if {you} (?:can|want|like|feel like|get)|when {you} (?:can|are free|get a|have a|land|are done|are home)|no rush|whenever|no pressure|please';
const STRONG = 'right now|immediately|or else|damn|no excuses|asap|this instant';
const OWNED =
  'i am feeling (?:worried|scared|anxious|insecure|unsure)|(?:i have )?started guessing|i (?:worry|am worried|get worried|start to worry|wonder|am scared|am afraid|get scared|am telling myself|tell myself|might be reading|catch myself thinking|caught myself thinking)|part of me|my brain|the story i|i feel worried|i am anxious that|(?:i am|i might be|i must be) the reason|worried (?:that|it means)|scared (?:that|it means)';

// Softer ownership ("I feel like…") counts only when the text then asks: "I feel like you've
// been distant lately. Is everything okay?" is the owned-worry-then-question the coach teaches.
const OWNED_SOFT =
  'i feel like|it feels like|i get the feeling|i have a feeling|i have the feeling|i sense|i could be wrong|maybe i am wrong|i might be wrong|i am not sure (?:if|but|whether)|i wonder if|it seems like|it seems';

// Good news in dramatic words ("it's over! we got the flat!!") is not a catastrophe.
const GOOD_NEWS =
  /\b(?:we got|i got (?:the|in|it|a)|got the (?:job|flat|house|apartment|offer|place|tickets)|passed|accepted|we won|i won|yay+|woo+h?o*|congrat\w*|so happy|so excited|best day|celebrat\w*|promot\w+|hired|engaged|pregnant|finally done|nailed it)\b|🎉|🥳|🍾|🙌/iu;

export interface GuardSet {
  kind: RegExp;
  soft: RegExp;
  strong: RegExp;
  owned: RegExp;
  ownedSoft: RegExp;
}

export function compileGuards(mode: Mode): GuardSet {
  return {
    kind: compile(`(?:${KIND})`, mode),
    soft: compile(`(?:${SOFT})`, mode),
    strong: compile(`(?:${STRONG})`, mode),
    owned: compile(`(?:${OWNED})`, mode),
    ownedSoft: compile(`(?:${OWNED_SOFT})`, mode),
  };
}

/** Spans of text inside double quotes, curly quotes, or single quotes used as quotes. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re =
    /"([^"]+)"|“([^”]+)”|‘([^’]+)’|(?<![\p{L}\p{N}])'((?:[^']|(?<=\p{L})'(?=\p{L}))+?)'(?![\p{L}\p{N}])/gu;
  for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** A flag that starts inside quoted speech belongs to the quote. */
export function insideQuotes(spans: [number, number][], start: number): boolean {
  return spans.some(([a, b]) => start >= a && start < b);
}

/** Raw text of a sentence plus its trailing emoji/laughter up to the next sentence. */
export function sentenceText(text: string, sentences: Sentence[], i: number): string {
  const s = sentences[i];
  if (s === undefined) return '';
  const next = sentences[i + 1];
  return text.slice(s.start, next === undefined ? text.length : next.start);
}

export const isJoke = (raw: string) => JOKE.test(raw);
export const isWarmEmoji = (raw: string) => WARM_EMOJI.test(raw);
export const isGoodNews = (text: string) => GOOD_NEWS.test(text);
