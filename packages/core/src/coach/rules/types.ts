/**
 * A coach rule is data: patterns over the normalised token line (see ../pattern.ts), the
 * guards that stop the usual false alarms, a plain reason, and examples that the unit tests
 * run. A rule never sees raw text, so texting style is handled once in ../tokens.ts.
 */
import type { Label } from '../types.ts';

/**
 * question     – skip when the matched clause asks (a question is never mind reading)
 * joke         – skip when the sentence carries a laugh marker (haha, lol, 😂)
 * kind         – skip when the sentence is warm (laugh, safe, best, thank…)
 * conditional  – skip when "if" opens the clause before the match ("if you don't want to")
 * owned        – skip when the person owns the thought as a feeling ("I worry that…")
 * polite       – skip when the sentence is a soft request without pressure
 * asks         – fire only when the sentence asks (a question or a tag like "right?")
 * good         – skip when the text carries good news ("we got the flat!!")
 * Quoted speech is always skipped.
 */
export type Guard =
  | 'question'
  | 'joke'
  | 'kind'
  | 'conditional'
  | 'owned'
  | 'polite'
  | 'asks'
  | 'good';

export interface Rule {
  id: string;
  label: Label;
  why: string;
  patterns: readonly string[];
  /** If any of these matches the sentence (and the following one-word sentence), no flag. */
  unless?: readonly string[];
  /** At least one of these must match the sentence context, when given. */
  requires?: readonly string[];
  guards: readonly Guard[];
  examples: { flag: readonly string[]; pass: readonly string[] };
}
