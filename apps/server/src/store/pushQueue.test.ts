import { describe, expect, it } from 'vitest';
import { PushQueue, QueueFull } from './pushQueue.ts';

interface Job {
  name: string;
  mutations: number[];
}

const job = (name: string, size = 1): Job => ({ name, mutations: Array(size).fill(0) });

/** A queue over a fake transaction that records the jobs of each call. */
function queue(
  opts: {
    fail?: (jobs: Job[]) => boolean;
    maxMutations?: number;
    maxWaitingBytes?: number;
    jobError?: boolean;
  } = {},
) {
  const calls: string[][] = [];
  let release: (() => void) | undefined;
  let hold = false;
  const q = new PushQueue<Job, string>(
    async (jobs) => {
      calls.push(jobs.map((j) => j.name));
      if (hold) await new Promise<void>((r) => (release = r));
      if (opts.fail?.(jobs)) throw new Error(`failed: ${jobs.map((j) => j.name).join()}`);
      return jobs.map((j) => `done ${j.name}`);
    },
    {
      maxMutations: opts.maxMutations ?? 100,
      maxWaitingBytes: opts.maxWaitingBytes ?? 1e9,
      sizeOf: (j) => j.mutations.length * 10,
      isJobError: () => opts.jobError ?? true,
    },
  );
  return {
    q,
    calls,
    holdNext: () => {
      hold = true;
    },
    release: () => {
      hold = false;
      release?.();
    },
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('PushQueue (group commit)', () => {
  it('writes the pushes of one tick in one transaction, each with its own answer', async () => {
    const { q, calls } = queue();
    const out = await Promise.all([q.push(job('a')), q.push(job('b')), q.push(job('c'))]);
    expect(out).toEqual(['done a', 'done b', 'done c']);
    expect(calls).toEqual([['a', 'b', 'c']]);
    expect(q.stats).toEqual({ transactions: 1, jobs: 3 });
  });

  it('keeps pushes that arrive during a write for the next transaction, in order', async () => {
    const { q, calls, holdNext, release } = queue();
    holdNext();
    const first = q.push(job('a'));
    await tick();
    expect(calls).toEqual([['a']]);
    const later = [q.push(job('b')), q.push(job('c'))];
    await tick();
    expect(calls).toEqual([['a']]);
    release();
    expect(await Promise.all([first, ...later])).toEqual(['done a', 'done b', 'done c']);
    expect(calls).toEqual([['a'], ['b', 'c']]);
  });

  it('caps a transaction by mutations, but never leaves a large job behind', async () => {
    const { q, calls } = queue({ maxMutations: 5 });
    await Promise.all([q.push(job('a', 3)), q.push(job('b', 2)), q.push(job('c', 1))]);
    await q.push(job('big', 9));
    expect(calls).toEqual([['a', 'b'], ['c'], ['big']]);
  });

  it('fails the whole batch at once for an error that is not about a job (database down)', async () => {
    const { q, calls } = queue({ fail: () => true, jobError: false });
    const out = await Promise.allSettled([q.push(job('a')), q.push(job('b')), q.push(job('c'))]);
    expect(out.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(calls).toEqual([['a', 'b', 'c']]);
  });

  it('refuses a push beyond the waiting bytes at once, and takes pushes again after', async () => {
    const { q, holdNext, release } = queue({ maxWaitingBytes: 25 });
    holdNext();
    const first = q.push(job('a'));
    await tick();
    // 'a' is being written; 20 bytes may wait, a third push would make 30.
    const waiting = [q.push(job('b')), q.push(job('c'))];
    await expect(q.push(job('d'))).rejects.toBeInstanceOf(QueueFull);
    release();
    expect(await Promise.all([first, ...waiting])).toEqual(['done a', 'done b', 'done c']);
    expect(await q.push(job('e'))).toBe('done e');
  });

  it('retries each job alone when a shared transaction fails, so only the bad one fails', async () => {
    const { q, calls } = queue({ fail: (jobs) => jobs.some((j) => j.name === 'bad') });
    const out = await Promise.allSettled([q.push(job('a')), q.push(job('bad')), q.push(job('b'))]);
    expect(out.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
      'done a',
      'Error: failed: bad',
      'done b',
    ]);
    expect(calls).toEqual([['a', 'bad', 'b'], ['a'], ['bad'], ['b']]);
    // The queue goes on afterwards.
    expect(await q.push(job('c'))).toBe('done c');
  });
});
