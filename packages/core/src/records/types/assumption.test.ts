import { describe, expect, it } from 'vitest';
import { type AssumptionBody, assumptionBody, fearConfirmed } from './assumption.ts';

const open: AssumptionBody = {
  at: 1,
  source: 'composer',
  about: 'no reply since 9',
  fear: 'They are losing interest',
  likelihood: 70,
};

describe('assumption record', () => {
  it('accepts an open and a resolved assumption, and rejects unknown fields', () => {
    expect(assumptionBody.safeParse(open).success).toBe(true);
    const done = { ...open, resolved: { at: 2, said: 'I fell asleep early', cameTrue: 'no' } };
    expect(assumptionBody.safeParse(done).success).toBe(true);
    expect(assumptionBody.safeParse({ ...open, extra: 1 }).success).toBe(false);
    expect(assumptionBody.safeParse({ ...open, likelihood: 101 }).success).toBe(false);
    expect(assumptionBody.safeParse({ ...open, fear: '' }).success).toBe(false);
  });

  it('computes the fear-confirmed rate over resolved assumptions only', () => {
    const r = (cameTrue: 'yes' | 'no' | 'partly') => ({
      ...open,
      resolved: { at: 3, said: '', cameTrue },
    });
    expect(fearConfirmed([open])).toEqual({ resolved: 0, confirmed: 0, rate: undefined });
    expect(fearConfirmed([open, r('yes'), r('no'), r('partly'), r('no')])).toEqual({
      resolved: 4,
      confirmed: 1.5,
      rate: 0.375,
    });
  });
});
