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
 * Failure: a shared transaction that fails has rolled back whole (or, if the connection
 * broke during COMMIT, may have committed: every job is idempotent by its mutation ids, so
 * a client's retry is answered right either way).
 * - An error a job's own data can cause (`isJobError`: a constraint or a bad value) sends
 *   each job again alone, so only the job at fault fails.
 * - Any other error (database down, timeout, deadlock) fails the whole batch at once: the
 *   clients retry with back-off, and the queue does not spend minutes retrying one by one.
 *
 * Backpressure: jobs waiting beyond `maxWaitingBytes` are refused at once with QueueFull
 * (the API answers 503 with Retry-After).
 */
export interface QueueLimits<J> {
  /** Most mutations in one transaction (a single larger job still goes, alone). */
  maxMutations: number;
  /** Most bytes (by `sizeOf`) waiting; a push beyond it is refused with QueueFull. */
  maxWaitingBytes: number;
  sizeOf(job: J): number;
  /** True for errors a job's own data can cause: its batch is then retried job by job. */
  isJobError(e: unknown): boolean;
}

/** The queue holds as much as it may: try again shortly. */
export class QueueFull extends Error {
  constructor() {
    super('push queue full');
  }
}

interface Waiting<J, R> {
  job: J;
  size: number;
  bytes: number;
  resolve(r: R): void;
  reject(e: unknown): void;
}

export class PushQueue<J extends { mutations: readonly unknown[] }, R> {
  readonly #run: (jobs: J[]) => Promise<R[]>;
  readonly #limits: QueueLimits<J>;
  #waiting: Waiting<J, R>[] = [];
  #waitingBytes = 0;
  #busy = false;
  /** Transactions run and jobs in them, for tests and the benchmark. */
  readonly stats = { transactions: 0, jobs: 0 };

  constructor(run: (jobs: J[]) => Promise<R[]>, limits: QueueLimits<J>) {
    this.#run = run;
    this.#limits = limits;
  }

  push(job: J): Promise<R> {
    const bytes = this.#limits.sizeOf(job);
    if (this.#waiting.length && this.#waitingBytes + bytes > this.#limits.maxWaitingBytes)
      return Promise.reject(new QueueFull());
    this.#waitingBytes += bytes;
    return new Promise<R>((resolve, reject) => {
      this.#waiting.push({ job, size: job.mutations.length, bytes, resolve, reject });
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
    const batch = this.#waiting.splice(0, n);
    for (const w of batch) this.#waitingBytes -= w.bytes;
    return batch;
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
      if (batch.length === 1 || !this.#limits.isJobError(e)) {
        for (const w of batch) w.reject(e);
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
