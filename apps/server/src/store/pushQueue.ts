/**
 * Group commit for pushes. Pushes that arrive while one is being written wait, and then go
 * together in the next transaction. Under load a commit (SQLite's WAL write, PostgreSQL's
 * flush and round trips) is shared by many requests.
 *
 * An idle queue starts writing on the next turn of the event loop (setImmediate), not at
 * once: the requests read in the same turn then share the first transaction too. This
 * matters for SQLite, whose driver is synchronous: a transaction started at once would run
 * to its end before Node read the next request, and no two pushes would ever meet. A push
 * alone waits for one loop turn (microseconds when idle).
 *
 * Isolation: when a shared transaction fails, it has rolled back whole, and each of its
 * jobs is tried again alone, so a job that breaks a statement fails only its own request.
 */
export interface QueueLimits {
  /** Most mutations in one transaction (a single larger job still goes, alone). */
  maxMutations: number;
}

interface Waiting<J, R> {
  job: J;
  size: number;
  resolve(r: R): void;
  reject(e: unknown): void;
}

export class PushQueue<J extends { mutations: readonly unknown[] }, R> {
  readonly #run: (jobs: J[]) => Promise<R[]>;
  readonly #limits: QueueLimits;
  #waiting: Waiting<J, R>[] = [];
  #busy = false;
  /** Transactions run and jobs in them, for tests and the benchmark. */
  readonly stats = { transactions: 0, jobs: 0 };

  constructor(run: (jobs: J[]) => Promise<R[]>, limits: QueueLimits) {
    this.#run = run;
    this.#limits = limits;
  }

  push(job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.#waiting.push({ job, size: job.mutations.length, resolve, reject });
      if (!this.#busy) {
        this.#busy = true;
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain() {
    try {
      for (let batch = this.#take(); batch.length; batch = this.#take()) await this.#write(batch);
    } finally {
      this.#busy = false;
    }
  }

  /** The oldest waiting jobs, up to the mutation limit (always at least one). */
  #take(): Waiting<J, R>[] {
    let n = 0;
    let size = 0;
    for (const w of this.#waiting) {
      if (n > 0 && size + w.size > this.#limits.maxMutations) break;
      size += w.size;
      n++;
    }
    return this.#waiting.splice(0, n);
  }

  async #write(batch: Waiting<J, R>[]) {
    try {
      const results = await this.#transaction(batch.map((w) => w.job));
      batch.forEach((w, i) => {
        const r = results[i];
        if (r === undefined) w.reject(new Error('push queue: missing result'));
        else w.resolve(r);
      });
    } catch (e) {
      if (batch.length === 1) {
        batch[0]?.reject(e);
        return;
      }
      for (const w of batch) {
        try {
          const [r] = await this.#transaction([w.job]);
          if (r === undefined) throw new Error('push queue: missing result');
          w.resolve(r);
        } catch (alone) {
          w.reject(alone);
        }
      }
    }
  }

  #transaction(jobs: J[]) {
    this.stats.transactions++;
    this.stats.jobs += jobs.length;
    return this.#run(jobs);
  }
}
