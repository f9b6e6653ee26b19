/**
 * analyse(): safety screen first, then every rule over every sentence, then guards.
 * Pure and synchronous; compiled rules are immutable module constants (built once when the
 * lazily loaded coach chunk is evaluated). At most one flag per label per overlapping span.
 */
import {
  compileGuards,
  type GuardSet,
  insideQuotes,
  isGoodNews,
  isJoke,
  isWarmEmoji,
  quotedSpans,
  sentenceText,
} from './guards.ts';
import { modelFlags, modelLabels } from './model/flags.ts';
import { compile, compileAny } from './pattern.ts';
import { RULES, type Rule } from './rules/index.ts';
import { screen } from './safety.ts';
import { type Sentence, tokenize } from './tokens.ts';
import type { AnalyseOptions, Analysis, Flag, Mode } from './types.ts';

interface CompiledRule {
  rule: Rule;
  /** Any of the rule's patterns: most sentences fail this single test. */
  any: RegExp;
  res: RegExp[];
  unless: RegExp[];
  requires: RegExp[];
}
interface Compiled {
  rules: CompiledRule[];
  guards: GuardSet;
}

function build(mode: Mode): Compiled {
  return {
    guards: compileGuards(mode),
    rules: RULES.map((rule) => ({
      rule,
      any: compileAny(rule.patterns, mode),
      res: rule.patterns.map((p) => compile(p, mode)),
      unless: (rule.unless ?? []).map((p) => compile(p, mode)),
      requires: (rule.requires ?? []).map((p) => compile(p, mode)),
    })),
  };
}
// Each mode's rules are compiled the first time that mode is used: the composer never pays
// for journal mode, and the chunk loads faster.
const COMPILED = new Map<Mode, Compiled>();
function compiledFor(mode: Mode): Compiled {
  let c = COMPILED.get(mode);
  if (c === undefined) {
    c = build(mode);
    COMPILED.set(mode, c);
  }
  return c;
}

function test(re: RegExp, line: string): boolean {
  re.lastIndex = 0;
  return re.test(line);
}

/** The sentence's line plus a following one- or two-word sentence ("Reply. Now."). */
function contextLine(sentences: Sentence[], i: number): string {
  const s = sentences[i];
  const next = sentences[i + 1];
  if (s === undefined) return '';
  return next !== undefined && next.tokens.length <= 2 ? `${s.line} | ${next.line}` : s.line;
}

interface SentenceView {
  s: Sentence;
  raw: string;
  ctx: string;
  /** Facts about the whole text: it asks somewhere; it carries good news. */
  textAsks: boolean;
  good: boolean;
  /** Guard answers, computed at most once per sentence. */
  memo: Map<string, boolean>;
}

function remember(v: SentenceView, key: string, f: () => boolean): boolean {
  const known = v.memo.get(key);
  if (known !== undefined) return known;
  const value = f();
  v.memo.set(key, value);
  return value;
}

function sentenceBlocked(cr: CompiledRule, v: SentenceView, g: GuardSet): boolean {
  if (cr.requires.length > 0 && !cr.requires.some((re) => test(re, v.ctx))) return true;
  if (cr.unless.some((re) => test(re, v.ctx))) return true;
  for (const guard of cr.rule.guards) {
    if (guard === 'joke' && remember(v, 'joke', () => isJoke(v.raw))) return true;
    const kind = () => test(g.kind, v.s.line) || isWarmEmoji(v.raw);
    if (guard === 'kind' && remember(v, 'kind', kind)) return true;
    const polite = () => test(g.soft, v.ctx) && !test(g.strong, v.ctx);
    if (guard === 'polite' && remember(v, 'polite', polite)) return true;
    if (guard === 'asks' && !v.s.asks) return true;
    if (guard === 'good' && v.good) return true;
  }
  return false;
}

function tokenRange(s: Sentence, from: number, to: number): [number, number] | null {
  let first = -1;
  let last = -1;
  s.at.forEach((pos, i) => {
    if (pos >= from && pos < to) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : [first, last];
}

function matchBlocked(rule: Rule, v: SentenceView, first: number, from: number, g: GuardSet) {
  const s = v.s;
  const clause = s.clauses[s.clauseOf[first] ?? 0];
  for (const guard of rule.guards) {
    if (guard === 'question' && clause?.question) return true;
    if (guard === 'conditional' && clause !== undefined) {
      const before = s.tokens.slice(clause.first, first).map((t) => t.w);
      if (before.includes('if') || before.includes('unless')) return true;
    }
    if (guard === 'owned') {
      const before = s.line.slice(0, from);
      if (test(g.owned, before) || (v.textAsks && test(g.ownedSoft, before))) return true;
    }
  }
  return false;
}

/**
 * The rule flags of one sentence. A rule that matched but was stopped by a guard (a joke,
 * quoted speech, plans, good news…) marks its label as guarded for the sentence: the model
 * may not raise that label there either, so the rules keep guarding the known traps.
 */
function flagsIn(
  text: string,
  v: SentenceView,
  c: Compiled,
  quotes: [number, number][],
  guarded: Set<string>,
) {
  const out: Flag[] = [];
  const guard = (cr: CompiledRule) => guarded.add(`${v.s.start}:${cr.rule.label}`);
  for (const cr of c.rules) {
    if (!cr.any.test(v.s.line)) continue;
    if (sentenceBlocked(cr, v, c.guards)) {
      if (cr.res.some((re) => test(re, v.s.line))) guard(cr);
      continue;
    }
    for (const re of cr.res) {
      if (!test(re, v.s.line)) continue;
      re.lastIndex = 0;
      for (const m of v.s.line.matchAll(re)) {
        const range = tokenRange(v.s, m.index, m.index + m[0].length);
        if (range === null) continue;
        const a = v.s.tokens[range[0]];
        const b = v.s.tokens[range[1]];
        if (a === undefined || b === undefined) continue;
        if (
          insideQuotes(quotes, a.start) ||
          matchBlocked(cr.rule, v, range[0], m.index, c.guards)
        ) {
          guard(cr);
          continue;
        }
        const { label, why, id } = cr.rule;
        out.push({
          label,
          start: a.start,
          end: b.end,
          quote: text.slice(a.start, b.end),
          why,
          ruleId: id,
        });
      }
    }
  }
  return out;
}

/** Keeps one flag per label per overlapping span: the earliest, then the longest. */
function dedupe(flags: Flag[]): Flag[] {
  const sorted = [...flags].sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Flag[] = [];
  for (const f of sorted) {
    const clash = kept.some((k) => k.label === f.label && f.start < k.end && k.start < f.end);
    if (!clash) kept.push(f);
  }
  return kept;
}

export function analyseSentences(
  text: string,
  sentences: Sentence[],
  opts: AnalyseOptions,
): Analysis {
  const safety = screen(sentences);
  if (safety !== null) return { flags: [], safety };
  const compiled = compiledFor(opts.mode);
  const quotes = quotedSpans(text);
  const textAsks = sentences.some((s) => s.asks) || /\bcan we talk\b/i.test(text);
  const good = isGoodNews(text);
  const view = (s: Sentence, i: number): SentenceView => ({
    s,
    raw: sentenceText(text, sentences, i),
    ctx: contextLine(sentences, i),
    textAsks,
    good,
    memo: new Map(),
  });
  const guarded = new Set<string>();
  const ruled = dedupe(
    sentences.flatMap((s, i) => flagsIn(text, view(s, i), compiled, quotes, guarded)),
  );
  const use = opts.use ?? 'both';
  if (use === 'rules') return { flags: ruled, safety: null };
  const labels = modelLabels(text, sentences, opts.mode, ruled);
  const fromModel = modelFlags(text, sentences, opts.mode, use === 'model' ? [] : ruled, labels, {
    guarded,
    quotes,
  });
  if (use === 'model') return { flags: fromModel, safety: null };
  return { flags: [...ruled, ...fromModel].sort((a, b) => a.start - b.start), safety: null };
}

/** Flags the patterns in `text` that feed the push-pull cycle; screens for danger first. */
export function analyse(text: string, opts: AnalyseOptions = { mode: 'message' }): Analysis {
  return analyseSentences(text, tokenize(text), opts);
}
