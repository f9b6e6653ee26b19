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
  'labeling',
  'personalizing',
  'catastrophizing',
  'reassurance_seeking',
  'protest',
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

type Pair = { question: string; statement: string };

function byLabel(s: Slots): Pair {
  const when = () => `${s.action() ?? s.topic()} [when?]`;
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
            ? `I felt ${s.feeling} about ${s.topic()} [when?].`
            : `I felt ${s.feeling} that ${s.outcome()} [when?].`,
      };
    case 'mind_reading':
      if (s.belief() === null) {
        return {
          question: `How are you feeling about ${s.topic()}? I'd like to hear it from you.`,
          statement: `I'm feeling ${s.feeling} about ${s.topic()}, and I'd like to hear how it really is for you.`,
        };
      }
      return {
        question: `I caught myself thinking ${s.belief()}; what's really going on for you?`,
        statement: `I'm worried that ${s.belief()}, and I'd like to hear how it really is for you.`,
      };
    case 'demanding':
      return {
        question: `Could you ${s.ask() ?? '[what you would like]'} when you're able to?`,
        statement: `I'm feeling ${s.feeling} about ${s.topic()}; it would help me if you could ${s.ask() ?? '[what you would like]'}.`,
      };
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
    case 'protest':
      return {
        question: `I've been missing you [when?]. Could we talk tonight?`,
        statement: `I'm feeling ${s.feeling} about ${s.topic()}, and I'd like to hear from you when you can.`,
      };
    case 'reassurance_seeking':
      return {
        question: 'How are you feeling about us lately?',
        statement: `I'm feeling ${s.feeling} right now, and a kind word or a hug from you would help.`,
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

/** Rewrites for a flagged text; none for an unflagged text or a safety concern. */
export function suggest(text: string, analysis: Analysis): Rewrite[] {
  if (analysis.safety !== null || analysis.flags.length === 0) return [];
  const primary =
    PRIORITY.map((l) => analysis.flags.find((f) => f.label === l)).find((f) => f !== undefined) ??
    analysis.flags[0];
  if (primary === undefined) return [];
  const s = slots(tokenize(text), analysis.flags, primary);
  const pair = byLabel(s);
  return [
    pick('question', pair.question, s.feeling),
    pick('i-statement', pair.statement, s.feeling),
    {
      kind: 'pause',
      text: `It's okay to feel ${s.feeling} right now. Take twenty minutes for yourself, then come back to this.`,
    },
  ];
}
