/**
 * The local-first engine. A Vault is the unlocked store: an in-memory index of decrypted
 * records behind two narrow faces, the `Journal` screens use and the `Replica` the sync
 * client uses. It seals and opens through the `Sealer` (whose keys the `KeyCustody` holds)
 * and stores through the `Outbox`, which owns the queue and the server versions.
 *
 * Invariants:
 * - plaintext exists only in this index (memory); the LocalStore sees envelopes only;
 * - every body is validated by its record type on write and after decrypting on read;
 * - a write and its outbox entry are committed in one LocalStore commit, and the index
 *   changes only after that commit;
 * - an envelope that fails to open or validate is left untouched in storage and counted
 *   in `problems`, never dropped or overwritten by a read.
 */
import type { Envelope } from '../crypto/envelope.ts';
import type { Clock, Random } from '../deps.ts';
import { HlcClock } from '../records/hlc.ts';
import { uuidv7 } from '../records/ids.ts';
import type { StoredRecord } from '../records/record.ts';
import type { BodyOf, RecordTypeName } from '../records/types/index.ts';
import { editedRecord, newRecord, restoredRecord, tombstone, unremovedRecord } from './edits.ts';
import type { Journal, LoadProblem, Rec } from './journal.ts';
import type { KeyCustody } from './keyCustody.ts';
import { mergeConcurrent, mergeIncoming } from './merge.ts';
import { normaliseRecord } from './normalise.ts';
import { Outbox } from './outbox.ts';
import type { LocalStore } from './ports.ts';
import type { PushItem, Replica } from './replica.ts';
import { Sealer } from './sealer.ts';
import { Serial } from './serial.ts';

export interface VaultDeps {
  local: LocalStore;
  clock: Clock;
  random: Random;
}

type Listener = () => void;

export class Vault implements Journal, Replica {
  readonly #deps: VaultDeps;
  readonly #keys: KeyCustody;
  readonly #sealer: Sealer;
  readonly #serial: Serial;
  readonly #outbox: Outbox;
  readonly #hlc: HlcClock;
  readonly #index = new Map<string, StoredRecord>();
  readonly #listeners = new Set<Listener>();
  #problems: LoadProblem[] = [];
  #revision = 0;

  private constructor(deps: VaultDeps, keys: KeyCustody, versions: Map<string, number>) {
    this.#deps = deps;
    this.#keys = keys;
    this.#sealer = new Sealer(keys);
    this.#serial = new Serial();
    this.#outbox = new Outbox(deps, this.#serial, versions);
    this.#hlc = new HlcClock(keys.node, deps.clock);
  }

  /** Builds the in-memory index from every stored envelope; the vault owns `keys` from now. */
  static async load(deps: VaultDeps, keys: KeyCustody): Promise<Vault> {
    const versions = new Map<string, number>();
    const vault = new Vault(deps, keys, versions);
    for (const env of await deps.local.loadEnvelopes())
      if (vault.#ingestStored(env)) versions.set(env.id, env.version);
    return vault;
  }

  get privateSpaceId(): string {
    return this.#keys.privateSpaceId;
  }
  /** The keys, for the platform's vault and account modules (never for screens). */
  get keys(): KeyCustody {
    return this.#keys;
  }
  /** The queue and server state, for the sync client. */
  get outbox(): Outbox {
    return this.#outbox;
  }
  get problems(): readonly LoadProblem[] {
    return this.#problems;
  }
  /** Increments on every change; a cheap snapshot token for UI subscriptions. */
  get revision(): number {
    return this.#revision;
  }

  /** True once `close()` ran: nothing can be sealed any more. */
  get closed(): boolean {
    return this.#keys.closed;
  }

  /**
   * Resolves once every write and sync step queued so far has been committed. Closing
   * after it loses nothing (a hand-over to another tab waits for it).
   */
  settled(): Promise<void> {
    return this.#serial.settled();
  }

  /** Forgets the decrypted index and zeroes the keys (on lock). The vault is unusable afterwards. */
  close(): void {
    this.#keys.close();
    this.#index.clear();
    this.#listeners.clear();
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get<T extends RecordTypeName>(type: T, id: string): Rec<T> | undefined {
    const r = this.#index.get(id);
    return r && r.type === type && !r.deleted ? (r as Rec<T>) : undefined;
  }

  /** Live records of a type, newest first by creation time. */
  list<T extends RecordTypeName>(type: T): Rec<T>[] {
    const out: Rec<T>[] = [];
    for (const r of this.#index.values()) if (r.type === type && !r.deleted) out.push(r as Rec<T>);
    return out.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  }

  has(id: string): boolean {
    return this.#index.has(id);
  }

  ids(): Iterable<string> {
    return this.#index.keys();
  }

  /** Every record including tombstones: what export and sync see. */
  all(): StoredRecord[] {
    return [...this.#index.values()];
  }

  async create<T extends RecordTypeName>(type: T, body: BodyOf<T>): Promise<Rec<T>> {
    const { clock, random } = this.#deps;
    const id = uuidv7(clock, random);
    const record = newRecord(type, body, { id, createdAt: clock.now(), stamp: this.#hlc.tick() });
    await this.#write([record]);
    return record as Rec<T>;
  }

  async update<T extends RecordTypeName>(type: T, id: string, body: BodyOf<T>): Promise<Rec<T>> {
    const prev = this.get(type, id);
    if (!prev) throw new Error(`no live ${type} record ${id}`);
    const record = editedRecord(prev, body, this.#hlc.tick());
    await this.#write([record]);
    return record as Rec<T>;
  }

  /** Deletes as a tombstone: the body and revisions are erased, the id stays so sync can spread the delete. */
  async remove(id: string): Promise<void> {
    const prev = this.#index.get(id);
    if (!prev || prev.deleted) return;
    await this.#write([tombstone(prev, this.#hlc.tick())]);
  }

  /** Restores a revision kept by a merge as the current version. */
  async restoreRevision(id: string, updatedAt: string): Promise<void> {
    const cur = this.#index.get(id);
    if (!cur?.revisions.some((r) => r.updatedAt === updatedAt)) return;
    const restored = restoredRecord(cur, updatedAt, this.#hlc.tick());
    if (restored) await this.#write([restored]);
  }

  /** Undoes a `remove` while the tombstone is the one that removed `previous` (see Journal). */
  async restoreRemoved(previous: Rec): Promise<boolean> {
    const back = unremovedRecord(this.#index.get(previous.id), previous, () => this.#hlc.tick());
    if (back) await this.#write([back]);
    return back !== null;
  }

  /**
   * Brings in versions written elsewhere (import, or sync after a conflict). Each is
   * validated, then merged with the local copy keeping the loser as a revision. Returns
   * how many records changed; records equal to what is here cause no write at all, which
   * makes importing the same file twice a no-op.
   */
  merge(incoming: StoredRecord[]): Promise<{ changed: number }> {
    return this.#serial.run(async () => {
      const changed = mergeIncoming(incoming.map(normaliseRecord), this.#index, this.#hlc);
      if (changed.length > 0) await this.#writeNow(changed);
      return { changed: changed.length };
    });
  }

  /** Binds this device's sync state to an account (`Outbox.bindAccount`). */
  bindAccount(accountId: string): Promise<boolean> {
    return this.#outbox.bindAccount(accountId, this.privateSpaceId, () => this.ids());
  }

  sealForPush(ids: readonly string[]): PushItem[] {
    const out: PushItem[] = [];
    for (const id of ids) {
      const r = this.#index.get(id);
      if (!r) continue;
      const env = this.#sealer.seal(r, this.privateSpaceId, this.#outbox.knownVersion(id));
      out.push({ recordId: id, envelope: env, baseVersion: env.version });
    }
    return out;
  }

  /** An envelope that does not open is counted in `problems`, as at load. */
  loadMissing(ids: readonly string[]): Promise<string[]> {
    return this.#serial.run(async () => {
      this.#assertOpen();
      const want = new Set(ids.filter((id) => !this.#index.has(id)));
      if (want.size === 0) return [...ids];
      for (const env of await this.#deps.local.loadEnvelopes())
        if (want.has(env.id) && this.#ingestStored(env))
          this.#outbox.noteServerVersion(env.id, env.version);
      if ([...want].some((id) => this.#index.has(id))) this.#changed();
      return ids.filter((id) => this.#index.has(id));
    });
  }

  /**
   * A record with no local change waiting is replaced as is; one with a change waiting was
   * edited concurrently and is merged, the loser kept as a revision, and queued to push on
   * the server's version. Versions no newer than the one already seen are ignored.
   */
  applyRemote(
    envelopes: readonly Envelope[],
  ): Promise<{ changed: number; invalid: LoadProblem[] }> {
    return this.#serial.run(async () => {
      this.#assertOpen();
      const waiting = new Set((await this.#outbox.entries()).map((o) => o.recordId));
      const replaced: StoredRecord[] = [];
      const merged: StoredRecord[] = [];
      const invalid: LoadProblem[] = [];
      for (const env of envelopes) {
        if (env.version <= this.#outbox.knownVersion(env.id)) continue;
        if (env.spaceId !== this.privateSpaceId) {
          invalid.push({ envelopeId: env.id, reason: 'WrongSpace' });
          continue;
        }
        const opened = this.#sealer.open(env);
        if (!opened.ok) {
          invalid.push(opened.error);
          continue;
        }
        const rec = opened.value;
        this.#hlc.observe(rec.updatedAt);
        this.#outbox.noteServerVersion(rec.id, env.version);
        const local = this.#index.get(rec.id);
        if (local && waiting.has(rec.id)) merged.push(mergeConcurrent(local, rec));
        else replaced.push(rec);
      }
      if (replaced.length > 0) await this.#writeNow(replaced, false);
      if (merged.length > 0) await this.#writeNow(merged);
      return { changed: replaced.length + merged.length, invalid };
    });
  }

  #write(records: StoredRecord[]): Promise<void> {
    return this.#serial.run(() => this.#writeNow(records));
  }

  /** `queue: false` for versions the server already has: stored, but not pushed again. */
  async #writeNow(records: StoredRecord[], queue = true): Promise<void> {
    const space = this.privateSpaceId;
    const envelopes = records.map((r) =>
      this.#sealer.seal(r, space, this.#outbox.knownVersion(r.id)),
    );
    // Persist first: the index changes only after the commit.
    await this.#outbox.write(envelopes, queue);
    for (const r of records) this.#index.set(r.id, r);
    this.#changed();
  }

  /** A closed vault's keys are zero: opening with them would report every record as broken. */
  #assertOpen() {
    if (this.closed) throw new Error('vault is closed');
  }

  #changed() {
    this.#revision++;
    for (const l of this.#listeners) l();
  }

  /** Opens a stored envelope into the index; a failure is counted in `problems`. */
  #ingestStored(env: Envelope): boolean {
    const opened = this.#sealer.open(env);
    if (!opened.ok) {
      this.#problems.push(opened.error);
      return false;
    }
    this.#hlc.observe(opened.value.updatedAt);
    this.#index.set(opened.value.id, opened.value);
    return true;
  }
}
