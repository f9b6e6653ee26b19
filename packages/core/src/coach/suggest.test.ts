import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import devRaw from './corpus/dev.jsonl?raw';
import { FEELINGS } from './extract.ts';
import { suggest } from './suggest.ts';

const dev: string[] = devRaw
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => {
    const item: unknown = JSON.parse(l);
    if (typeof item !== 'object' || item === null || !('text' in item)) throw new Error(l);
    return String(item.text);
  });
const extra = [
  "you never text back, you obviously don't care",
  'u never help w the dishes and ur so lazy',
  'if you go out tonight dont bother coming home',
  "it's all your fault we missed the train",
];
const flagged = [...dev, ...extra].filter((t) => analyse(t).flags.length > 0);

const sentences = (text: string) =>
  text
    .replace(/\[[^\]]*\]/g, 'X')
    .split(/[.!?;]+(?:\s|$)/)
    .filter((s) => s.trim() !== '').length;

describe('suggest', () => {
  it('has enough flagged texts to check', () => {
    expect(flagged.length).toBeGreaterThan(150);
  });

  it('gives a question, an I-statement and a pause for each flagged text', {
    timeout: 60_000,
  }, () => {
    for (const text of flagged) {
      expect(suggest(text, analyse(text)).map((r) => r.kind)).toEqual([
        'question',
        'i-statement',
        'pause',
      ]);
    }
  });

  it('keeps every rewrite short, feeling-led or asking, and free of its own flags', {
    timeout: 60_000,
  }, () => {
    for (const text of flagged) {
      const analysis = analyse(text);
      const labels = new Set(analysis.flags.map((f) => f.label));
      for (const r of suggest(text, analysis)) {
        expect(sentences(r.text), r.text).toBeLessThanOrEqual(2);
        expect(r.text.length, r.text).toBeLessThanOrEqual(220);
        const feels = FEELINGS.some((f) => new RegExp(`\\b${f}\\b`).test(r.text));
        expect(feels || r.text.includes('?'), r.text).toBe(true);
        const again = analyse(r.text).flags.filter((f) => labels.has(f.label));
        expect(again, `${text} → ${r.text}`).toEqual([]);
      }
    }
  });

  it('reuses the person’s concrete words and marks what it cannot know', () => {
    const text = "you never text back, you obviously don't care";
    const [question, statement] = suggest(text, analyse(text));
    expect(question?.text).toContain('text back');
    expect(statement?.text).toContain('text back');
    expect(`${question?.text} ${statement?.text}`).toMatch(/\[when\?\]/);
    const demand = 'You should have told me.';
    expect(suggest(demand, analyse(demand))[0]?.text).toContain('tell me');
  });

  it('offers nothing for a text without flags', () => {
    expect(
      suggest('can u grab bread on the way home', analyse('can u grab bread on the way home')),
    ).toEqual([]);
  });

  it('never uses judging words', { timeout: 60_000 }, () => {
    for (const text of flagged) {
      for (const r of suggest(text, analyse(text))) {
        expect(r.text).not.toMatch(/\b(ignored|disrespected|manipulated|abandoned|betrayed)\b/i);
      }
    }
  });
});
