import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { RULES } from './rules/index.ts';
import { LABELS } from './types.ts';

// The rules alone: the learned model is measured on the corpus, not on these few examples.
describe('every rule keeps its own examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it.each(rule.examples.flag)('flags %j', (text) => {
        const labels = analyse(text, { mode: 'message', use: 'rules' }).flags.map((f) => f.label);
        expect(labels).toContain(rule.label);
      });
      it.each(rule.examples.pass)('does not flag %j', (text) => {
        const labels = analyse(text, { mode: 'message', use: 'rules' }).flags.map((f) => f.label);
        expect(labels).not.toContain(rule.label);
      });
    });
  }
});

describe('rule data', () => {
  it('has unique ids, known labels, a reason and examples both ways', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(LABELS).toContain(r.label);
      expect(r.why.length).toBeGreaterThan(10);
      expect(r.examples.flag.length).toBeGreaterThan(0);
      expect(r.examples.pass.length).toBeGreaterThan(0);
    }
  });
  it('covers all nine labels', () => {
    expect(new Set(RULES.map((r) => r.label)).size).toBe(LABELS.length);
  });
  it('never uses judging words in its reasons', () => {
    for (const r of RULES) expect(r.why).not.toMatch(/\byou are (catastrophi|mind|demand|blam)/i);
  });
});
