/**
 * Timers and page events driven by hand, for tests of the policies that take them as ports:
 * time moves only when a test calls `advance`, and the page is online, visible or left
 * only when the test says so. No real timer ever runs.
 */
import type { PageEvents, TimerId, Timers } from './page.ts';

interface Pending {
  at: number;
  fn: () => void;
  every: number | null;
}

export class ManualTimers implements Timers {
  now = 0;
  #next = 1;
  readonly #pending = new Map<TimerId, Pending>();

  setTimeout(fn: () => void, ms: number): TimerId {
    const id = this.#next++;
    this.#pending.set(id, { at: this.now + ms, fn, every: null });
    return id;
  }
  setInterval(fn: () => void, ms: number): TimerId {
    const id = this.#next++;
    this.#pending.set(id, { at: this.now + ms, fn, every: ms });
    return id;
  }
  clearTimeout(id: TimerId | undefined) {
    if (id !== undefined) this.#pending.delete(id);
  }
  clearInterval(id: TimerId | undefined) {
    this.clearTimeout(id);
  }
  /** How many timers are waiting. */
  get size(): number {
    return this.#pending.size;
  }

  /** Moves time forward, running every timer that falls due, in order. */
  advance(ms: number) {
    const end = this.now + ms;
    for (;;) {
      let due: [TimerId, Pending] | undefined;
      for (const e of this.#pending) if (e[1].at <= end && (!due || e[1].at < due[1].at)) due = e;
      if (!due) break;
      const [id, t] = due;
      this.now = t.at;
      if (t.every === null) this.#pending.delete(id);
      else t.at += t.every;
      t.fn();
    }
    this.now = end;
  }
}

export class ManualPage implements PageEvents {
  visible = true;
  readonly #fns = {
    visibility: new Set<() => void>(),
    online: new Set<() => void>(),
    leave: new Set<() => void>(),
  };

  isVisible() {
    return this.visible;
  }
  #on(kind: 'visibility' | 'online' | 'leave', fn: () => void) {
    this.#fns[kind].add(fn);
    return () => {
      this.#fns[kind].delete(fn);
    };
  }
  onVisibility(fn: () => void) {
    return this.#on('visibility', fn);
  }
  onOnline(fn: () => void) {
    return this.#on('online', fn);
  }
  onLeave(fn: () => void) {
    return this.#on('leave', fn);
  }
  setVisible(v: boolean) {
    this.visible = v;
    for (const fn of this.#fns.visibility) fn();
  }
  goOnline() {
    for (const fn of this.#fns.online) fn();
  }
  leave() {
    for (const fn of this.#fns.leave) fn();
  }
  /** How many listeners are attached (0 after everything unsubscribed). */
  get listeners(): number {
    return this.#fns.visibility.size + this.#fns.online.size + this.#fns.leave.size;
  }
}
