/**
 * The LocalStore port: where envelopes, the outbox and key material rest on a device.
 * It only ever sees ciphertext and wrapped keys. Adapters: memory (store/memory.ts) and
 * IndexedDB via Dexie (apps/web/src/platform/db.ts); both pass one contract suite
 * (packages/core/testing/localStoreContract.ts).
 */
import type { Envelope } from '../crypto/envelope.ts';

/** A change waiting to be pushed to the sync server. */
export interface OutboxEntry {
  mutationId: string;
  recordId: string;
  spaceId: string;
  /** Server version the change was made on; 0 for a record the server has never seen. */
  baseVersion: number;
}

/** The server version this device last saw of a stored envelope's record. */
export interface EnvelopeVersion {
  id: string;
  version: number;
}

/**
 * Meta keys of what this device knows of its server copy: the pull cursor per space, when
 * it last synced, and the account all that belongs to (`Outbox.bindAccount`). The server
 * version of each record is kept in its envelope (`LocalStore.setVersions`).
 */
export const syncMetaKeys = {
  cursor: (spaceId: string) => `sync:cursor:${spaceId}`,
  lastSynced: 'sync:lastSyncedAt',
  account: 'sync:account',
} as const;

/** Structured-cloneable values only: strings, numbers, booleans, Uint8Arrays, plain objects and arrays. */
export type MetaValue = { [key: string]: unknown };

export interface LocalStore {
  getMeta(key: string): Promise<MetaValue | undefined>;
  putMeta(key: string, value: MetaValue): Promise<void>;
  deleteMeta(key: string): Promise<void>;
  loadEnvelopes(): Promise<Envelope[]>;
  /** Writes envelopes and their outbox entries in one transaction: both or neither. */
  commit(envelopes: Envelope[], outbox: OutboxEntry[]): Promise<void>;
  /**
   * Records the server version of stored envelopes, in one transaction, without rewriting
   * their ciphertext (the AEAD does not bind the version). Ids with no stored envelope are
   * skipped.
   */
  setVersions(versions: readonly EnvelopeVersion[]): Promise<void>;
  listOutbox(): Promise<OutboxEntry[]>;
  removeOutbox(mutationIds: string[]): Promise<void>;
  /** Erases everything: envelopes, outbox and meta. */
  clear(): Promise<void>;
}
