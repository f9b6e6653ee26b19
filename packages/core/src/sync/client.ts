/**
 * The sync engine (docs/design.md §6), client side: pushes the outbox, resolves conflicts, pulls
 * what other devices wrote, and retries with back-off. Pure: the server is reached only
 * through the `SyncTransport` port, time through `Clock` and `sleep`.
 *
 * Invariants:
 * - a change leaves the outbox only once the server acknowledged it, or once a conflict
 *   merged it into a newer local version that is itself queued; a change whose record is
 *   not in the vault's memory is read from the LocalStore (another tab may have written
 *   it), and if it cannot be read there either it stays queued, unpushed, never dropped;
 * - the mutation id of a push is derived from the outbox entries it carries, so a retry of
 *   the same change is a replay the server recognises, and a newer change gets a new id;
 * - a pulled envelope is applied only if it opens under its own id, space and key id (the
 *   AEAD binds them) and the record inside has the envelope's id (the Sealer checks, for
 *   storage and sync alike); anything else is reported in `rejected` and never applied;
 * - the pull cursor of a space is stored after the page it covers has been applied;
 * - a server whose versions went back (restored from a backup: the space's version below
 *   the pull cursor, or a conflict older than what was acknowledged) is not argued with on
 *   every sync: the outbox forgets that server copy and queues every record again, and
 *   the pass pulls from 0, so what the server lost is pushed again and the rest merges;
 * - every push body is within the protocol's count and byte limits; a record whose envelope
 *   is over the envelope limit is set aside for the pass (it stays queued here, never
 *   dropped) so that the other records still push and the pull still runs.
 */
import type { Envelope } from '../crypto/envelope.ts';
import type { Clock, Random } from '../deps.ts';
import { fromWireEnvelope, toPushEnvelope } from '../protocol/codec.ts';
import { LIMITS, type Mutation, type WireEnvelope } from '../protocol/protocol.ts';
import type { LoadProblem } from '../store/journal.ts';
import type { SyncOutbox } from '../store/outbox.ts';
import type { OutboxEntry } from '../store/ports.ts';
import type { Replica } from '../store/replica.ts';
import type { SyncTransport } from './clientHttp.ts';
import {
  backoffMs,
  describeFailure,
  describeTooLarge,
  type Failure,
  mutationIdFor,
  pushBatches,
  readPushResults,
  retryable,
  type SyncState,
} from './clientSupport.ts';

export interface SyncDeps {
  replica: Replica;
  outbox: SyncOutbox;
  transport: SyncTransport;
  clock: Clock;
  random: Random;
  sleep(ms: number): Promise<void>;
}

const MAX_PUSH_ROUNDS = 8;

class SyncFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.type);
  }
}

export class SyncClient {
  readonly #d: SyncDeps;
  readonly #listeners = new Set<() => void>();
  #state: SyncState = { lastSyncedAt: null, pending: 0, status: 'idle', rejected: 0, tooLarge: 0 };
  #running: Promise<SyncState> | null = null;
  #again = false;
  /** Records found too large to push in this pass: not sealed and sent again until the next. */
  readonly #tooLarge = new Set<string>();
  readonly problems: LoadProblem[] = [];
  /** Records with a queued change that neither memory nor the LocalStore could give us. */
  readonly #unreadable = new Set<string>();
  /** This pass already forgot a server copy that went back (at most once per pass). */
  #recovered = false;

  constructor(deps: SyncDeps) {
    this.#d = deps;
  }

  get state(): SyncState {
    return this.#state;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Reads the last-synced time and the number of waiting changes from storage. */
  async init(): Promise<SyncState> {
    const at = await this.#d.outbox.lastSyncedAt();
    this.#set({ lastSyncedAt: at, pending: await this.#d.outbox.pending() });
    return this.#state;
  }

  /**
   * Syncs until done, retrying retryable failures with exponential back-off and jitter.
   * Calls while a sync runs are folded into one more pass after it.
   */
  sync(opts: { maxAttempts?: number } = {}): Promise<SyncState> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#loop(opts.maxAttempts ?? 6).finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #loop(maxAttempts: number): Promise<SyncState> {
    for (let attempt = 0; ; attempt++) {
      // A closed vault (locked, or handed to another tab) has nothing left to sync here.
      if (this.#d.replica.closed) return this.#state;
      this.#again = false;
      this.#set({ status: 'syncing' });
      const failure = await this.syncOnce().then(
        () => null,
        (e: unknown) => {
          if (e instanceof SyncFailure) return e.failure;
          throw e;
        },
      );
      if (!failure) {
        if (!this.#again) return this.#state;
        attempt = -1; // a fresh pass for changes made meanwhile: back-off starts over
        continue;
      }
      const status = failure.type === 'Offline' ? 'offline' : 'error';
      this.#set({
        status,
        error: describeFailure(failure),
        pending: await this.#d.outbox.pending(),
      });
      if (!retryable(failure) || attempt + 1 >= maxAttempts) return this.#state;
      await this.#d.sleep(backoffMs(attempt, failure, this.#d.random));
    }
  }

  /** One pass: push, pull every space, push whatever merging queued. Throws SyncFailure. */
  async syncOnce(): Promise<void> {
    this.#tooLarge.clear();
    this.#recovered = false;
    const spaceId = this.#d.replica.privateSpaceId;
    await this.#withSpace(spaceId, () => this.#push());
    await this.#withSpace(spaceId, () => this.#pull(spaceId));
    await this.#push();
    const at = this.#d.clock.now();
    await this.#d.outbox.saveLastSynced(at);
    const n = this.#tooLarge.size;
    this.#set({
      lastSyncedAt: at,
      pending: await this.#d.outbox.pending(),
      tooLarge: n,
      ...(n === 0 ? { status: 'idle' } : { status: 'error', error: describeTooLarge(n) }),
    });
  }

  /** A space the server does not know yet (first sync after sign-up) is created once. */
  async #withSpace(spaceId: string, step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (e) {
      const f = e instanceof SyncFailure ? e.failure : null;
      if (f?.type !== 'Http' || f.code !== 'not_found') throw e;
      const made = await this.#d.transport.createSpace(spaceId);
      if (!made.ok && !(made.error.type === 'Http' && made.error.code === 'space_exists'))
        throw new SyncFailure(made.error);
      await step();
    }
  }

  async #push(): Promise<void> {
    for (let round = 0; round < MAX_PUSH_ROUNDS; round++) {
      const byRecord = await this.#waiting();
      if (byRecord.size === 0) return;
      const ids = [...byRecord.keys()];
      for (let i = 0; i < ids.length; i += LIMITS.pushBatch) {
        const mutations = await this.#seal(ids.slice(i, i + LIMITS.pushBatch), byRecord);
        for (const batch of pushBatches(mutations)) await this.#send(batch, byRecord);
      }
      this.#set({ pending: await this.#d.outbox.pending() });
    }
    if ((await this.#waiting()).size > 0) throw new SyncFailure({ type: 'TooManyRounds' });
  }

  /**
   * Outbox entries by record, leaving out the records set aside in this pass: too large to
   * push, or unreadable (neither memory nor the LocalStore has them). Those wait, unpushed.
   */
  async #waiting(): Promise<Map<string, OutboxEntry[]>> {
    const replica = this.#d.replica;
    const byRecord = new Map<string, OutboxEntry[]>();
    for (const e of await this.#d.outbox.entries()) {
      if (this.#tooLarge.has(e.recordId)) continue;
      if (this.#unreadable.has(e.recordId) && !replica.has(e.recordId)) continue;
      byRecord.set(e.recordId, [...(byRecord.get(e.recordId) ?? []), e]);
    }
    return byRecord;
  }

  /**
   * Seals the latest version of each record as a mutation. A record missing from memory is
   * read from the LocalStore first; one missing there too is set aside, its outbox entries
   * kept (never dropped). A record whose envelope is over the protocol's limit is set aside.
   */
  async #seal(ids: string[], byRecord: Map<string, OutboxEntry[]>): Promise<Mutation[]> {
    const replica = this.#d.replica;
    const missing = ids.filter((id) => !replica.has(id));
    if (missing.length > 0) {
      const found = new Set(await replica.loadMissing(missing));
      for (const id of missing) if (!found.has(id)) this.#unreadable.add(id);
    }
    const mutations: Mutation[] = [];
    for (const it of replica.sealForPush(ids)) {
      if (it.envelope.ciphertext.length > LIMITS.ciphertextBytes) {
        this.#tooLarge.add(it.recordId);
        continue;
      }
      mutations.push({
        mutationId: mutationIdFor(byRecord.get(it.recordId) ?? []),
        baseVersion: it.baseVersion,
        envelope: toPushEnvelope(it.envelope),
      });
    }
    return mutations;
  }

  async #send(mutations: Mutation[], byRecord: Map<string, OutboxEntry[]>): Promise<void> {
    const { replica, outbox } = this.#d;
    const spaceId = replica.privateSpaceId;
    const r = await this.#d.transport.push(spaceId, { mutations });
    if (!r.ok) throw new SyncFailure(r.error);
    const out = readPushResults(r.value.results, mutations, byRecord, (id) =>
      outbox.knownVersion(id),
    );
    for (const id of out.unknown) outbox.forget(id);
    await outbox.acknowledge(out.acks, out.applied);
    if (out.wentBack && !this.#recovered) return this.#serverWentBack(spaceId);
    // The server's copies are merged (loser kept as a revision) and queued on their versions.
    this.#reject((await replica.applyRemote(this.#decode(out.current))).invalid);
  }

  async #pull(spaceId: string): Promise<void> {
    let cursor = await this.#d.outbox.cursor(spaceId);
    for (;;) {
      const r = await this.#d.transport.pull(spaceId, cursor);
      if (!r.ok) throw new SyncFailure(r.error);
      if (r.value.spaceVersion < cursor && !this.#recovered) {
        // The space is behind what this device already pulled: restored from a backup.
        await this.#serverWentBack(spaceId);
        cursor = 0;
        continue;
      }
      this.#reject((await this.#d.replica.applyRemote(this.#decode(r.value.records))).invalid);
      cursor = r.value.cursor;
      await this.#d.outbox.saveCursor(spaceId, cursor);
      if (!r.value.hasMore) return;
    }
  }

  /**
   * Once per pass: forget the server copy and queue everything again. The pass's pull then
   * starts from 0 and its last push sends what the server lost.
   */
  async #serverWentBack(spaceId: string): Promise<void> {
    this.#recovered = true;
    await this.#d.outbox.forgetServer(spaceId, () => this.#d.replica.ids());
  }

  /** The wire forms' bytes; the Sealer checks the rest when the replica applies them. */
  #decode(wire: readonly WireEnvelope[]): Envelope[] {
    const out: Envelope[] = [];
    for (const w of wire) {
      const env = fromWireEnvelope(w);
      if (env.ok) out.push(env.value);
      else this.#reject([{ envelopeId: w.id, reason: 'BadBase64' }]);
    }
    return out;
  }

  #reject(list: readonly LoadProblem[]) {
    if (list.length === 0) return;
    this.problems.push(...list);
    this.#set({ rejected: this.problems.length });
  }

  #set(patch: Partial<SyncState>) {
    this.#state = { ...this.#state, ...patch };
    if (patch.status && patch.status !== 'error' && patch.status !== 'offline')
      delete this.#state.error;
    for (const l of this.#listeners) l();
  }
}
