/**
 * Timers and page events as ports, so policies built on them (sync scheduling, autosave)
 * are plain modules that tests drive with a manual clock instead of waiting for real time.
 */

export type TimerId = number;

export interface Timers {
  setTimeout(fn: () => void, ms: number): TimerId;
  clearTimeout(id: TimerId | undefined): void;
  setInterval(fn: () => void, ms: number): TimerId;
  clearInterval(id: TimerId | undefined): void;
}

/** What a policy may learn about the page: each `on…` returns its unsubscribe. */
export interface PageEvents {
  isVisible(): boolean;
  /** The page became visible or hidden. */
  onVisibility(fn: () => void): () => void;
  /** The browser came back online. */
  onOnline(fn: () => void): () => void;
  /** The page is being left (closed, reloaded, navigated away, or frozen on a phone). */
  onLeave(fn: () => void): () => void;
}

export const browserTimers: Timers = {
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (id) => window.clearTimeout(id),
  setInterval: (fn, ms) => window.setInterval(fn, ms),
  clearInterval: (id) => window.clearInterval(id),
};

function listen(target: EventTarget, type: string, fn: () => void): () => void {
  target.addEventListener(type, fn);
  return () => target.removeEventListener(type, fn);
}

export const browserPage: PageEvents = {
  isVisible: () => document.visibilityState === 'visible',
  onVisibility: (fn) => listen(document, 'visibilitychange', fn),
  onOnline: (fn) => listen(window, 'online', fn),
  onLeave: (fn) => listen(window, 'pagehide', fn),
};
