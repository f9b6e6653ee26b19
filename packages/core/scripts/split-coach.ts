/**
 * Builds the second corpus (corpus/v2/) from the writers' files and freezes its test split.
 *
 *   node scripts/run.mjs packages/core/scripts/split-coach.ts freeze <dir with w*.jsonl>
 *     Copies each writer's file as written (annotator A) to corpus/v2/annotations/a-*.jsonl,
 *     then splits: strata by mode and first label ("clean" when none), inside each stratum
 *     the texts ordered by a seeded hash of their id, every fourth to test (~25 %). A text
 *     whose normalised wording also appears in the test split (or in the first corpus's test
 *     split) is kept out of train, so nothing leaks. Prints the SHA-256 of v2/test.jsonl.
 *   ... relabel <adjudicated.jsonl>
 *     Replaces labels by id with the adjudicated ones; the split (which id is where) stays.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../src/coach/model/features.ts';
import { type CorpusItem, readJsonl, readLabels } from './corpus.ts';

const root = resolve(dirname(process.argv[1] ?? fileURLToPath(import.meta.url)), '../../..');
const corpusDir = resolve(root, 'packages/core/src/coach/corpus');
const v2 = resolve(corpusDir, 'v2');
const SEED = 'securebase-coach-v2-split';

const norm = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const line = (it: CorpusItem) =>
  JSON.stringify({
    id: it.id,
    text: it.text,
    labels: it.labels,
    mode: it.mode,
    register: it.register,
  });

function write(name: string, items: CorpusItem[]): string {
  const body = `${[...items]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map(line)
    .join('\n')}\n`;
  writeFileSync(resolve(v2, name), body);
  return createHash('sha256').update(body).digest('hex');
}

function freeze(dir: string): void {
  mkdirSync(resolve(v2, 'annotations'), { recursive: true });
  const files = readdirSync(dir)
    .filter((f) => /^w\d-.*\.jsonl$/.test(f))
    .sort();
  const items: CorpusItem[] = [];
  for (const f of files) {
    copyFileSync(resolve(dir, f), resolve(v2, 'annotations', `a-${basename(f)}`));
    items.push(...readJsonl(resolve(dir, f)));
  }
  const ids = new Set<string>();
  for (const it of items) {
    if (ids.has(it.id)) throw new Error(`duplicate id ${it.id}`);
    ids.add(it.id);
  }
  const strata = new Map<string, CorpusItem[]>();
  for (const it of items) {
    const key = `${it.mode}/${it.labels[0] ?? 'clean'}`;
    strata.set(key, [...(strata.get(key) ?? []), it]);
  }
  const test: CorpusItem[] = [];
  const rest: CorpusItem[] = [];
  for (const group of strata.values()) {
    const ordered = [...group].sort(
      (a, b) => fnv1a(`${SEED}:${a.id}`) - fnv1a(`${SEED}:${b.id}`) || (a.id < b.id ? -1 : 1),
    );
    ordered.forEach((it, i) => {
      (i % 4 === 0 ? test : rest).push(it);
    });
  }
  const held = new Set(test.map((it) => norm(it.text)));
  const v1Test = resolve(corpusDir, 'test.jsonl');
  if (existsSync(v1Test)) for (const it of readJsonl(v1Test)) held.add(norm(it.text));
  const train = rest.filter((it) => !held.has(norm(it.text)));
  const hash = write('test.jsonl', test);
  write('train.jsonl', train);
  console.log(
    `${items.length} texts from ${files.join(', ')}: test ${test.length}, train ${train.length} (${rest.length - train.length} left out as duplicates of held-out wording)`,
  );
  console.log(`v2/test.jsonl SHA-256: ${hash}`);
}

function relabel(path: string): void {
  const final = readLabels(path);
  let changed = 0;
  const apply = (it: CorpusItem): CorpusItem => {
    const labels = final.get(it.id);
    if (labels === undefined) return it;
    if ([...labels].sort().join() !== [...it.labels].sort().join()) changed++;
    return { ...it, labels };
  };
  const test = readJsonl(resolve(v2, 'test.jsonl')).map(apply);
  const train = readJsonl(resolve(v2, 'train.jsonl')).map(apply);
  const hash = write('test.jsonl', test);
  write('train.jsonl', train);
  console.log(`relabelled ${changed} texts; v2/test.jsonl SHA-256: ${hash}`);
}

const [command, arg] = process.argv.slice(2);
if (command === 'freeze' && arg !== undefined) freeze(resolve(arg));
else if (command === 'relabel' && arg !== undefined) relabel(resolve(arg));
else {
  console.error('usage: split-coach.ts freeze <dir> | relabel <adjudicated.jsonl>');
  process.exit(2);
}
