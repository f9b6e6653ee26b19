import { describe, expect, it } from 'vitest';
import { ManualPage, ManualTimers } from '../../platform/manualTimers.ts';
import { PERIOD_MS, scheduleSync, WRITE_DEBOUNCE_MS } from './scheduler.ts';

/** A sync client that counts: `pending` is what init reports. */
class CountingClient {
  syncs = 0;
  inits = 0;
  pending = 0;
  async init() {
    this.inits++;
    return { pending: this.pending };
  }
  async sync() {
    this.syncs++;
  }
}
class Writes {
  readonly fns = new Set<() => void>();
  subscribe(fn: () => void) {
    this.fns.add(fn);
    return () => {
      this.fns.delete(fn);
    };
  }
  write() {
    for (const fn of this.fns) fn();
  }
}
/** Lets the promise callbacks the scheduler chained run. */
const settle = () => new Promise<void>((r) => setImmediate(r));

function setup() {
  const timers = new ManualTimers();
  const page = new ManualPage();
  const client = new CountingClient();
  const writes = new Writes();
  const stop = scheduleSync(client, writes, { timers, page });
  return { timers, page, client, writes, stop };
}

describe('the sync scheduler', () => {
  it('syncs once on start, after reading the outbox', async () => {
    const { client } = setup();
    await settle();
    expect(client.inits).toBe(1);
    expect(client.syncs).toBe(1);
  });

  it('pushes once after a burst of writes, when the writes have waited the debounce', async () => {
    const { client, timers, writes } = setup();
    await settle();
    client.pending = 2;
    writes.write();
    timers.advance(WRITE_DEBOUNCE_MS - 100);
    writes.write();
    timers.advance(WRITE_DEBOUNCE_MS - 1);
    await settle();
    expect(client.syncs).toBe(1);
    timers.advance(1);
    await settle();
    expect(client.syncs).toBe(2);
  });

  it('does not sync after a change that left nothing to push (a pull)', async () => {
    const { client, timers, writes } = setup();
    await settle();
    writes.write();
    timers.advance(WRITE_DEBOUNCE_MS);
    await settle();
    expect(client.inits).toBe(2);
    expect(client.syncs).toBe(1);
  });

  it('syncs when the browser comes back online and when the page becomes visible', async () => {
    const { client, page } = setup();
    await settle();
    page.goOnline();
    expect(client.syncs).toBe(2);
    page.setVisible(false);
    expect(client.syncs).toBe(2);
    page.setVisible(true);
    expect(client.syncs).toBe(3);
  });

  it('ticks every minute while visible, and not while hidden', async () => {
    const { client, page, timers } = setup();
    await settle();
    timers.advance(PERIOD_MS * 3);
    expect(client.syncs).toBe(4);
    page.setVisible(false);
    timers.advance(PERIOD_MS * 5);
    expect(client.syncs).toBe(4);
  });

  it('stops: no timer, listener or subscription is left, and nothing syncs', async () => {
    const { client, page, timers, writes, stop } = setup();
    await settle();
    client.pending = 1;
    writes.write();
    stop();
    expect(timers.size).toBe(0);
    expect(page.listeners).toBe(0);
    expect(writes.fns.size).toBe(0);
    page.goOnline();
    timers.advance(PERIOD_MS * 2);
    await settle();
    expect(client.syncs).toBe(1);
  });
});
