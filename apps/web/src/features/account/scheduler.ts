/**
 * When to sync, as a plain module: once on start, shortly after local writes (only if one
 * is waiting to be pushed), when the browser comes back online, when the page becomes
 * visible, and every minute while it is visible. Timers and page events come in as ports,
 * so the policy is tested with a manual clock; `useScheduler` (sync.tsx) runs it.
 */
import type { PageEvents, Timers } from '../../platform/index.ts';

export const WRITE_DEBOUNCE_MS = 1500;
export const PERIOD_MS = 60_000;

/** The part of the sync client the scheduler drives. */
export interface SyncRunner {
  /** Resolves with how many local changes wait to be pushed. */
  init(): Promise<{ pending: number }>;
  sync(): Promise<unknown>;
}

/** Local writes to the journal (pulled records count too; the pending count tells them apart). */
export interface Changes {
  subscribe(fn: () => void): () => void;
}

/** Starts scheduling; the returned function stops it and leaves no timer or listener behind. */
export function scheduleSync(
  client: SyncRunner,
  changes: Changes,
  { timers, page }: { timers: Timers; page: PageEvents },
): () => void {
  let stopped = false;
  const run = () => {
    if (!stopped) client.sync().catch(() => undefined);
  };
  let debounce: number | undefined;
  const afterWrite = () => {
    timers.clearTimeout(debounce);
    debounce = timers.setTimeout(() => {
      client.init().then(
        (s) => s.pending > 0 && run(),
        () => undefined,
      );
    }, WRITE_DEBOUNCE_MS);
  };
  const whenVisible = () => page.isVisible() && run();
  const offChanges = changes.subscribe(afterWrite);
  const offOnline = page.onOnline(run);
  const offVisibility = page.onVisibility(whenVisible);
  const tick = timers.setInterval(whenVisible, PERIOD_MS);
  client.init().then(run, () => undefined);
  return () => {
    stopped = true;
    offChanges();
    offOnline();
    offVisibility();
    timers.clearTimeout(debounce);
    timers.clearInterval(tick);
  };
}
