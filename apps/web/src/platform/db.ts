/**
 * IndexedDB through Dexie: the browser's LocalStore adapter. It stores only envelopes
 * (ciphertext), outbox entries, wrapped keys and the non-extractable device key.
 * A write and its outbox entry are one IndexedDB transaction.
 */
import type {
  Envelope,
  EnvelopeVersion,
  LocalStore,
  MetaValue,
  OutboxEntry,
} from '@securebase/core/vault';
import Dexie, { type Table } from 'dexie';

interface MetaRow {
  key: string;
  value: MetaValue;
}

export interface DeviceKeyRow {
  id: 'device';
  key: CryptoKey;
}

export class SecureBaseDb extends Dexie {
  envelopes!: Table<Envelope, string>;
  outbox!: Table<OutboxEntry, string>;
  meta!: Table<MetaRow, string>;
  deviceKeys!: Table<DeviceKeyRow, string>;

  constructor(name = 'securebase') {
    super(name);
    this.version(1).stores({
      envelopes: 'id, spaceId',
      outbox: 'mutationId, recordId',
      meta: 'key',
      deviceKeys: 'id',
    });
  }
}

export class DexieLocalStore implements LocalStore {
  constructor(readonly db: SecureBaseDb) {}

  async getMeta(key: string) {
    return (await this.db.meta.get(key))?.value;
  }
  async putMeta(key: string, value: MetaValue) {
    await this.db.meta.put({ key, value });
  }
  async deleteMeta(key: string) {
    await this.db.meta.delete(key);
  }
  async loadEnvelopes() {
    return await this.db.envelopes.toArray();
  }
  async commit(envelopes: Envelope[], outbox: OutboxEntry[]) {
    await this.db.transaction('rw', this.db.envelopes, this.db.outbox, async () => {
      await this.db.envelopes.bulkPut(envelopes);
      await this.db.outbox.bulkPut(outbox);
    });
  }
  async setVersions(versions: readonly EnvelopeVersion[]) {
    if (versions.length === 0) return;
    await this.db.transaction('rw', this.db.envelopes, async () => {
      for (const { id, version } of versions) await this.db.envelopes.update(id, { version });
    });
  }
  async listOutbox() {
    return await this.db.outbox.toArray();
  }
  async removeOutbox(mutationIds: string[]) {
    await this.db.outbox.bulkDelete(mutationIds);
  }
  async clear() {
    await this.db.transaction('rw', this.db.envelopes, this.db.outbox, this.db.meta, async () => {
      await Promise.all([this.db.envelopes.clear(), this.db.outbox.clear(), this.db.meta.clear()]);
    });
  }
}
