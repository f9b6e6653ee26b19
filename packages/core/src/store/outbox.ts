/**
 * The outbox: the sole owner of what waits to be pushed and of what this device knows of
 * its server copy (each record's server version, the pull cursor, the last sync, the
 * account it belongs to). The journal hands it sealed envelopes to store; the sync client
 * reads the queue, acknowledges, and resets the server state through it. Nothing else
 * touches the LocalStore's outbox or those meta keys.
 *
 * Invariants:
 * - envelopes and their outbox entries are stored in one LocalStore commit;
 * - nothing queued is dropped except by `acknowledge` (the server applied that change) or
 *   `leaveSpace` (the journal moved to a new space and queued every record there again);
 * - acknowledging stores the server version beside the envelope (`setVersions`), never
 *   re-sealing it: the AEAD does not bind the version;
 * - a version only moves forward, except when the server copy is forgotten as a whole
 *   (another account, or a server that went back), and then every record is queued again.
 */
import type { Envelope } from '../crypto/envelope.ts';
import type { Clock, Random } from '../deps.ts';
import { uuidv7 } from '../records/ids.ts';
import { type LocalStore, type OutboxEntry, syncMetaKeys } from './ports.ts';
import type { Serial } from './serial.ts';

export interface OutboxDeps {
  local: LocalStore;
  clock: Clock;
  random: Random;
}

/** The server stored a pushed record at this version. */
export interface Ack {
  recordId: string;
  version: number;
}

/** What the sync client needs of the outbox. */
export interface SyncOutbox {
  entries(): Promise<OutboxEntry[]>;
  /** Records with a change waiting. */
  pending(): Promise<number>;
  /** The server version this device last saw of a record; 0 if the server never had it. */
  knownVersion(id: string): number;
  /** Stores the versions the server gave (forward only) and removes the applied entries. */
  acknowledge(acks: readonly Ack[], applied: readonly string[]): Promise<void>;
  /** The server has no copy of the record after all: its next push starts from version 0. */
  forget(id: string): void;
  /**
   * The server copy went back (restored from a backup): every version and the space's
   * cursor are forgotten and every record (`ids()`) is queued again, so what it lost is
   * pushed again and the rest merges by the usual rules.
   */
  forgetServer(spaceId: string, ids: () => Iterable<string>): Promise<void>;
  cursor(spaceId: string): Promise<number>;
  saveCursor(spaceId: string, cursor: number): Promise<void>;
  lastSyncedAt(): Promise<number | null>;
  saveLastSynced(at: number): Promise<void>;
}

export class Outbox implements SyncOutbox {
  readonly #d: OutboxDeps;
  readonly #serial: Serial;
  readonly #versions: Map<string, number>;

  /** `versions`: the server versions the stored envelopes carried at load. */
  constructor(deps: OutboxDeps, serial: Serial, versions: Map<string, number>) {
    this.#d = deps;
    this.#serial = serial;
    this.#versions = versions;
  }

  knownVersion(id: string): number {
    return this.#versions.get(id) ?? 0;
  }

  /** A version pulled from the server; stored with the envelope the journal writes next. */
  noteServerVersion(id: string, version: number): void {
    this.#versions.set(id, version);
  }

  forget(id: string): void {
    this.#versions.delete(id);
  }

  /**
   * Stores envelopes and, with `queue`, an outbox entry for each, in one commit. Called by
   * the journal inside one of its serial steps (so not queued on `serial` again); `queue`
   * is false only for versions the server already has.
   */
  async write(envelopes: readonly Envelope[], queue: boolean): Promise<void> {
    const outbox = queue ? envelopes.map((e) => this.#entry(e.id, e.spaceId, e.version)) : [];
    await this.#d.local.commit([...envelopes], outbox);
  }

  entries(): Promise<OutboxEntry[]> {
    return this.#d.local.listOutbox();
  }

  async pending(): Promise<number> {
    return new Set((await this.entries()).map((e) => e.recordId)).size;
  }

  acknowledge(acks: readonly Ack[], applied: readonly string[]): Promise<void> {
    return this.#serial.run(async () => {
      const moved = acks
        .filter((a) => a.version > this.knownVersion(a.recordId))
        .map((a) => ({ id: a.recordId, version: a.version }));
      for (const m of moved) this.#versions.set(m.id, m.version);
      if (moved.length > 0) await this.#d.local.setVersions(moved);
      if (applied.length > 0) await this.#d.local.removeOutbox([...applied]);
    });
  }

  forgetServer(spaceId: string, ids: () => Iterable<string>): Promise<void> {
    return this.#serial.run(() => this.#forgetServerNow(spaceId, ids));
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
  bindAccount(accountId: string, spaceId: string, ids: () => Iterable<string>): Promise<boolean> {
    return this.#serial.run(async () => {
      const local = this.#d.local;
      if ((await local.getMeta(syncMetaKeys.account))?.accountId === accountId) return false;
      await this.#forgetServerNow(spaceId, ids);
      await local.deleteMeta(syncMetaKeys.lastSynced);
      await local.putMeta(syncMetaKeys.account, { accountId });
      return true;
    });
  }

  /** Whether this device ever synced `spaceId` or was bound to an account. */
  async usedOnServer(spaceId: string): Promise<boolean> {
    const local = this.#d.local;
    return (
      (await local.getMeta(syncMetaKeys.account)) !== undefined ||
      (await local.getMeta(syncMetaKeys.cursor(spaceId))) !== undefined
    );
  }

  /**
   * Removes the entries of a space this journal moved out of. Only for a move: the caller
   * has already queued every record again in the new space, so no change is lost.
   */
  leaveSpace(spaceId: string): Promise<void> {
    return this.#serial.run(async () => {
      const stale = (await this.entries()).filter((o) => o.spaceId === spaceId);
      if (stale.length > 0) await this.#d.local.removeOutbox(stale.map((o) => o.mutationId));
    });
  }

  async cursor(spaceId: string): Promise<number> {
    const meta = await this.#d.local.getMeta(syncMetaKeys.cursor(spaceId));
    return typeof meta?.cursor === 'number' ? meta.cursor : 0;
  }

  saveCursor(spaceId: string, cursor: number): Promise<void> {
    return this.#d.local.putMeta(syncMetaKeys.cursor(spaceId), { cursor });
  }

  async lastSyncedAt(): Promise<number | null> {
    const last = await this.#d.local.getMeta(syncMetaKeys.lastSynced);
    return typeof last?.at === 'number' ? last.at : null;
  }

  saveLastSynced(at: number): Promise<void> {
    return this.#d.local.putMeta(syncMetaKeys.lastSynced, { at });
  }

  /**
   * Queues first, then forgets versions, then the cursor: an interruption at any point
   * leaves a state the next sync detects and finishes, and never one where a record the
   * server lost is neither queued nor known as lost.
   */
  async #forgetServerNow(spaceId: string, ids: () => Iterable<string>): Promise<void> {
    const local = this.#d.local;
    const queue = [...ids()].map((id) => this.#entry(id, spaceId, 0));
    if (queue.length > 0) await local.commit([], queue);
    const known = [...this.#versions.keys()].map((id) => ({ id, version: 0 }));
    this.#versions.clear();
    if (known.length > 0) await local.setVersions(known);
    await local.deleteMeta(syncMetaKeys.cursor(spaceId));
  }

  #entry(recordId: string, spaceId: string, baseVersion: number): OutboxEntry {
    return {
      mutationId: uuidv7(this.#d.clock, this.#d.random),
      recordId,
      spaceId,
      baseVersion,
    };
  }
}
