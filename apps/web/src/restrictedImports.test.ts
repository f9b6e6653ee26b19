/**
 * Every import rule in biome.json (all workspaces' overrides, not only the web's) must guard
 * something real: each restricted path names a package, built-in or virtual module that
 * exists; each pattern matches at least one real package or file seen from the files the
 * rule covers. Then Biome itself lints a probe import for every entry, placed beside a real
 * file the override covers, and must flag exactly the restricted ones. A renamed folder or
 * package therefore fails here instead of leaving a rule that silently guards nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObject = (v: unknown): v is { [k: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : [];
function at(v: unknown, ...keys: string[]): unknown {
  let cur = v;
  for (const k of keys) cur = isObject(cur) ? cur[k] : undefined;
  return cur;
}

/** gitignore-style glob (as Biome's includes and import patterns use) to a whole-string RegExp. */
function globRe(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
/** gitignore order: the last entry that matches decides; a `!` entry lets the name through. */
function restricted(entries: string[], name: string): boolean {
  let hit = false;
  for (const e of entries) {
    const neg = e.startsWith('!');
    if (globRe(neg ? e.slice(1) : e).test(name)) hit = !neg;
  }
  return hit;
}

interface Rule {
  includes: string[];
  paths: string[];
  groups: string[][];
}
const config: unknown = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
const listed = at(config, 'overrides');
const overrides: unknown[] = Array.isArray(listed) ? listed : [];
const rules: Rule[] = overrides.flatMap((o) => {
  const opts = at(o, 'linter', 'rules', 'style', 'noRestrictedImports', 'options');
  if (!isObject(opts)) return [];
  const paths = isObject(opts.paths) ? Object.keys(opts.paths) : [];
  const patterns = Array.isArray(opts.patterns) ? opts.patterns : [];
  return [
    {
      includes: strings(at(o, 'includes')),
      paths,
      groups: patterns.map((p) => strings(at(p, 'group'))),
    },
  ];
});

const repoFiles = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx|mts|mjs|js)$/.test(f));
const covers = (includes: string[], file: string) => restricted(includes, file);

/** Every package name installed at the root, with the subpath exports of the workspaces. */
function packageNames(): string[] {
  const nm = join(root, 'node_modules');
  const names = readdirSync(nm).flatMap((d) =>
    d.startsWith('@') ? readdirSync(join(nm, d)).map((s) => `${d}/${s}`) : [d],
  );
  const subpaths = ['packages/core', 'apps/web', 'apps/server'].flatMap((w) => {
    const pkg: unknown = JSON.parse(readFileSync(join(root, w, 'package.json'), 'utf8'));
    const name = at(pkg, 'name');
    const exp = at(pkg, 'exports');
    if (typeof name !== 'string' || !isObject(exp)) return [];
    return Object.keys(exp).map((k) => (k === '.' ? name : `${name}/${k.slice(2)}`));
  });
  return [...names, ...subpaths];
}
/** Virtual modules declared by the type packages the web app uses (e.g. virtual:pwa-register). */
function virtualModules(): string[] {
  const dirs = ['vite', 'vite-plugin-pwa'].map((p) => join(root, 'node_modules', p));
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.d.ts'))
      .flatMap((f) =>
        [...readFileSync(join(d, f), 'utf8').matchAll(/declare module '(virtual:[^']+)'/g)].map(
          (m) => m[1] ?? '',
        ),
      ),
  );
}
const bare = [
  ...packageNames(),
  ...builtinModules,
  ...builtinModules.map((b) => `node:${b}`),
  ...virtualModules(),
];
const relativeFrom = (file: string) =>
  repoFiles.map((f) => {
    const r = relative(dirname(file), f);
    return r.startsWith('.') ? r : `./${r}`;
  });

/** The real file a rule's probe sits beside: one the rule covers and no later override takes over. */
function home(i: number): string | undefined {
  const rule = rules[i];
  if (!rule) return undefined;
  const mine = repoFiles.filter((f) => covers(rule.includes, f));
  const later = rules.slice(i + 1);
  return mine.find((f) => !later.some((r) => covers(r.includes, f))) ?? mine[0];
}

describe('biome.json import rules', () => {
  it('has rules to check', () => {
    expect(rules.length).toBeGreaterThanOrEqual(7);
  });

  const probes: { file: string; lines: { spec: string; flagged: boolean; what: string }[] }[] = [];

  rules.forEach((rule, i) => {
    const file = home(i);
    const label = rule.includes.join(' ');
    it(`${label}: covers real files`, () => {
      expect(file, 'no file in the repository is covered').toBeDefined();
    });
    if (!file) return;
    const candidates = [...bare, ...relativeFrom(file)];
    const lines: { spec: string; flagged: boolean; what: string }[] = [];
    for (const p of rule.paths) {
      it(`${label}: path ${p} exists`, () => expect(bare).toContain(p));
      lines.push({ spec: p, flagged: true, what: `path ${p}` });
    }
    for (const group of rule.groups) {
      for (const entry of group) {
        const neg = entry.startsWith('!');
        const re = globRe(neg ? entry.slice(1) : entry);
        const others = rule.groups.filter((g) => g !== group);
        // A name this entry decides, and no other group or path restricts.
        const example = candidates.find(
          (c) =>
            re.test(c) &&
            restricted(group, c) !== neg &&
            !rule.paths.includes(c) &&
            !others.some((g) => restricted(g, c)),
        );
        it(`${label}: pattern ${entry} matches something real`, () => {
          expect(candidates.some((c) => re.test(c))).toBe(true);
          expect(example, `nothing real is decided by ${entry}`).toBeDefined();
        });
        if (example) lines.push({ spec: example, flagged: !neg, what: `pattern ${entry}` });
      }
    }
    probes.push({ file: join(dirname(file), `zz-probe-${i}.ts`), lines });
  });

  it('Biome flags every restricted probe and lets every exception through', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-rules-'));
    try {
      const copy: { [k: string]: Json } = isObject(config) ? { ...config } : {};
      delete copy.$schema;
      copy.vcs = { enabled: false };
      writeFileSync(join(dir, 'biome.json'), JSON.stringify(copy));
      for (const p of probes) {
        mkdirSync(join(dir, dirname(p.file)), { recursive: true });
        const body = p.lines.map((l, n) => `import * as p${n} from '${l.spec}';`);
        body.push(`export const all = [${p.lines.map((_, n) => `p${n}`).join(', ')}];`);
        writeFileSync(join(dir, p.file), `${body.join('\n')}\n`);
      }
      let out = '';
      try {
        out = execFileSync(
          join(root, 'node_modules/.bin/biome'),
          ['lint', '--reporter=github', '.'],
          {
            cwd: dir,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
          },
        );
      } catch (e) {
        out = isObject(e) && typeof e.stdout === 'string' ? e.stdout : '';
      }
      const flagged = new Set(
        [...out.matchAll(/title=lint\/style\/noRestrictedImports,file=([^,]+),line=(\d+)/g)].map(
          (m) => `${relative(dir, m[1] ?? '')}:${m[2]}`,
        ),
      );
      const wrong = probes.flatMap((p) =>
        p.lines
          .filter((l, n) => flagged.has(`${p.file}:${n + 1}`) !== l.flagged)
          .map(
            (l) =>
              `${p.file}: ${l.what} via '${l.spec}' should be ${l.flagged ? 'refused' : 'allowed'}`,
          ),
      );
      expect(wrong).toEqual([]);
      expect(flagged.size).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
