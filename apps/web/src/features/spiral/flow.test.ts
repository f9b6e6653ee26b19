import { emptySpiral, SPIRAL_STEPS, type SpiralBody } from '@securebase/core';
import { describe, expect, it } from 'vitest';
import { ManualTimers } from '../../platform/manualTimers.ts';
import { finished, moveTo, SAVE_DELAY_MS, spiralSession } from './flow.ts';

const at = (step: SpiralBody['step']) => SPIRAL_STEPS.indexOf(step);
const feeling = { word: 'anxious', intensity: 70 };

describe('spiral step rules', () => {
  it('marks the breathing step done only when leaving it forwards', () => {
    const start = emptySpiral(1);
    expect(moveTo(start, at('facts'))).toMatchObject({ step: 'facts', breathed: true });
    const back = moveTo({ ...start, step: 'facts', breathed: false }, at('ground'));
    expect(back).toMatchObject({ step: 'ground', breathed: false });
  });

  it('starts the re-rating from the feelings named earlier, never over a re-rating', () => {
    const named = { ...emptySpiral(1), step: 'next' as const, feelings: [feeling] };
    expect(moveTo(named, at('rerate')).feelingsAfter).toEqual([feeling]);
    const rerated = { ...named, feelingsAfter: [{ ...feeling, intensity: 30 }] };
    expect(moveTo(rerated, at('rerate')).feelingsAfter).toEqual([{ ...feeling, intensity: 30 }]);
  });

  it('stays within the steps there are', () => {
    expect(moveTo(emptySpiral(1), -3).step).toBe('ground');
    expect(moveTo(emptySpiral(1), 99).step).toBe('rerate');
  });

  it('finishes with the time, and the calm time only when calmer', () => {
    expect(finished(emptySpiral(1), false, 50)).toMatchObject({ status: 'done', completedAt: 50 });
    expect(finished(emptySpiral(1), false, 50)).not.toHaveProperty('calmAt');
    expect(finished(emptySpiral(1), true, 50)).toMatchObject({ calmAt: 50 });
  });
});

describe('spiral session', () => {
  function setup() {
    const timers = new ManualTimers();
    const saved: SpiralBody[] = [];
    const shown: SpiralBody[] = [];
    const s = spiralSession(
      emptySpiral(1),
      async (b) => {
        saved.push(b);
      },
      { timers, onChange: (b) => shown.push(b) },
    );
    return { s, timers, saved, shown };
  }

  it('saves typing shortly after the last change, and a step change at once', async () => {
    const { s, timers, saved, shown } = setup();
    s.set({ facts: 'No reply' });
    s.set({ facts: 'No reply since lunch.' });
    expect(shown.at(-1)?.facts).toBe('No reply since lunch.');
    timers.advance(SAVE_DELAY_MS - 1);
    expect(saved).toEqual([]);
    expect(s.waiting).toBe(true);
    timers.advance(1);
    await s.flush();
    expect(saved.map((b) => b.facts)).toEqual(['No reply since lunch.']);

    await s.go(at('feelings'));
    expect(saved.at(-1)?.step).toBe('feelings');
    expect(timers.size).toBe(0);
  });

  it('saves the finished spiral, with what was typed last', async () => {
    const { s, saved } = setup();
    s.set({ story: 'They are leaving' });
    await s.finish(true, 99);
    expect(saved.at(-1)).toMatchObject({ story: 'They are leaving', status: 'done', calmAt: 99 });
    expect(s.waiting).toBe(false);
  });
});
