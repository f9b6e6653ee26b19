/**
 * The replica: what the sync client needs of the journal, and nothing more. It applies
 * what the server sent, reads records another tab wrote, and seals records for a push; the
 * queue and the server versions are the outbox's (outbox.ts).
 */
import type { Envelope } from '../crypto/envelope.ts';
import type { LoadProblem } from './journal.ts';

/** One record sealed for a push, on the server version this device last saw. */
export interface PushItem {
  recordId: string;
  envelope: Envelope;
  baseVersion: number;
}

export interface Replica {
  readonly privateSpaceId: string;
  /** True once the vault closed (locked, or handed to another tab): nothing to sync here. */
  readonly closed: boolean;
  /** Whether the index holds the record, live or a tombstone. */
  has(id: string): boolean;
  /** Every record id in the index, tombstones included. */
  ids(): Iterable<string>;
  /**
   * Reads records missing from the index from the LocalStore (another vault on the same
   * store wrote them). Returns the ids the index holds afterwards.
   */
  loadMissing(ids: readonly string[]): Promise<string[]>;
  /** Seals the current version of each record in the index for a push. */
  sealForPush(ids: readonly string[]): PushItem[];
  /**
   * Applies envelopes from the server (each carrying its server version). One that does
   * not open, validate, or belong to the private space is reported in `invalid`, never
   * applied.
   */
  applyRemote(envelopes: readonly Envelope[]): Promise<{ changed: number; invalid: LoadProblem[] }>;
}
