/** An in-memory LocalStore: for tests, benchmarks and Node tools. Values are cloned in and out, as IndexedDB would. */
import type { Envelope } from '../crypto/envelope.ts';
import type { EnvelopeVersion, LocalStore, MetaValue, OutboxEntry } from './ports.ts';

declare function structuredClone<T>(value: T): T;

export class MemoryLocalStore implements LocalStore {
  readonly #meta = new Map<string, MetaValue>();
  readonly #envelopes = new Map<string, Envelope>();
  readonly #outbox = new Map<string, OutboxEntry>();

  async getMeta(key: string) {
    const v = this.#meta.get(key);
    return v === undefined ? undefined : structuredClone(v);
  }
  async putMeta(key: string, value: MetaValue) {
    this.#meta.set(key, structuredClone(value));
  }
  async deleteMeta(key: string) {
    this.#meta.delete(key);
  }
  async loadEnvelopes() {
    return [...this.#envelopes.values()].map((e) => structuredClone(e));
  }
  async commit(envelopes: Envelope[], outbox: OutboxEntry[]) {
    const envs = envelopes.map((e) => structuredClone(e));
    const out = outbox.map((o) => structuredClone(o));
    for (const e of envs) this.#envelopes.set(e.id, e);
    for (const o of out) this.#outbox.set(o.mutationId, o);
  }
  async setVersions(versions: readonly EnvelopeVersion[]) {
    for (const { id, version } of versions) {
      const e = this.#envelopes.get(id);
      if (e) this.#envelopes.set(id, { ...e, version });
    }
  }
  async listOutbox() {
    return [...this.#outbox.values()].map((o) => structuredClone(o));
  }
  async removeOutbox(mutationIds: string[]) {
    for (const id of mutationIds) this.#outbox.delete(id);
  }
  async clear() {
    this.#meta.clear();
    this.#envelopes.clear();
    this.#outbox.clear();
  }
}
