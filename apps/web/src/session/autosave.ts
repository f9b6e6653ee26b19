/**
 * Saves a value shortly after it last changed, one save at a time and in order, and at
 * once when asked (`flush`: on leaving a screen, hiding the page, a hand-over). Framework-
 * free: timers come in as a port, so tests drive it with a manual clock.
 */
import type { TimerId, Timers } from '../platform/index.ts';

export interface Autosave<T> {
  /** Remembers the latest value and saves it `delayMs` after the last change. */
  change(value: T): void;
  /** Saves a waiting value now; resolves once every save so far has finished. */
  flush(): Promise<void>;
  /** Forgets a waiting value (it was saved another way, or discarded). */
  cancel(): void;
  /** A change is waiting to be saved. */
  readonly waiting: boolean;
}

export function autosave<T>(
  save: (value: T) => Promise<void>,
  { delayMs, timers }: { delayMs: number; timers: Timers },
): Autosave<T> {
  let next: { value: T } | null = null;
  let timer: TimerId | undefined;
  // Saves run one after another, so a later value never lands before an earlier one.
  let chain: Promise<void> = Promise.resolve();
  const stop = () => {
    timers.clearTimeout(timer);
    timer = undefined;
  };
  let running = 0;
  const flush = () => {
    stop();
    if (next) {
      const { value } = next;
      next = null;
      const start = () => {
        running++;
        return save(value).finally(() => {
          running--;
        });
      };
      // With nothing in flight the save starts now, inside the caller's event (a page
      // being hidden or left may not run later tasks); otherwise after the one before.
      // A failed save does not stop later ones; its own caller still sees the failure.
      chain = running === 0 ? start() : chain.catch(() => undefined).then(start);
    }
    return chain;
  };
  return {
    change(value) {
      next = { value };
      stop();
      timer = timers.setTimeout(() => {
        flush().catch(() => undefined);
      }, delayMs);
    },
    flush,
    cancel() {
      stop();
      next = null;
    },
    get waiting() {
      return next !== null;
    },
  };
}
