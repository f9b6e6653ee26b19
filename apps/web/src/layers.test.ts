/**
 * The web app's layers, measured by scripts/layers.mjs: at most 3 imports may run up a
 * layer, each with a comment on the line above saying why, and no import reaches into a
 * feature other than through its index.ts.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

interface Edge {
  from: string;
  to: string;
  line: number;
  explained: boolean;
}
const edges = (v: unknown): Edge[] =>
  Array.isArray(v)
    ? v.flatMap((e: unknown) =>
        typeof e === 'object' && e !== null && 'from' in e && 'to' in e && 'explained' in e
          ? [
              {
                from: String(e.from),
                to: String(e.to),
                line: 'line' in e ? Number(e.line) : 0,
                explained: e.explained === true,
              },
            ]
          : [],
      )
    : [];

const out: unknown = JSON.parse(
  execFileSync('node', ['scripts/layers.mjs', '--json'], { cwd: root, encoding: 'utf8' }),
);
const field = (k: string) =>
  typeof out === 'object' && out !== null && k in out ? Reflect.get(out, k) : undefined;

it('counts the imports it checks', () => {
  expect(Number(field('imports'))).toBeGreaterThan(200);
});

it('lets at most 3 imports run up a layer, each explained', () => {
  const up = edges(field('up'));
  expect(up.length).toBeLessThanOrEqual(3);
  expect(up.filter((e) => !e.explained).map((e) => `${e.from}:${e.line} -> ${e.to}`)).toEqual([]);
});

it('reaches into no feature other than through its index.ts', () => {
  expect(edges(field('deep')).map((e) => `${e.from}:${e.line} -> ${e.to}`)).toEqual([]);
});
