/**
 * An in-memory sync server behind the `SyncTransport` port, with the protocol's rules
 * (docs/protocol.md): a version counter per space, pushes idempotent by mutation id, a
 * conflict when the base version is not the record's current one, pulls in version order.
 * `snapshot` and `restore` stand for a backup and a restore from it, which sets the
 * versions back.
 */

import type { PushResult, WireEnvelope } from '../src/protocol/protocol.ts';
import { err, ok } from '../src/result.ts';
import type { SyncTransport } from '../src/sync/clientHttp.ts';

declare function structuredClone<T>(value: T): T;

interface Space {
  version: number;
  records: Map<string, WireEnvelope>;
  results: Map<string, PushResult>;
}

export type ServerSnapshot = Map<string, Space>;

export class MemorySyncServer {
  #spaces: Map<string, Space> = new Map();
  /** Requests answered, by kind. */
  readonly calls = { push: 0, pull: 0 };

  snapshot(): ServerSnapshot {
    return structuredClone(this.#spaces);
  }

  restore(snapshot: ServerSnapshot): void {
    this.#spaces = structuredClone(snapshot);
  }

  /** The server's copy of a space, newest version last. */
  records(spaceId: string): WireEnvelope[] {
    return [...(this.#spaces.get(spaceId)?.records.values() ?? [])].sort(
      (a, b) => a.version - b.version,
    );
  }

  readonly transport: SyncTransport = {
    push: async (spaceId, body) => {
      this.calls.push++;
      const space = this.#spaces.get(spaceId);
      if (!space) return err({ type: 'Http', status: 404, code: 'not_found' });
      const results = body.mutations.map((m): PushResult => {
        const seen = space.results.get(m.mutationId);
        if (seen) return seen;
        const current = space.records.get(m.envelope.id) ?? null;
        if ((current?.version ?? 0) !== m.baseVersion)
          return { mutationId: m.mutationId, status: 'conflict', current };
        const version = ++space.version;
        space.records.set(m.envelope.id, { ...m.envelope, version });
        const applied: PushResult = { mutationId: m.mutationId, status: 'applied', version };
        space.results.set(m.mutationId, applied);
        return applied;
      });
      return ok({ results, spaceVersion: space.version });
    },
    pull: async (spaceId, since, limit = 1000) => {
      this.calls.pull++;
      const space = this.#spaces.get(spaceId);
      if (!space) return err({ type: 'Http', status: 404, code: 'not_found' });
      const newer = this.records(spaceId).filter((r) => r.version > since);
      const records = newer.slice(0, limit);
      const cursor = records.at(-1)?.version ?? since;
      return ok({
        records,
        cursor,
        spaceVersion: space.version,
        hasMore: newer.length > limit,
      });
    },
    createSpace: async (spaceId) => {
      if (this.#spaces.has(spaceId))
        return err({ type: 'Http', status: 409, code: 'space_exists' });
      this.#spaces.set(spaceId, { version: 0, records: new Map(), results: new Map() });
      return ok(null);
    },
  };
}
