import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { FEELINGS } from './extract.ts';
import { RULES } from './rules/index.ts';
import { suggest } from './suggest.ts';

// Every rule's own flagged examples, plus texting-style messages written for this test.
// (npm run eval:coach checks the same invariants over every flagged corpus text.)
const extra = [
  "you never text back, you obviously don't care",
  'u never help w the dishes and ur so lazy',
  'if you go out tonight dont bother coming home',
  "it's all your fault we missed the train",
  'why do u always ignore my texts when ur out w ur mates',
  'u clearly dont give a damn about me',
  'omg we r so done',
  'pick up ur phone NOW',
  'do u even love me anymore??',
  'its my fault ur mad isnt it',
  'u made me feel like crap last night',
  'you ruined the evening and you always do this',
  'I know you would rather be at the pub with your brother',
  'you should have asked me before you booked the flights',
  'ur such a liar, you said you were at work',
  'i ruined everything again, we are finished',
  'you are quiet because of me, i must have said something',
  'are we ok? promise me you are not leaving',
  'you made me so anxious, it is your fault i cannot sleep',
  'every time your mum visits you take her side',
];
const flagged = [...RULES.flatMap((r) => r.examples.flag), ...extra].filter(
  (t) => analyse(t).flags.length > 0,
);

const sentences = (text: string) =>
  text
    .replace(/\[[^\]]*\]/g, 'X')
    .split(/[.!?;]+(?:\s|$)/)
    .filter((s) => s.trim() !== '').length;

describe('suggest', () => {
  it('has enough flagged texts to check', () => {
    expect(flagged.length).toBeGreaterThan(80);
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

describe('suggest in journal mode', () => {
  it('keeps the third-person partner and their verb in the past', () => {
    const text = "she never listens and it's all my fault";
    const analysis = analyse(text, { mode: 'journal' });
    expect(analysis.flags.map((f) => f.quote)).toEqual(['she never listens', "it's all my fault"]);
    expect(suggest(text, analysis)[1]?.text).toBe(
      "I felt lonely when she didn't listen [when?]. Could we talk about it?",
    );
  });
});
