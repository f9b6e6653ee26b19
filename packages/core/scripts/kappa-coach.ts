/**
 * Cohen's kappa per label between the two independent annotators of the second corpus
 * (corpus/v2/annotations/a-*.jsonl, written with the texts, and b-*.jsonl, labelled blind),
 * over the texts both labelled; plus how often the final (adjudicated) labels equal each.
 *   node scripts/run.mjs packages/core/scripts/kappa-coach.ts
 */
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kappa } from '../src/coach/evaluate.ts';
import { LABELS } from '../src/coach/types.ts';
import { type CorpusItem, readCorpus, readLabels } from './corpus.ts';

const root = resolve(dirname(process.argv[1] ?? fileURLToPath(import.meta.url)), '../../..');
const corpusDir = resolve(root, 'packages/core/src/coach/corpus');
const dir = resolve(corpusDir, 'v2/annotations');

function annotator(prefix: string): Map<string, CorpusItem['labels']> {
  const out = new Map<string, CorpusItem['labels']>();
  for (const f of readdirSync(dir).filter((x) => x.startsWith(prefix) && x.endsWith('.jsonl'))) {
    for (const [id, labels] of readLabels(resolve(dir, f))) out.set(id, labels);
  }
  return out;
}

const a = annotator('a-');
const b = annotator('b-');
const ids = [...a.keys()].filter((id) => b.has(id)).sort();
console.log(`texts labelled by both annotators: ${ids.length} (A ${a.size}, B ${b.size})`);
console.log('label                  kappa   A+  B+  both');
const rows = [...LABELS, 'clean' as const].map((label) => {
  const has = (m: Map<string, CorpusItem['labels']>, id: string) => {
    const l = m.get(id) ?? [];
    return label === 'clean' ? l.length === 0 : (l as string[]).includes(label);
  };
  const ra = ids.map((id) => has(a, id));
  const rb = ids.map((id) => has(b, id));
  const both = ids.filter((_, i) => ra[i] && rb[i]).length;
  const k = kappa(ra, rb);
  console.log(
    `${label.padEnd(22)} ${k.toFixed(3).padEnd(7)} ${String(ra.filter(Boolean).length).padEnd(3)} ${String(rb.filter(Boolean).length).padEnd(3)} ${both}`,
  );
  return { label, k };
});
const labelRows = rows.filter((r) => r.label !== 'clean');
const mean = labelRows.reduce((s, r) => s + r.k, 0) / labelRows.length;
console.log(`mean kappa over the nine labels: ${mean.toFixed(3)}`);
const exact = ids.filter(
  (id) => [...(a.get(id) ?? [])].sort().join() === [...(b.get(id) ?? [])].sort().join(),
).length;
console.log(`identical label sets: ${exact}/${ids.length}`);
// The final (adjudicated) labels are the ones in v2/train.jsonl and v2/test.jsonl.
const final = new Map(
  [...readCorpus(corpusDir, 'train'), ...readCorpus(corpusDir, 'test-v2')].map((it) => [
    it.id,
    it.labels,
  ]),
);
const same = (m: Map<string, CorpusItem['labels']>) =>
  ids.filter(
    (id) =>
      final.has(id) &&
      [...(m.get(id) ?? [])].sort().join() === [...(final.get(id) ?? [])].sort().join(),
  ).length;
const kept = ids.filter((id) => final.has(id)).length;
console.log(`final labels equal A on ${same(a)}/${kept}, B on ${same(b)}/${kept} texts`);
