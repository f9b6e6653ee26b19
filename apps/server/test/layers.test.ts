/**
 * The server's layer rules (biome.json, noRestrictedImports) name folders by relative
 * paths; a folder that was renamed or moved would leave a rule guarding nothing. This
 * reads every such rule for apps/server/src and checks that what it bans exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function field(v: unknown, ...path: string[]): unknown {
  let at = v;
  for (const k of path) at = typeof at === 'object' && at !== null ? Reflect.get(at, k) : undefined;
  return at;
}

const strings = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** [folder the rule applies to, banned relative import pattern] for every server rule. */
function serverRules(): [string, string][] {
  const config: unknown = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
  const overrides = field(config, 'overrides');
  const out: [string, string][] = [];
  for (const o of Array.isArray(overrides) ? overrides : []) {
    const folders = strings(field(o, 'includes'))
      .map((p) => /^apps\/server\/src\/([a-z]+)\/\*\*$/.exec(p)?.[1])
      .filter((f) => f !== undefined);
    const rule = field(o, 'linter', 'rules', 'style', 'noRestrictedImports', 'options');
    const patterns = field(rule, 'patterns');
    for (const p of Array.isArray(patterns) ? patterns : [])
      for (const g of strings(field(p, 'group')).filter((x) => x.startsWith('../')))
        for (const f of folders) out.push([f, g]);
  }
  return out;
}

describe('server layer rules', () => {
  it('ban folders that exist', () => {
    const rules = serverRules();
    expect(rules.length).toBeGreaterThanOrEqual(4);
    for (const [folder, pattern] of rules) {
      const target = resolve(root, 'apps/server/src', folder, pattern.replace(/\/\*$/, ''));
      expect(existsSync(target), `${folder}: ${pattern}`).toBe(true);
    }
  });

  it('keep test support where the test-support rule points', () => {
    expect(existsSync(join(root, 'apps/server/test/support/http.ts'))).toBe(true);
    expect(existsSync(join(root, 'apps/server/src/http/testing.ts'))).toBe(false);
    expect(existsSync(join(root, 'apps/server/src/store/testing.ts'))).toBe(false);
  });
});
