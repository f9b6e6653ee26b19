/**
 * suggest(): an open question, an I-statement and a pause for a flagged text, built from
 * the person's own words with visible placeholders ([when?], [what happened]) where a fact
 * is missing. Invariants (tested over the corpus): no rewrite for a safety concern; at most
 * two sentences; a feeling word or a question mark in each; and every rewrite passes the
 * coach itself with no flag at all, otherwise a plain fallback is used.
 */
import { analyse } from './analyse.ts';
import { belief, feelingIn, moodIn, outcome, partnerAction, request, topic } from './extract.ts';
import { type Sentence, tokenize } from './tokens.ts';
import type { Analysis, Flag, Label, Rewrite } from './types.ts';

const PRIORITY: readonly Label[] = [
  'overgeneralizing',
  'blaming',
  'mind_reading',
  'demanding',
  'protest',
  'labeling',
  'personalizing',
  'catastrophizing',
  'reassurance_seeking',
];

/** Slot values are computed only when a template reads them (most call compromise). */
interface Slots {
  label: Label;
  feeling: string;
  selfLabel: boolean;
  action(): string | null;
  belief(): string | null;
  outcome(): string | null;
  topic(): string;
  mood(): string;
  ask(): string | null;
}

function once<T>(f: () => T): () => T {
  let cache: { v: T } | null = null;
  return () => {
    cache ??= { v: f() };
    return cache.v;
  };
}

function slots(sentences: Sentence[], flags: Flag[], primary: Flag): Slots {
  const sentenceOf = (f: Flag | undefined) =>
    f === undefined ? undefined : sentences.find((s) => s.start <= f.start && f.start < s.end);
  const withSentence = (f: Flag | undefined, g: (s: Sentence, f: Flag) => string | null) => () => {
    const s = sentenceOf(f);
    return s === undefined || f === undefined ? null : g(s, f);
  };
  const og = flags.find((f) => f.label === 'overgeneralizing');
  const mr = flags.find((f) => f.label === 'mind_reading');
  const skip = new Set(flags.flatMap((f) => f.quote.toLowerCase().split(/\s+/)));
  const first = sentenceOf(primary);
  const ordered =
    first === undefined ? sentences : [first, ...sentences.filter((s) => s !== first)];
  return {
    label: primary.label,
    feeling: feelingIn(sentences, primary.label),
    selfLabel: primary.label === 'labeling' && /^\s*i\b|\bi'?m\b|\bim\b/i.test(primary.quote),
    action: once(withSentence(og, partnerAction)),
    belief: once(withSentence(mr, belief)),
    outcome: once(withSentence(primary, outcome)),
    topic: once(() => topic(ordered, skip) ?? '[what happened]'),
    mood: once(() => moodIn(sentences) ?? '[how they seem]'),
    ask: once(withSentence(primary, request)),
  };
}

type Trio = { question: string; statement: string; pause?: string };

const PAUSE = (f: string) =>
  `It's okay to feel ${f} right now. Take twenty minutes for yourself, then come back to this.`;

function byLabel(s: Slots): Trio {
  const when = () => {
    const what = s.action() ?? s.topic();
    return what === '[what happened]' ? what : `${what} [when?]`;
  };
  switch (s.label) {
    case 'overgeneralizing':
      return {
        question: `When ${when()}, what was going on for you?`,
        statement: `I felt ${s.feeling} when ${when()}. Could we talk about it?`,
      };
    case 'blaming':
      if (s.action() !== null) return byLabel({ ...s, label: 'overgeneralizing' });
      return {
        question: `Can we talk about ${s.topic()}? I'd like to hear how it was for you.`,
        statement:
          s.outcome() === null
            ? `I felt ${s.feeling} about ${s.topic()}.`
            : `I felt ${s.feeling} that ${s.outcome()} [when?].`,
      };
    case 'mind_reading': {
      // An ask: say the guess as a guess, then let them answer it.
      const guess = s.belief();
      return guess === null
        ? {
            question: `I haven't heard from you [when?] and I'm feeling ${s.feeling}. Is everything okay with you?`,
            statement: `I'm feeling ${s.feeling} about ${s.topic()}. Can you tell me how it is for you?`,
          }
        : {
            question: `I'm telling myself ${guess}. Is that true, or is something else going on?`,
            statement: `I'm feeling ${s.feeling} and I've started guessing that ${guess}. Can you tell me how it really is?`,
          };
    }
    case 'demanding': {
      // A specific request: the same ask, with room to say yes and a time.
      const ask = s.ask() ?? '[what you would like]';
      return {
        question: `Could you ${ask} [when?]? It would help me feel less ${s.feeling}.`,
        statement: `I'm feeling ${s.feeling} about ${s.topic()}. It would mean a lot if you could ${ask}.`,
      };
    }
    case 'labeling':
      return s.selfLabel
        ? {
            question: `Could we talk about ${s.topic()} later? I'm feeling low about it.`,
            statement: `I'm feeling low about ${s.topic()}, and I'd like to be kinder to myself about it.`,
          }
        : {
            question: `Can we talk about ${when()}? I'd like to understand your side.`,
            statement: `I felt ${s.feeling} when ${when()}.`,
          };
    case 'personalizing':
      return {
        question: `You seem ${s.mood()}; is something on your mind?`,
        statement: `I'm worried you're ${s.mood()} [why?], and I'm here if you want to talk.`,
      };
    case 'catastrophizing':
      return {
        question: `Can we talk about ${s.topic()} soon? I'm feeling scared about it.`,
        statement: `I'm feeling scared about ${s.topic()}, and I'd like us to talk when we can.`,
      };
    case 'reassurance_seeking':
      return {
        question: "I'm feeling a bit unsure of us right now. How are you feeling about us lately?",
        statement: `I'm feeling ${s.feeling} about us right now, and a kind word or a hug from you would help.`,
      };
    case 'protest':
      // A time-boxed pause the person can send instead of withdrawing or pushing.
      return {
        question: `I miss you and I'm feeling ${s.feeling}. Could we talk [when?]?`,
        statement: `I'm feeling ${s.feeling} about ${s.topic()}, and I'd like to hear from you when you can.`,
        pause: `I'm feeling ${s.feeling}, so I'm taking twenty minutes to calm down. Then I'd like to talk.`,
      };
  }
}

const FALLBACK: Record<'question' | 'i-statement', (feeling: string) => string> = {
  question: () => "What was going on for you [when?]? I'd like to understand.",
  'i-statement': (feeling) => `I felt ${feeling} when [what happened].`,
};

function clean(text: string): boolean {
  return analyse(text, { mode: 'message' }).flags.length === 0;
}

function pick(kind: 'question' | 'i-statement', text: string, feeling: string): Rewrite {
  return { kind, text: clean(text) ? text : FALLBACK[kind](feeling) };
}

/** The flag the rewrites answer: the first label in PRIORITY that was flagged. */
export function primaryFlag(analysis: Analysis): Flag | undefined {
  return (
    PRIORITY.map((l) => analysis.flags.find((f) => f.label === l)).find((f) => f !== undefined) ??
    analysis.flags[0]
  );
}

/** Rewrites for a flagged text; none for an unflagged text or a safety concern. */
export function suggest(text: string, analysis: Analysis): Rewrite[] {
  if (analysis.safety !== null || analysis.flags.length === 0) return [];
  const primary = primaryFlag(analysis);
  if (primary === undefined) return [];
  const s = slots(tokenize(text), analysis.flags, primary);
  const pair = byLabel(s);
  return [
    pick('question', pair.question, s.feeling),
    pick('i-statement', pair.statement, s.feeling),
    { kind: 'pause', text: pair.pause ?? PAUSE(s.feeling) },
  ];
}
