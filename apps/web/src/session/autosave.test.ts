import { describe, expect, it } from 'vitest';
import { ManualTimers } from '../platform/manualTimers.ts';
import { autosave } from './autosave.ts';

function setup() {
  const timers = new ManualTimers();
  const saved: string[] = [];
  const a = autosave(
    async (v: string) => {
      saved.push(v);
    },
    { delayMs: 400, timers },
  );
  return { a, timers, saved };
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
    const timers = new ManualTimers();
    const started: string[] = [];
    const saved: string[] = [];
    let releaseFirst: () => void = () => undefined;
    const firstHeld = new Promise<void>((r) => (releaseFirst = r));
    const a = autosave(
      async (v: string) => {
        started.push(v);
        if (v === 'first') await firstHeld;
        saved.push(v);
      },
      { delayMs: 400, timers },
    );
    a.change('first');
    const one = a.flush();
    a.change('second');
    const two = a.flush();
    await new Promise<void>((r) => setImmediate(r));
    // The second save waits for the first, however long it takes.
    expect(started).toEqual(['first']);
    releaseFirst();
    await Promise.all([one, two]);
    expect(saved).toEqual(['first', 'second']);
  });

  it('carries on saving after a save failed, and reports that failure to its flush', async () => {
    const timers = new ManualTimers();
    const saved: string[] = [];
    const a = autosave(
      async (v: string) => {
        if (v === 'bad') throw new Error('closed');
        saved.push(v);
      },
      { delayMs: 400, timers },
    );
    a.change('bad');
    await expect(a.flush()).rejects.toThrow('closed');
    a.change('good');
    await a.flush();
    expect(saved).toEqual(['good']);
  });

  it('starts a flushed save at once when none is in flight', () => {
    const timers = new ManualTimers();
    const started: string[] = [];
    const a = autosave(
      async (v: string) => {
        started.push(v);
      },
      { delayMs: 400, timers },
    );
    a.change('now');
    void a.flush();
    expect(started).toEqual(['now']);
  });
});
