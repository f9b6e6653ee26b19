import { describe, expect, it } from 'vitest';
import { ManualTimers } from '../platform/manualTimers.ts';
import { autosave } from './autosave.ts';

function setup() {
  const timers = new ManualTimers();
  const saved: string[] = [];
  let release: () => void = () => undefined;
  let slow = false;
  const save = async (v: string) => {
    if (slow) await new Promise<void>((r) => (release = r));
    saved.push(v);
  };
  const a = autosave(save, { delayMs: 400, timers });
  return { a, timers, saved, slowDown: () => (slow = true), release: () => release() };
}

describe('autosave', () => {
  it('saves the last value once, the delay after the last change', async () => {
    const { a, timers, saved } = setup();
    a.change('a');
    timers.advance(300);
    a.change('ab');
    timers.advance(399);
    expect(saved).toEqual([]);
    expect(a.waiting).toBe(true);
    timers.advance(1);
    await a.flush();
    expect(saved).toEqual(['ab']);
    expect(a.waiting).toBe(false);
    expect(timers.size).toBe(0);
  });

  it('flush saves at once and leaves no timer behind', async () => {
    const { a, timers, saved } = setup();
    a.change('x');
    await a.flush();
    expect(saved).toEqual(['x']);
    expect(timers.size).toBe(0);
    await a.flush();
    expect(saved).toEqual(['x']);
  });

  it('cancel forgets a waiting value', async () => {
    const { a, timers, saved } = setup();
    a.change('x');
    a.cancel();
    timers.advance(1000);
    await a.flush();
    expect(saved).toEqual([]);
  });

  it('keeps saves in order even when one is slow', async () => {
    const { a, saved, slowDown, release } = setup();
    slowDown();
    a.change('first');
    const one = a.flush();
    a.change('second');
    const two = a.flush();
    await Promise.resolve();
    expect(saved).toEqual([]);
    release();
    await one;
    release();
    await two;
    expect(saved).toEqual(['first', 'second']);
  });
});
