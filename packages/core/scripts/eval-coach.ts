/**
 * npm run eval:coach: scores the coach on the dev split, the held-out test split (verified
 * against the SHA-256 committed in docs/coach.md, aggregates only), and the shared dev set
 * at ../shared/coach/dev.jsonl when present (aggregates only). Then the safety screen:
 * recall on the crisis texts and hits on every other text.
 *   --errors     list dev-split mistakes (never test or shared items)
 *   --dev-only   score the dev split only (what rule work looks at)
 * COACH_SHARED_DEV=path overrides where the shared dev set is looked for.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { analyse } from '../src/coach/analyse.ts';
import { type Report, score } from '../src/coach/evaluate.ts';
import { FEELINGS } from '../src/coach/extract.ts';
import { suggest } from '../src/coach/suggest.ts';
import { LABELS } from '../src/coach/types.ts';

// scripts/run.mjs bundles this file elsewhere and sets argv[1] to the original path.
const root = resolve(dirname(process.argv[1] ?? fileURLToPath(import.meta.url)), '../../..');
const corpusDir = resolve(root, 'packages/core/src/coach/corpus');
const Item = z.strictObject({ id: z.string(), text: z.string(), labels: z.array(z.enum(LABELS)) });
const Crisis = z.strictObject({ id: z.string(), text: z.string(), category: z.string() });

function readJsonl<T>(path: string, schema: z.ZodMiniType<T>): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => schema.parse(JSON.parse(l)));
}

function verifyTestHash(): void {
  const doc = readFileSync(resolve(root, 'docs/coach.md'), 'utf8');
  const want = /test\.jsonl`? SHA-256: `([0-9a-f]{64})`/.exec(doc)?.[1];
  const got = createHash('sha256')
    .update(readFileSync(resolve(corpusDir, 'test.jsonl')))
    .digest('hex');
  if (want !== got) {
    console.error(`test.jsonl SHA-256 ${got} does not match docs/coach.md (${want ?? 'missing'})`);
    process.exit(1);
  }
  console.log(`test split verified: SHA-256 ${got}`);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const f = (x: number) => x.toFixed(3);

function print(name: string, r: Report): void {
  console.log(`\n== ${name} (${r.n} texts)`);
  console.log('label                  precision  recall  F1     (tp/fp/fn)');
  for (const l of r.labels) {
    const cells = [f(l.precision).padEnd(10), f(l.recall).padEnd(7), f(l.f1).padEnd(6)];
    console.log(`${l.label.padEnd(22)} ${cells.join(' ')} (${l.tp}/${l.fp}/${l.fn})`);
  }
  console.log(`macro-F1 ${f(r.macroF1)}`);
  console.log(
    `no-flag texts with any flag: ${r.noFlagFlagged}/${r.noFlagTexts} = ${pct(r.noFlagRate)}`,
  );
}

type Item = z.infer<typeof Item>;

function run(items: Item[], showErrors: boolean) {
  return items.map((it) => {
    const predicted = [...new Set(analyse(it.text, { mode: 'message' }).flags.map((x) => x.label))];
    if (showErrors) {
      const missing = it.labels.filter((l) => !predicted.includes(l));
      const extra = predicted.filter((l) => !it.labels.includes(l));
      if (missing.length + extra.length > 0) {
        console.log(`  ${it.id} ${JSON.stringify(it.text)} missing=[${missing}] extra=[${extra}]`);
      }
    }
    return { expected: it.labels, predicted };
  });
}

function safety(dev: Item[], others: Item[], splits: string[], showErrors: boolean): void {
  console.log('\n== safety screen');
  for (const split of splits) {
    const crisis = readJsonl(resolve(corpusDir, `safety-${split}.jsonl`), Crisis);
    const missed = crisis.filter((c) => analyse(c.text).safety === null);
    if (showErrors && split === 'dev')
      for (const c of missed) console.log(`  missed ${c.id} ${c.text}`);
    const caught = crisis.length - missed.length;
    console.log(
      `recall on safety-${split}: ${caught}/${crisis.length} = ${pct(caught / crisis.length)}`,
    );
  }
  const hits = others.filter((it) => analyse(it.text).safety !== null);
  if (showErrors) {
    for (const h of hits.filter((x) => dev.includes(x)))
      console.log(`  safety hit ${h.id} ${h.text}`);
  }
  console.log(`safety hits on the ${others.length} non-crisis texts: ${hits.length}`);
}

/** The rewrite invariants of issue 3 §1, over every flagged text of the given splits. */
function rewrites(items: Item[]): void {
  let texts = 0;
  let count = 0;
  let bad = 0;
  for (const it of items) {
    const analysis = analyse(it.text);
    if (analysis.flags.length === 0) continue;
    texts++;
    const labels = new Set(analysis.flags.map((f) => f.label));
    for (const r of suggest(it.text, analysis)) {
      count++;
      const sentences = r.text.replace(/\[[^\]]*\]/g, 'X').split(/[.!?;]+(?:\s|$)/);
      const feels = FEELINGS.some((f) => new RegExp(`\\b${f}\\b`).test(r.text));
      const again = analyse(r.text).flags.some((f) => labels.has(f.label));
      const long = sentences.filter((x) => x.trim() !== '').length > 2 || r.text.length > 220;
      if (again || long || !(feels || r.text.includes('?'))) bad++;
    }
  }
  console.log(`\n== rewrites: ${count} for ${texts} flagged texts; breaking a rule: ${bad}`);
}

const showErrors = process.argv.includes('--errors');
verifyTestHash();
const dev = readJsonl(resolve(corpusDir, 'dev.jsonl'), Item);
const test = readJsonl(resolve(corpusDir, 'test.jsonl'), Item);
const sharedPath = process.env.COACH_SHARED_DEV ?? resolve(root, '../shared/coach/dev.jsonl');
const shared = existsSync(sharedPath) ? readJsonl(sharedPath, Item) : null;
print('dev', score(run(dev, showErrors)));
if (process.argv.includes('--dev-only')) {
  rewrites(dev);
  safety(dev, dev, ['dev'], showErrors);
  process.exit(0);
}
print('test (held out)', score(run(test, false)));
if (shared) print('shared dev (../shared/coach/dev.jsonl)', score(run(shared, false)));
else console.log('\n(shared dev set not found at ../shared/coach/dev.jsonl; skipped)');
rewrites([...dev, ...test]);
safety(dev, [...dev, ...test, ...(shared ?? [])], ['dev', 'test'], showErrors);
