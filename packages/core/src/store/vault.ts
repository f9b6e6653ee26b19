/**
 * The local-first engine. A Vault is the unlocked store: it holds the account key's
 * keyring and an in-memory index of decrypted records, and writes every change as an
 * envelope plus an outbox entry in one LocalStore transaction.
 *
 * Invariants:
 * - plaintext exists only in this index (memory); the LocalStore sees envelopes only;
 * - every body is validated by its record type on write and after decrypting on read;
 * - an envelope that fails to open or validate is left untouched in storage and counted
 *   in `problems`, never dropped or overwritten by a read.
 */
import { fromUtf8, utf8 } from '../bytes.ts';
import { type Envelope, open, seal } from '../crypto/envelope.ts';
import { currentSpaceKey, type Keyring, sealKeyring } from '../crypto/keys.ts';
import type { Clock, Random } from '../deps.ts';
import { HlcClock } from '../records/hlc.ts';
import { uuidv7 } from '../records/ids.ts';
import type { StoredRecord } from '../records/record.ts';
import type { BodyOf, RecordTypeName } from '../records/types/index.ts';
import type { Journal, LoadProblem, Rec } from './journal.ts';
import { mergeConcurrent } from './merge.ts';
import { normaliseRecord, readBody, typeDefOf, validateBody } from './normalise.ts';
import { type LocalStore, type OutboxEntry, syncMetaKeys } from './ports.ts';

export interface VaultDeps {
  local: LocalStore;
  clock: Clock;
  random: Random;
}

type Listener = () => void;

/** One record sealed for a push. */
export interface PushItem {
  recordId: string;
  envelope: Envelope;
  baseVersion: number;
}

/** A record pulled from the server, opened and checked, with its server version. */
export interface RemoteItem {
  /** The envelope's id, which the AEAD bound; the record inside must carry the same. */
  id: string;
  record: unknown;
  version: number;
}

export class Vault implements Journal {
  readonly #deps: VaultDeps;
  readonly #ring: Keyring;
  readonly #ak: Uint8Array;
  readonly #hlc: HlcClock;
  readonly #index = new Map<string, StoredRecord>();
  /** Server versions of the envelopes behind the index, for the outbox's baseVersion. */
  readonly #versions = new Map<string, number>();
  readonly #listeners = new Set<Listener>();
  /** Serialises writes and sync steps, so each reads the index and commits as one step. */
  #queue: Promise<unknown> = Promise.resolve();
  #problems: LoadProblem[] = [];
  /** After close() the keys are zeroed: sealing then would store unreadable envelopes. */
  #closed = false;
  #revision = 0;

  private constructor(deps: VaultDeps, ak: Uint8Array, ring: Keyring) {
    this.#deps = deps;
    this.#ak = ak;
    this.#ring = ring;
    this.#hlc = new HlcClock(ring.node, deps.clock);
  }

  /** Builds the in-memory index from every stored envelope. */
  static async load(deps: VaultDeps, ak: Uint8Array, ring: Keyring): Promise<Vault> {
    const vault = new Vault(deps, ak, ring);
    const envelopes = await deps.local.loadEnvelopes();
    for (const env of envelopes) vault.#ingestStored(env);
    return vault;
  }

  get privateSpaceId(): string {
    return this.#ring.privateSpaceId;
  }
  get keyring(): Keyring {
    return this.#ring;
  }
  get accountKey(): Uint8Array {
    return this.#ak;
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
    return this.#closed;
  }

  /**
   * Resolves once every write and sync step queued so far has been committed. Closing
   * after it loses nothing (a hand-over to another tab waits for it).
   */
  settled(): Promise<void> {
    return this.#queue.then(() => undefined);
  }

  /** Forgets the decrypted index and the account key (on lock). The vault is unusable afterwards. */
  close(): void {
    this.#closed = true;
    this.#index.clear();
    this.#listeners.clear();
    this.#ak.fill(0);
    for (const k of this.#ring.spaceKeys) k.key.fill(0);
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

  /** Whether the index holds the record, live or a tombstone. */
  has(id: string): boolean {
    return this.#index.has(id);
  }

  /** Every record including tombstones: what export and sync see. */
  all(): StoredRecord[] {
    return [...this.#index.values()];
  }

  async create<T extends RecordTypeName>(type: T, body: BodyOf<T>): Promise<Rec<T>> {
    const now = this.#deps.clock.now();
    const record: StoredRecord = {
      id: uuidv7(this.#deps.clock, this.#deps.random),
      type,
      schemaVersion: typeDefOf(type).version,
      createdAt: Math.floor(now),
      updatedAt: this.#hlc.tick(),
      deleted: false,
      body: validateBody(type, body),
      revisions: [],
    };
    await this.#write([record]);
    return record as Rec<T>;
  }

  async update<T extends RecordTypeName>(type: T, id: string, body: BodyOf<T>): Promise<Rec<T>> {
    const prev = this.get(type, id);
    if (!prev) throw new Error(`no live ${type} record ${id}`);
    const record: StoredRecord = {
      ...prev,
      schemaVersion: typeDefOf(type).version,
      updatedAt: this.#hlc.tick(),
      body: validateBody(type, body),
    };
    await this.#write([record]);
    return record as Rec<T>;
  }

  /** Deletes as a tombstone: the body and revisions are erased, the id stays so sync can spread the delete. */
  async remove(id: string): Promise<void> {
    const prev = this.#index.get(id);
    if (!prev || prev.deleted) return;
    await this.#write([
      { ...prev, updatedAt: this.#hlc.tick(), deleted: true, body: null, revisions: [] },
    ]);
  }

  /** Restores a revision kept by a merge as the current version. */
  async restoreRevision(id: string, updatedAt: string): Promise<void> {
    const cur = this.#index.get(id);
    const rev = cur?.revisions.find((r) => r.updatedAt === updatedAt);
    if (!cur || !rev) return;
    const body = rev.deleted ? null : readBody(cur.type, rev.schemaVersion, rev.body);
    const revisions = [
      ...cur.revisions.filter((r) => r.updatedAt !== updatedAt),
      {
        updatedAt: cur.updatedAt,
        schemaVersion: cur.schemaVersion,
        deleted: cur.deleted,
        body: cur.body,
      },
    ];
    await this.#write([
      {
        ...cur,
        schemaVersion: typeDefOf(cur.type).version,
        updatedAt: this.#hlc.tick(),
        deleted: rev.deleted,
        body,
        revisions,
      },
    ]);
  }

  /** Undoes a `remove` while the tombstone is the one that removed `previous` (see Journal). */
  async restoreRemoved(previous: Rec): Promise<boolean> {
    const cur = this.#index.get(previous.id);
    const removedIt =
      cur?.deleted === true && cur.type === previous.type && cur.updatedAt > previous.updatedAt;
    if (!cur || !removedIt) return false;
    await this.#write([
      {
        ...previous,
        schemaVersion: typeDefOf(previous.type).version,
        updatedAt: this.#hlc.tick(),
        deleted: false,
        body: validateBody(previous.type, previous.body),
      },
    ]);
    return true;
  }

  /**
   * Brings in versions written elsewhere (import, or sync after a conflict). Each is
   * validated, then merged with the local copy keeping the loser as a revision. Returns
   * how many records changed; records equal to what is here cause no write at all, which
   * makes importing the same file twice a no-op.
   */
  merge(incoming: StoredRecord[]): Promise<{ changed: number }> {
    return this.#serial(() => this.#mergeNow(incoming));
  }

  async #mergeNow(incoming: StoredRecord[]): Promise<{ changed: number }> {
    const changed: StoredRecord[] = [];
    for (const raw of incoming) {
      const rec = normaliseRecord(raw);
      this.#hlc.observe(rec.updatedAt);
      const local = this.#index.get(rec.id);
      const merged = local ? mergeConcurrent(local, rec) : rec;
      if (!local || JSON.stringify(merged) !== JSON.stringify(local)) changed.push(merged);
    }
    if (changed.length > 0) await this.#writeNow(changed);
    return { changed: changed.length };
  }

  /** The server version this device last saw of a record; 0 if the server never had it. */
  knownVersion(id: string): number {
    return this.#versions.get(id) ?? 0;
  }

  /**
   * Makes this device's sync state that of account `accountId`. The server versions, pull
   * cursor and last-synced time it keeps belong to one server copy; for another account
   * (a new one, even on the same space id after the old one was deleted, or another one
   * signed in to) they mean nothing and would keep records from being pushed or pulled. So
   * they are forgotten and every record, tombstones included, is queued to push as new.
   * The account is recorded last, so an interrupted reset is done again. Returns whether it
   * reset.
   */
  bindAccount(accountId: string): Promise<boolean> {
    return this.#serial(async () => {
      const local = this.#deps.local;
      if ((await local.getMeta(syncMetaKeys.account))?.accountId === accountId) return false;
      this.#versions.clear();
      const all = [...this.#index.values()];
      if (all.length > 0) await this.#writeNow(all);
      await local.deleteMeta(syncMetaKeys.cursor(this.privateSpaceId));
      await local.deleteMeta(syncMetaKeys.lastSynced);
      await local.putMeta(syncMetaKeys.account, { accountId });
      return true;
    });
  }

  /** The server has no copy of the record after all: its next push starts from version 0. */
  forgetVersion(id: string): void {
    this.#versions.delete(id);
  }

  /**
   * Seals the current version of each record for a push, on the server version it was last
   * seen at. `token` lets `acknowledge` tell whether the record changed meanwhile.
   */
  sealForPush(ids: readonly string[]): PushItem[] {
    const out: PushItem[] = [];
    for (const id of ids) {
      const r = this.#index.get(id);
      if (!r) continue;
      const env = this.#seal(r, this.knownVersion(id));
      out.push({ recordId: id, envelope: env, baseVersion: env.version });
    }
    return out;
  }

  /**
   * Reads records missing from the index from the LocalStore: ones another vault on the
   * same store wrote since this one loaded (a second tab where Web Locks are missing).
   * Returns the ids the index holds afterwards; an envelope that does not open is counted
   * in `problems`, as at load.
   */
  loadMissing(ids: readonly string[]): Promise<string[]> {
    return this.#serial(async () => {
      const want = new Set(ids.filter((id) => !this.#index.has(id)));
      if (want.size === 0) return [...ids];
      for (const env of await this.#deps.local.loadEnvelopes())
        if (want.has(env.id)) this.#ingestStored(env);
      if ([...want].some((id) => this.#index.has(id))) this.#changed();
      return ids.filter((id) => this.#index.has(id));
    });
  }

  /** Records that the server stored the pushed records at these versions (no outbox entry). */
  acknowledge(acks: readonly { recordId: string; version: number }[]): Promise<void> {
    return this.#serial(async () => {
      const envelopes: Envelope[] = [];
      for (const a of acks) {
        if (a.version <= this.knownVersion(a.recordId)) continue;
        this.#versions.set(a.recordId, a.version);
        const r = this.#index.get(a.recordId);
        if (r) envelopes.push(this.#seal(r, a.version));
      }
      if (envelopes.length > 0) await this.#deps.local.commit(envelopes, []);
    });
  }

  /**
   * Applies records pulled from the server (already opened and checked by the caller).
   * A record with no local change waiting is replaced as is; one with a change waiting was
   * edited concurrently and is merged, the loser kept as a revision, and queued to push on
   * the server's version. Older versions than the one already seen are ignored.
   */
  applyRemote(items: readonly RemoteItem[]): Promise<{ changed: number; invalid: LoadProblem[] }> {
    return this.#serial(async () => {
      const waiting = new Set((await this.#deps.local.listOutbox()).map((o) => o.recordId));
      const replaced: StoredRecord[] = [];
      const merged: StoredRecord[] = [];
      const invalid: LoadProblem[] = [];
      for (const { id, record, version } of items) {
        if (version <= this.knownVersion(id)) continue;
        let rec: StoredRecord;
        try {
          rec = normaliseRecord(record);
          if (rec.id !== id) throw new Error('record id differs from envelope id');
        } catch (e) {
          invalid.push({ envelopeId: id, reason: e instanceof Error ? e.message : 'invalid' });
          continue;
        }
        this.#hlc.observe(rec.updatedAt);
        this.#versions.set(rec.id, version);
        const local = this.#index.get(rec.id);
        if (local && waiting.has(rec.id)) merged.push(mergeConcurrent(local, rec));
        else replaced.push(rec);
      }
      if (replaced.length > 0) await this.#writeNow(replaced, false);
      if (merged.length > 0) await this.#writeNow(merged);
      return { changed: replaced.length + merged.length, invalid };
    });
  }
  /** Re-seals the keyring under the account key, e.g. after adding a space key. */
  sealedKeyring() {
    return sealKeyring(this.#ak, this.#ring);
  }

  #write(records: StoredRecord[]): Promise<void> {
    return this.#serial(() => this.#writeNow(records));
  }

  #serial<T>(step: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(step);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #seal(r: StoredRecord, version: number): Envelope {
    if (this.#closed) throw new Error('vault is closed');
    const key = currentSpaceKey(this.#ring, this.#ring.privateSpaceId);
    if (!key) throw new Error('no key for the private space');
    return seal(key, r.id, utf8(JSON.stringify(r)), version);
  }

  /** `queue: false` for versions the server already has: stored, but not pushed again. */
  async #writeNow(records: StoredRecord[], queue = true): Promise<void> {
    const envelopes: Envelope[] = [];
    const outbox: OutboxEntry[] = [];
    for (const r of records) {
      const env = this.#seal(r, this.knownVersion(r.id));
      envelopes.push(env);
      if (!queue) continue;
      outbox.push({
        mutationId: uuidv7(this.#deps.clock, this.#deps.random),
        recordId: r.id,
        spaceId: env.spaceId,
        baseVersion: env.version,
      });
    }
    // Persist first: the index changes only after the transaction committed.
    await this.#deps.local.commit(envelopes, outbox);
    for (const r of records) this.#index.set(r.id, r);
    this.#changed();
  }

  #changed() {
    this.#revision++;
    for (const l of this.#listeners) l();
  }

  #ingestStored(env: Envelope) {
    const opened = open(
      (keyId, spaceId) =>
        this.#ring.spaceKeys.find((k) => k.keyId === keyId && k.spaceId === spaceId),
      env,
    );
    if (!opened.ok) {
      this.#problems.push({ envelopeId: env.id, reason: opened.error.type });
      return;
    }
    try {
      const rec = normaliseRecord(JSON.parse(fromUtf8(opened.value)));
      if (rec.id !== env.id) throw new Error('record id differs from envelope id');
      this.#hlc.observe(rec.updatedAt);
      this.#index.set(rec.id, rec);
      this.#versions.set(rec.id, env.version);
    } catch (e) {
      this.#problems.push({
        envelopeId: env.id,
        reason: e instanceof Error ? e.message : 'invalid record',
      });
    }
  }
}
