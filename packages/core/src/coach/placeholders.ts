/**
 * The visible placeholders a rewrite leaves where a fact is missing (`[when?]`,
 * `[what happened]`): found by position, so the composer can select the first one for the
 * person to type over and ask before a message with one still in it is copied or shared.
 * Pure and tiny: the composer imports it without loading the coach itself.
 */

export interface Placeholder {
  /** Index of `[` in the text. */
  start: number;
  /** Index just past `]`. */
  end: number;
  /** The placeholder with its brackets, e.g. `[when?]`. */
  text: string;
}

/** One short bracketed phrase on one line, with no brackets inside. */
const PLACEHOLDER = /\[[^[\]\n]{1,40}\]/g;

/**
 * Every placeholder in `text`, in order. With `only`, just those whose text is in it: the
 * placeholders a chosen rewrite brought, so brackets the person typed themselves never count.
 */
export function findPlaceholders(text: string, only?: ReadonlySet<string>): Placeholder[] {
  const out: Placeholder[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (only && !only.has(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
