/**
 * One queue of steps, run one after another. The journal and the outbox share one, so a
 * write, an acknowledgement and a sync step each read memory and commit as one step.
 */
export class Serial {
  #queue: Promise<unknown> = Promise.resolve();

  run<T>(step: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(step);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every step queued so far has finished. */
  settled(): Promise<void> {
    return this.#queue.then(() => undefined);
  }
}
