import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { rewriteProblems } from './rewriteChecks.ts';
import { RULES } from './rules/index.ts';
import { suggest } from './suggest.ts';

const check = (original: string, text: string, kind: 'question' | 'i-statement' | 'pause') =>
  rewriteProblems(original, analyse(original), { kind, text });

describe('rewrite checks fail on bad rewrites', () => {
  it('catches a clause cut mid-way, a missing end mark and a doubled word', () => {
    const o = "you never text back so you don't have to deal with me";
    expect(
      check(o, "When you didn't text back so you don't have; what's going on?", 'question'),
    ).toContain('dangling "have"');
    expect(check(o, 'I felt lonely when you did not text back', 'i-statement')).toContain(
      'no end mark',
    );
    expect(check(o, 'I felt lonely when when you did not text back.', 'i-statement')).toContain(
      'doubled word',
    );
  });
  it('catches the partner’s feeling named as the person’s own', () => {
    const o = "you're embarrassed by me, admit it";
    expect(check(o, "I'm feeling embarrassed about it. Can we talk?", 'i-statement')).toContain(
      `the partner's "embarrassed" as theirs`,
    );
  });
  it('catches a rewrite that keeps the flag, loses the meaning, or has the wrong shape', () => {
    expect(check('you never listen', 'You never listen to me, can we talk?', 'question')).toContain(
      'flags overgeneralizing again',
    );
    expect(check('you never listen', 'How was your day?', 'question')).toContain(
      'none of their words',
    );
    expect(check('Call me right now.', 'Call me? I am worried.', 'question')).toContain(
      'demand rewrite is not a request',
    );
    expect(check('Whatever. Do what you want.', "It's okay to feel hurt.", 'pause')).toContain(
      'protest pause has no time and return',
    );
  });
});

describe('the rewrites themselves', () => {
  const flagged = RULES.flatMap((r) => r.examples.flag).filter((t) => analyse(t).flags.length > 0);
  it('pass every check for every rule example', { timeout: 60_000 }, () => {
    for (const text of flagged) {
      const analysis = analyse(text);
      for (const r of suggest(text, analysis)) {
        expect(rewriteProblems(text, analysis, r), `${text} → ${r.text}`).toEqual([]);
      }
    }
  });
  it('name the person’s feeling, not the one they put on the partner', () => {
    const text = "you're embarrassed by me, I can tell";
    const all = suggest(text, analyse(text))
      .map((r) => r.text)
      .join(' ');
    expect(all).not.toMatch(/(?:feel|feeling|felt) embarrassed/);
  });
  it('differ by pattern: an ask, a request, a time-boxed pause', () => {
    const mr = suggest(
      "you'd rather be with your friends",
      analyse("you'd rather be with your friends"),
    );
    expect(mr[0]?.text).toMatch(/\?$/);
    const de = suggest('Call me right now.', analyse('Call me right now.'));
    expect(de[0]?.text).toMatch(/^Could you call me/);
    const pr = suggest('Whatever. Do what you want.', analyse('Whatever. Do what you want.'));
    expect(pr[2]?.text).toMatch(/twenty minutes.*Then I'd like to talk/);
  });
});
