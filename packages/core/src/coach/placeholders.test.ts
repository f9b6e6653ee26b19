import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { findPlaceholders } from './placeholders.ts';
import { RULES } from './rules/index.ts';
import { suggest } from './suggest.ts';

describe('findPlaceholders', () => {
  it('finds each placeholder with its position, in order', () => {
    const text = "When you didn't answer me [when?], what happened [what happened]?";
    const found = findPlaceholders(text);
    expect(found.map((p) => p.text)).toEqual(['[when?]', '[what happened]']);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('finds nothing in a message without brackets, or with empty, nested or multi-line ones', () => {
    expect(findPlaceholders('Could we talk tonight?')).toEqual([]);
    expect(findPlaceholders('an empty [] pair')).toEqual([]);
    expect(findPlaceholders('broken [across\nlines]')).toEqual([]);
    expect(findPlaceholders('[[when?]]').map((p) => p.text)).toEqual(['[when?]']);
  });

  it('with `only`, keeps just the placeholders a rewrite brought, not brackets typed by hand', () => {
    const text = 'I felt [sic] lonely [when?] and [when?] again';
    const found = findPlaceholders(text, new Set(['[when?]']));
    expect(found.map((p) => p.start)).toEqual([
      text.indexOf('[when?]'),
      text.lastIndexOf('[when?]'),
    ]);
  });

  it('finds every bracket the coach writes into a rewrite', { timeout: 60_000 }, () => {
    const texts = RULES.flatMap((r) => r.examples.flag);
    let withPlaceholder = 0;
    for (const text of texts) {
      for (const r of suggest(text, analyse(text))) {
        const found = findPlaceholders(r.text);
        if (found.length > 0) withPlaceholder++;
        // Taking every found placeholder out leaves no bracket behind.
        let rest = r.text;
        for (const p of [...found].reverse()) rest = rest.slice(0, p.start) + rest.slice(p.end);
        expect(rest, r.text).not.toMatch(/[[\]]/);
      }
    }
    expect(withPlaceholder).toBeGreaterThan(10);
  });
});
