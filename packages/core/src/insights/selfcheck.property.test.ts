import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELF_CHECK_ITEMS, type SelfCheckBody } from '../records/types/selfcheck.ts';
import { scoreSelfCheck } from './selfcheck.ts';

const answers = fc.array(fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }), {
  minLength: SELF_CHECK_ITEMS.length,
  maxLength: SELF_CHECK_ITEMS.length,
});

function body(values: (number | undefined)[]): SelfCheckBody {
  const out: SelfCheckBody['answers'] = {};
  SELF_CHECK_ITEMS.forEach((item, i) => {
    const v = values[i];
    if (v !== undefined) out[item.id] = v;
  });
  return { at: 0, answers: out };
}

describe('self-check scoring (properties)', () => {
  it('stays on the 1 … 7 scale and counts what was answered', () => {
    fc.assert(
      fc.property(answers, (vs) => {
        const s = scoreSelfCheck(body(vs));
        expect(s.answered).toBe(vs.filter((v) => v !== undefined).length);
        for (const x of [s.anxiety, s.avoidance]) {
          if (x === null) continue;
          expect(x).toBeGreaterThanOrEqual(1);
          expect(x).toBeLessThanOrEqual(7);
        }
      }),
    );
  });

  it('mirrors: answering 8 − v everywhere gives 8 − score', () => {
    fc.assert(
      fc.property(answers, (vs) => {
        const a = scoreSelfCheck(body(vs));
        const b = scoreSelfCheck(body(vs.map((v) => (v === undefined ? v : 8 - v))));
        if (a.anxiety === null) expect(b.anxiety).toBeNull();
        else expect(b.anxiety).toBeCloseTo(8 - a.anxiety, 12);
        if (a.avoidance === null) expect(b.avoidance).toBeNull();
        else expect(b.avoidance).toBeCloseTo(8 - a.avoidance, 12);
      }),
    );
  });
});
