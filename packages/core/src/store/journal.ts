/**
 * The journal: the records API that screens use. It is all a feature needs (records in and
 * out, and a change signal to re-render on); keys, the outbox and sync live elsewhere, so a
 * screen cannot reach them. The vault implements it.
 */
import type { StoredRecord } from '../records/record.ts';
import type { BodyOf, RecordTypeName } from '../records/types/index.ts';

export interface Rec<T extends RecordTypeName = RecordTypeName> extends StoredRecord {
  type: T;
  body: BodyOf<T>;
}

/** An envelope in storage that did not open or validate: kept untouched, reported. */
export interface LoadProblem {
  envelopeId: string;
  reason: string;
}

export interface Journal {
  /** Increments on every change; a cheap snapshot token for UI subscriptions. */
  readonly revision: number;
  /** Envelopes that failed to open or validate at load (left untouched in storage). */
  readonly problems: readonly LoadProblem[];
  subscribe(listener: () => void): () => void;
  get<T extends RecordTypeName>(type: T, id: string): Rec<T> | undefined;
  /** Live records of a type, newest first by creation time. */
  list<T extends RecordTypeName>(type: T): Rec<T>[];
  /** Whether the index holds the record, live or a tombstone. */
  has(id: string): boolean;
  /** Every record including tombstones: what export sees. */
  all(): StoredRecord[];
  create<T extends RecordTypeName>(type: T, body: BodyOf<T>): Promise<Rec<T>>;
  update<T extends RecordTypeName>(type: T, id: string, body: BodyOf<T>): Promise<Rec<T>>;
  /** Deletes as a tombstone. */
  remove(id: string): Promise<void>;
  /** Restores a revision kept by a merge as the current version. */
  restoreRevision(id: string, updatedAt: string): Promise<void>;
  /**
   * Undoes a `remove`: `previous`, the live version the caller held before removing it,
   * becomes current again under a new stamp. Only while the record is still the tombstone
   * that removed that version (resolves false otherwise, e.g. after a sync changed it).
   */
  restoreRemoved(previous: Rec): Promise<boolean>;
  /** Brings in versions written elsewhere (import): validated, merged, loser kept. */
  merge(incoming: StoredRecord[]): Promise<{ changed: number }>;
  /** Resolves once every write queued so far has been committed. */
  settled(): Promise<void>;
}
