/**
 * npm run eval:coach: scores the coach on
 *   - the train split (corpus/dev.jsonl + corpus/v2/train.jsonl; what rule work and training see),
 *   - the frozen test splits corpus/test.jsonl and corpus/v2/test.jsonl (each verified against
 *     the SHA-256 in docs/coach.md; aggregates only, message and journal mode apart),
 *   - an external dev set written outside the team, when its path is given (aggregates only),
 * each for the rules alone, the model alone and both (what the app runs). Then the rewrite
 * checks (rewriteChecks.ts) and the safety screen.
 *   --errors     list train-split mistakes (not its validation slice; never test or shared items)
 *   --rules      with --errors: the mistakes of the rules alone
 *   --dev-only   score the train split only (what rule work looks at)
 * COACH_SHARED_DEV=path names that external set (JSONL of {id, text, labels}).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { analyse } from '../src/coach/analyse.ts';
import { type Report, score } from '../src/coach/evaluate.ts';
import { rewriteProblems } from '../src/coach/rewriteChecks.ts';
import { suggest } from '../src/coach/suggest.ts';
import type { AnalyseOptions } from '../src/coach/types.ts';
import { type CorpusItem, isValidation, readCorpus, readJsonl } from './corpus.ts';

// scripts/run.mjs bundles this file elsewhere and sets argv[1] to the original path.
const root = resolve(dirname(process.argv[1] ?? fileURLToPath(import.meta.url)), '../../..');
const corpusDir = resolve(root, 'packages/core/src/coach/corpus');
const Crisis = z.object({ id: z.string(), text: z.string(), category: z.string() });
type Use = NonNullable<AnalyseOptions['use']>;

function verifyHash(file: string, pattern: RegExp): boolean {
  const path = resolve(corpusDir, file);
  if (!existsSync(path)) return false;
  const want = pattern.exec(readFileSync(resolve(root, 'docs/coach.md'), 'utf8'))?.[1];
  const got = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (want !== got) {
    console.error(`${file} SHA-256 ${got} does not match docs/coach.md (${want ?? 'missing'})`);
    process.exit(1);
  }
  console.log(`${file} verified: SHA-256 ${got}`);
  return true;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);

function printFull(name: string, r: Report): void {
  console.log(`\n== ${name} (${r.n} texts)`);
  console.log('label                  precision  recall  F1     (tp/fp/fn)');
  for (const l of r.labels) {
    const cells = [f3(l.precision).padEnd(10), f3(l.recall).padEnd(7), f3(l.f1).padEnd(6)];
    console.log(`${l.label.padEnd(22)} ${cells.join(' ')} (${l.tp}/${l.fp}/${l.fn})`);
  }
  console.log(
    `macro-F1 ${f3(r.macroF1)}; clean texts flagged: ${r.noFlagFlagged}/${r.noFlagTexts} = ${pct(r.noFlagRate)}`,
  );
}

function predictions(items: CorpusItem[], use: Use, showErrors = false) {
  return items.map((it) => {
    const listed = showErrors && !isValidation(it.id);
    const flags = analyse(it.text, { mode: it.mode, use }).flags;
    const predicted = [...new Set(flags.map((x) => x.label))];
    if (listed) {
      const missing = it.labels.filter((l) => !predicted.includes(l));
      const extra = predicted.filter((l) => !it.labels.includes(l));
      if (missing.length + extra.length > 0) {
        const t = JSON.stringify(it.text);
        console.log(`  ${it.id} [${it.mode}] ${t} missing=[${missing}] extra=[${extra}]`);
      }
    }
    return { expected: it.labels, predicted };
  });
}

/** Rules alone, model alone, both: one line each; the full table for both. */
function evaluate(name: string, items: CorpusItem[], showErrors = false): void {
  if (items.length === 0) return;
  const both = score(predictions(items, 'both', showErrors));
  printFull(`${name}: rules + model`, both);
  for (const use of ['rules', 'model'] as const) {
    const r = score(predictions(items, use));
    const per = r.labels.map((l) => `${l.label.slice(0, 4)} ${f3(l.f1)}`).join(' ');
    console.log(
      `  ${use} only: macro-F1 ${f3(r.macroF1)}, clean flagged ${pct(r.noFlagRate)} | ${per}`,
    );
  }
}

function byMode(name: string, items: CorpusItem[]): void {
  evaluate(name, items);
  const modes = new Set(items.map((it) => it.mode));
  if (modes.size < 2) return;
  for (const mode of ['message', 'journal'] as const) {
    evaluate(
      `${name}, ${mode} mode`,
      items.filter((it) => it.mode === mode),
    );
  }
}

function safety(others: CorpusItem[], splits: string[]): void {
  console.log('\n== safety screen');
  for (const split of splits) {
    const crisis = readFileSync(resolve(corpusDir, `safety-${split}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => Crisis.parse(JSON.parse(l)));
    const caught = crisis.filter((c) => analyse(c.text).safety !== null).length;
    console.log(`recall on safety-${split}: ${caught}/${crisis.length}`);
  }
  const hits = others.filter((it) => analyse(it.text, { mode: it.mode }).safety !== null);
  console.log(`safety hits on the ${others.length} non-crisis texts: ${hits.length}`);
}

function rewrites(name: string, items: CorpusItem[], showErrors: boolean): void {
  let texts = 0;
  let count = 0;
  let bad = 0;
  for (const it of items) {
    const analysis = analyse(it.text, { mode: it.mode });
    if (analysis.flags.length === 0) continue;
    texts++;
    for (const r of suggest(it.text, analysis)) {
      count++;
      const problems = rewriteProblems(it.text, analysis, r);
      if (problems.length > 0) {
        bad++;
        if (showErrors) console.log(`  ${it.id} ${r.kind}: ${r.text} (${problems.join(', ')})`);
      }
    }
  }
  console.log(
    `\n== rewrites on ${name}: ${count} for ${texts} flagged texts; failing a check: ${bad}`,
  );
}

const showErrors = process.argv.includes('--errors');
const train = readCorpus(corpusDir, 'train');
byMode('train split (seen by rules and model)', train);
if (showErrors) predictions(train, process.argv.includes('--rules') ? 'rules' : 'both', true);
if (process.argv.includes('--dev-only')) {
  rewrites('train split', train, showErrors);
  safety(train, ['dev']);
  process.exit(0);
}
const tests: CorpusItem[] = [];
if (verifyHash('test.jsonl', /(?<!v2\/)test\.jsonl`? SHA-256: `([0-9a-f]{64})`/)) {
  const t = readCorpus(corpusDir, 'test-v1');
  tests.push(...t);
  evaluate('test v1 (frozen, held out)', t);
}
if (verifyHash('v2/test.jsonl', /v2\/test\.jsonl`? SHA-256: `([0-9a-f]{64})`/)) {
  const t = readCorpus(corpusDir, 'test-v2');
  tests.push(...t);
  byMode('test v2 (frozen, held out)', t);
}
const sharedPath = process.env.COACH_SHARED_DEV;
const shared = sharedPath && existsSync(sharedPath) ? readJsonl(sharedPath) : [];
if (sharedPath && shared.length > 0) evaluate(`external dev set (${sharedPath})`, shared);
else console.log('\n(no external dev set: set COACH_SHARED_DEV=path to score one)');
rewrites('train and test splits', [...train, ...tests], false);
safety([...train, ...tests, ...shared], ['dev', 'test']);
