/**
 * SQLite WAL checkpoints on a worker thread. By default SQLite checkpoints inside whichever
 * commit pushes the WAL past 1,000 pages: that commit copies the pages into the database
 * file and syncs it, on the one thread that also answers every request. Here a worker with
 * its own connection runs a PASSIVE checkpoint every `everyMs` (it never blocks the writer
 * or readers), and the writer's own automatic checkpoint is kept only as a far-off safety
 * net (`SAFETY_NET_PAGES`) in case the worker falls behind or dies.
 *
 * The worker's code is a plain CommonJS string (eval worker): it runs the same from the
 * bundle and from the TypeScript sources under test, and loads better-sqlite3 by the path
 * this module resolves.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Pages (4 KiB) the WAL may reach before the writer checkpoints it itself: about 40 MB. */
export const SAFETY_NET_PAGES = 10_000;

const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
let report = false;
const tick = () => {
  let result = null;
  try {
    result = db.pragma('wal_checkpoint(PASSIVE)')[0];
  } catch {
    // Busy or locked: the next tick tries again.
  }
  if (report) {
    report = false;
    parentPort.postMessage(result);
  }
};
const timer = setInterval(tick, workerData.everyMs);
parentPort.on('message', (m) => {
  if (m === 'report') {
    report = true;
    return;
  }
  clearInterval(timer);
  tick();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Runs a last checkpoint, closes the worker's connection and waits for it to exit. */
  stop(): Promise<void>;
  /**
   * Resolves once a background checkpoint that started after this call has copied the
   * whole WAL into the database (so the next write starts the WAL over). For tests: they
   * wait for this event instead of a fixed time.
   */
  caughtUp(): Promise<void>;
}

/** PRAGMA wal_checkpoint's row: busy flag, frames in the WAL, frames checkpointed. */
function complete(result: unknown): boolean {
  if (typeof result !== 'object' || result === null) return false;
  const r = new Map(Object.entries(result));
  const log = r.get('log');
  return r.get('busy') === 0 && typeof log === 'number' && r.get('checkpointed') === log;
}

export function startCheckpointer(file: string, everyMs = 50): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver, everyMs } });
  // Never keeps the process alive on its own. If it fails, the safety net takes over.
  worker.unref();
  worker.on('error', (e) => process.emitWarning(`WAL checkpointer stopped: ${e.message}`));
  const exited = new Promise<void>((ok) => worker.once('exit', () => ok()));
  const nextTick = () =>
    new Promise<unknown>((ok, fail) => {
      const gone = () => fail(new Error('WAL checkpointer stopped'));
      worker.once('exit', gone);
      worker.once('message', (m: unknown) => {
        worker.off('exit', gone);
        ok(m);
      });
      worker.postMessage('report');
    });
  return {
    stop: async () => {
      worker.postMessage('stop');
      await exited;
    },
    caughtUp: async () => {
      while (!complete(await nextTick())) {
        // A reader or writer held frames back: the next tick tries again.
      }
    },
  };
}
