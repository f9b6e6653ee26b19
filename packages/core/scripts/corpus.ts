/**
 * Reading the coach corpus for the scripts (train, eval, split, kappa). Splits:
 *   train    corpus/dev.jsonl (the first corpus's dev split) + corpus/v2/train.jsonl
 *   test-v1  corpus/test.jsonl (the first corpus's frozen test split, message mode)
 *   test-v2  corpus/v2/test.jsonl (the second corpus's frozen test split)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod/mini';
import { fnv1a } from '../src/coach/model/features.ts';
import { LABELS, type Mode } from '../src/coach/types.ts';

const Raw = z.object({
  id: z.string(),
  text: z.string(),
  labels: z.array(z.enum(LABELS)),
  mode: z.optional(z.enum(['message', 'journal'])),
  register: z.optional(z.string()),
});

export interface CorpusItem {
  id: string;
  text: string;
  labels: (typeof LABELS)[number][];
  mode: Mode;
  register: string;
}

export function readJsonl(path: string): CorpusItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = Raw.parse(JSON.parse(l));
      return { ...r, mode: r.mode ?? 'message', register: r.register ?? 'plain' };
    });
}

const FILES = {
  train: ['dev.jsonl', 'v2/train.jsonl'],
  'test-v1': ['test.jsonl'],
  'test-v2': ['v2/test.jsonl'],
} as const;

export function readCorpus(dir: string, split: keyof typeof FILES): CorpusItem[] {
  return FILES[split]
    .map((f) => resolve(dir, f))
    .filter((p) => existsSync(p))
    .flatMap(readJsonl);
}

const Labelled = z.object({ id: z.string(), labels: z.array(z.enum(LABELS)) });

/** An annotator's (or the adjudication's) labels by id; other fields are ignored. */
export function readLabels(path: string): Map<string, CorpusItem['labels']> {
  const out = new Map<string, CorpusItem['labels']>();
  for (const l of readFileSync(path, 'utf8').split('\n')) {
    if (l.trim() === '') continue;
    const r = Labelled.parse(JSON.parse(l));
    out.set(r.id, r.labels);
  }
  return out;
}

/**
 * The seeded validation slice of the train split (~20 %): thresholds are chosen on it, and
 * `eval:coach --errors` never lists it, so rule work does not see it either.
 */
export const isValidation = (id: string) => fnv1a(`securebase-coach-2:${id}`) % 5 === 0;
