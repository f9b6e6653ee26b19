import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { suggest } from './suggest.ts';

const pieces = [
  'you',
  'u',
  'never',
  'always',
  'obviously',
  "don't",
  'dont',
  'care',
  'ur',
  'so',
  'selfish',
  'are',
  'we',
  'ok',
  '?',
  '.',
  ',',
  '!',
  '"',
  "'",
  'lol',
  '😂',
  'my',
  'fault',
  'because',
  'of',
  'me',
  'call',
  'right',
  'now',
  ' ',
  '  ',
  '\n',
  'I’m',
  'élan',
  'this',
  'is',
  'over',
  '__proto__',
  'constructor',
  'toString',
];

describe('analyse (property)', () => {
  // 300 texts, each analysed and rewritten (the rewrites are analysed again): seconds of work.
  it('every flag quotes exactly its span, for any text', { timeout: 60_000 }, () => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((a) => a.join(' ')),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('message' as const, 'journal' as const), (t, mode) => {
        const analysis = analyse(t, { mode });
        const { flags } = analysis;
        expect(Array.isArray(suggest(t, analysis))).toBe(true);
        for (const f of flags) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(t.length);
          expect(f.start).toBeLessThan(f.end);
          expect(t.slice(f.start, f.end)).toBe(f.quote);
        }
      }),
      { numRuns: 300 },
    );
  });
});
