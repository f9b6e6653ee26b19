/**
 * The one-tab rule with a stand-in for the browser's lock manager (exclusive locks granted
 * in request order, abortable while waiting) and Node's BroadcastChannel between "tabs".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type LockPort, type TabLock, type TabPorts, tabLock, VAULT_LOCK } from './tabLock.ts';

/** Exclusive locks as the Web Locks API grants them: one holder, a queue, abort while queued. */
class FakeLocks implements LockPort {
  holder: string | null = null;
  readonly #queue: { name: string; grant: () => void }[] = [];

  request(
    name: string,
    options: { signal?: AbortSignal },
    callback: (lock: unknown) => Promise<void>,
  ) {
    return new Promise<unknown>((resolve, reject) => {
      const grant = () => {
        this.holder = name;
        callback({ name }).then(() => {
          this.holder = null;
          resolve(undefined);
          this.#queue.shift()?.grant();
        }, reject);
      };
      if (this.holder === null && this.#queue.length === 0) return grant();
      const entry = { name, grant };
      this.#queue.push(entry);
      options.signal?.addEventListener('abort', () => {
        const i = this.#queue.indexOf(entry);
        if (i < 0) return;
        this.#queue.splice(i, 1);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  }
}

const opened: TabLock[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.dispose();
});

function tab(locks: LockPort | undefined): TabLock {
  const ports: TabPorts = { locks, openChannel: () => new BroadcastChannel(VAULT_LOCK) };
  const t = tabLock(ports);
  opened.push(t);
  return t;
}

const never = () => undefined;
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('one tab holds the vault', () => {
  it('lets the first tab hold it and tells the second one it is taken', async () => {
    const locks = new FakeLocks();
    const a = await tab(locks).claim(never, 50);
    expect(a).not.toBeNull();
    expect(locks.holder).toBe(VAULT_LOCK);
    expect(await tab(locks).claim(never, 50)).toBeNull();
  });

  it('waits for a tab that lets go within the grace time (a reload)', async () => {
    const locks = new FakeLocks();
    const a = await tab(locks).claim(never, 50);
    setTimeout(() => a?.release(), 20);
    expect(await tab(locks).claim(never, 1000)).not.toBeNull();
  });

  it('hands over: the holder is asked, lets go after saving, and the asking tab holds it', async () => {
    const locks = new FakeLocks();
    const order: string[] = [];
    const a = tab(locks);
    const hold = await a.claim(() => {
      order.push('asked');
      setTimeout(() => {
        order.push('saved');
        hold?.release();
      }, 10);
    }, 50);
    const b = tab(locks);
    expect(await b.claim(never, 20)).toBeNull();
    const moved = await b.takeOver(never, 1000);
    order.push('granted');
    expect(moved).not.toBeNull();
    expect(order).toEqual(['asked', 'saved', 'granted']);
  });

  it('gives up when the holder does not let go in time', async () => {
    const locks = new FakeLocks();
    let asked = 0;
    await tab(locks).claim(() => asked++, 50);
    expect(await tab(locks).takeOver(never, 50)).toBeNull();
    expect(asked).toBe(1);
  });

  it('stops listening once released, and dispose lets go of a hold', async () => {
    const locks = new FakeLocks();
    let asked = 0;
    const a = tab(locks);
    const hold = await a.claim(() => asked++, 50);
    hold?.release();
    hold?.release(); // twice is harmless
    await tick();
    expect(locks.holder).toBeNull();
    const b = tab(locks);
    await b.claim(never, 50);
    b.dispose();
    await tick();
    expect(locks.holder).toBeNull();
    await tab(locks).takeOver(never, 50);
    await tick(20);
    expect(asked).toBe(0);
  });

  it('without Web Locks every tab opens the vault, as before', async () => {
    const a = tab(undefined);
    expect(a.coordinated).toBe(false);
    expect(await a.claim(never)).not.toBeNull();
    expect(await tab(undefined).claim(never)).not.toBeNull();
  });
});
