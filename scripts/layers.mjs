#!/usr/bin/env node
// Counts the imports between the web app's layers (apps/web/src), so the layering is a
// measured figure rather than a claim. From the bottom: platform/ and ui/ (rank 0),
// session/ (1), features/ (2), app/ (3), the entry files at the top of src/ (4).
// An import "runs up" when its target's rank is higher than its source's.
// An import into a feature from anywhere outside it, other than through its index.ts, is "deep".
// Static imports, re-exports and dynamic import() of relative paths are counted, tests
// included. Usage: node scripts/layers.mjs [--json] [--root <checkout>] (default: this repo)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const at = process.argv.indexOf('--root');
const root =
  at > 0 && process.argv[at + 1]
    ? resolve(process.argv[at + 1])
    : resolve(dirname(new URL(import.meta.url).pathname), '..');
const src = join(root, 'apps/web/src');
const RANK = { platform: 0, ui: 0, session: 1, features: 2, app: 3 };

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

/** The layer of a file under src/, and for a feature its name. */
function place(file) {
  const parts = relative(src, file).split('/');
  const top = parts.length === 1 ? 'entry' : parts[0];
  const rank = top in RANK ? RANK[top] : 4;
  return { layer: top, rank, feature: top === 'features' ? parts[1] : null };
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

export function measure() {
  const edges = [];
  for (const file of files(src)) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(dirname(file), m[1]);
      if (!target.startsWith(src)) continue;
      const from = place(file);
      const to = place(target);
      const line = text.slice(0, m.index).split('\n').length;
      // The comment that explains an exception sits on the line above the import.
      const above = lines[line - 2] ?? '';
      edges.push({
        from: relative(src, file),
        to: relative(src, target),
        line,
        up: to.rank > from.rank,
        deep: to.feature !== null && from.feature !== to.feature && !/\/index\.tsx?$/.test(target),
        explained: /^\s*(\/\/|\*)/.test(above),
      });
    }
  }
  const between = {};
  for (const e of edges) {
    const key = `${place(join(src, e.from)).layer} -> ${place(join(src, e.to)).layer}`;
    between[key] = (between[key] ?? 0) + 1;
  }
  return {
    imports: edges.length,
    between,
    up: edges.filter((e) => e.up),
    deep: edges.filter((e) => e.deep),
  };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const r = measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(r));
  } else {
    console.log(`relative imports in apps/web/src: ${r.imports}`);
    for (const [k, n] of Object.entries(r.between).sort()) console.log(`  ${k}: ${n}`);
    console.log(`running up a layer: ${r.up.length}`);
    for (const e of r.up) console.log(`  ${e.from}:${e.line} -> ${e.to}`);
    console.log(`deep into another feature: ${r.deep.length}`);
    for (const e of r.deep) console.log(`  ${e.from}:${e.line} -> ${e.to}`);
  }
}
