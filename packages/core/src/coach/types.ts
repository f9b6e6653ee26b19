/**
 * Public types of the message coach. The nine labels and their meaning are defined in
 * docs/coach.md; every flag points at a span of the person's own text.
 */
export const LABELS = [
  'mind_reading',
  'overgeneralizing',
  'catastrophizing',
  'labeling',
  'demanding',
  'reassurance_seeking',
  'personalizing',
  'blaming',
  'protest',
] as const;
export type Label = (typeof LABELS)[number];

export type Mode = 'message' | 'journal';

export interface Flag {
  label: Label;
  /** UTF-16 offsets into the analysed text; `text.slice(start, end) === quote`. */
  start: number;
  end: number;
  quote: string;
  /** One plain, non-judging line that describes what the words can do. */
  why: string;
  /** The rule that explains the flag, or `model` when only the learned model saw it. */
  ruleId: string;
}

export type SafetyCategory = 'self_harm' | 'fear' | 'threat' | 'violence';

export interface Safety {
  category: SafetyCategory;
  ruleId: string;
  /** A gentle message that points to the Help page instead of coaching. */
  message: string;
  /** Route of the in-app Help page with resources. */
  helpPath: '/help';
}

export interface Analysis {
  flags: Flag[];
  safety: Safety | null;
}

export type RewriteKind = 'question' | 'i-statement' | 'pause';
export interface Rewrite {
  kind: RewriteKind;
  text: string;
}

export interface AnalyseOptions {
  mode: Mode;
  /** Which parts decide (for measuring what each adds); the app always uses both. */
  use?: 'both' | 'rules' | 'model';
}
