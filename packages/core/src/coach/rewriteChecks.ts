/**
 * Checks a rewrite must pass, run by the tests and by `eval:coach` over every flagged corpus
 * text. Each can fail: grammar (a capital, an end mark, no doubled word, no phrase left
 * dangling mid-clause, balanced brackets), length, a feeling word or a question, no flag of
 * the original's labels, a feeling that is the person's own (not one they put on the
 * partner), the person's meaning (a word of theirs or a visible placeholder), and the shape
 * the pattern calls for (an ask for mind reading, a specific request for demanding, a
 * time-boxed pause for protest).
 */
import { analyse } from './analyse.ts';
import { FEELINGS } from './extract.ts';
import { primaryFlag } from './suggest.ts';
import type { Analysis, Rewrite } from './types.ts';

const STOP = new Set(
  'the and you are but not was can how for our that this with have what when your about would could there their they them then just really like from been were will want feel felt know think into some more because always never every time'.split(
    ' ',
  ),
);

const contentWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 3 && !STOP.has(w)),
  );

// A phrase that stops on one of these before a mark was cut mid-clause ("…so you don't have;").
const CUT = new Set(
  'and but or so to the a an of because that your my with if than for about at have has'.split(' '),
);

function grammar(text: string): string[] {
  const out: string[] = [];
  let n = 0;
  const plain = text.replace(/\[[^\]]*\]/g, () => `X${n++}`);
  if (!/^[A-Z[]/.test(text)) out.push('no capital');
  if (!/[.?!]$/.test(text)) out.push('no end mark');
  if (/\b(\w+) \1\b/i.test(plain)) out.push('doubled word');
  const dangling = /\b([a-z']+)\s*[,;.?!]/gi;
  for (const m of plain.matchAll(dangling)) {
    if (CUT.has((m[1] ?? '').toLowerCase())) out.push(`dangling "${m[1]}"`);
  }
  if ((text.match(/\[/g) ?? []).length !== (text.match(/\]/g) ?? []).length) out.push('brackets');
  return out;
}

/** A feeling word the original gives the partner ("you're embarrassed by me"), not the person. */
function partnersFeeling(original: string, feeling: string): boolean {
  const o = original.toLowerCase().replace(/[’']/g, '');
  const theirs = new RegExp(
    `\\b(?:you|youre|u|ur|he|she|they)\\s+(?:are|r|re|seem|look|sound|get|feel|is|were|was)?\\s*(?:so |really |very |just |obviously |clearly )*${feeling}\\b`,
  );
  const mine = new RegExp(`\\b(?:i|im|me)\\b[^.?!]{0,30}\\b${feeling}\\b`);
  return theirs.test(o) && !mine.test(o);
}

export function rewriteProblems(original: string, analysis: Analysis, r: Rewrite): string[] {
  const out = grammar(r.text);
  const sentences = r.text
    .replace(/\[[^\]]*\]/g, 'X')
    .split(/[.!?;]+(?:\s|$)/)
    .filter((x) => x.trim() !== '');
  if (sentences.length > 2 || r.text.length > 220) out.push('too long');
  const feelings = FEELINGS.filter((f) => new RegExp(`\\b${f}\\b`).test(r.text));
  if (feelings.length === 0 && !r.text.includes('?')) out.push('neither a feeling nor a question');
  for (const f of feelings) {
    const asMine = new RegExp(`\\b(?:feeling|felt|feel|less) ${f}\\b`).test(r.text);
    if (asMine && partnersFeeling(original, f)) out.push(`the partner's "${f}" as theirs`);
  }
  const labels = new Set(analysis.flags.map((f) => f.label));
  const again = analyse(r.text).flags.filter((f) => labels.has(f.label));
  if (again.length > 0) out.push(`flags ${again.map((f) => f.label).join(',')} again`);
  const theirs = contentWords(original);
  const shared = [...contentWords(r.text)].some((w) => theirs.has(w));
  const primary = primaryFlag(analysis)?.label;
  // Reassurance is about the two of them; the rest must carry the person's own words.
  const about = primary === 'reassurance_seeking' && /\b(?:us|we|together)\b/.test(r.text);
  if (r.kind !== 'pause' && !shared && !about && !r.text.includes('[')) {
    out.push('none of their words');
  }
  if (primary === 'mind_reading' && r.kind === 'question' && !r.text.includes('?')) {
    out.push('mind reading rewrite does not ask');
  }
  if (
    primary === 'demanding' &&
    r.kind === 'question' &&
    !/\b(?:could|would|can) you\b/i.test(r.text)
  ) {
    out.push('demand rewrite is not a request');
  }
  if (
    primary === 'protest' &&
    r.kind === 'pause' &&
    !/\b(?:minutes|an hour)\b.*\bthen\b/i.test(r.text)
  ) {
    out.push('protest pause has no time and return');
  }
  return out;
}
