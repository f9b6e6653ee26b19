/**
 * The one place records become envelopes and envelopes become records again, for storage
 * and for sync alike.
 *
 * Invariants:
 * - `seal` uses the newest key of the record's space, and refuses once the keys are closed
 *   (zeroed keys would store envelopes nobody can open);
 * - `open` accepts an envelope only if it opens under its own id, space and key id (the
 *   AEAD binds them), its plaintext is a valid record (frame and body, migrated to the
 *   current schema) and that record carries the envelope's id; anything else is a
 *   `LoadProblem` value, never an exception and never a partial record.
 */
import { fromUtf8, utf8 } from '../bytes.ts';
import { type Envelope, open, seal } from '../crypto/envelope.ts';
import type { StoredRecord } from '../records/record.ts';
import type { LoadProblem } from './journal.ts';
import type { SpaceKeys } from './keyCustody.ts';
import { normaliseRecord } from './normalise.ts';

/** An opened envelope, or why it did not open (a `LoadProblem`, which carries no `type`). */
export type Opened = { ok: true; value: StoredRecord } | { ok: false; error: LoadProblem };

export class Sealer {
  readonly #keys: SpaceKeys;

  constructor(keys: SpaceKeys) {
    this.#keys = keys;
  }

  /** The record sealed into `spaceId` at server version `version` (which the AEAD does not bind). */
  seal(record: StoredRecord, spaceId: string, version: number): Envelope {
    if (this.#keys.closed) throw new Error('vault is closed');
    const key = this.#keys.currentKey(spaceId);
    if (!key) throw new Error(`no key for space ${spaceId}`);
    return seal(key, record.id, utf8(JSON.stringify(record)), version);
  }

  open(env: Envelope): Opened {
    const problem = (reason: string): Opened => ({
      ok: false,
      error: { envelopeId: env.id, reason },
    });
    const plain = open((keyId, spaceId) => this.#keys.findKey(keyId, spaceId), env);
    if (!plain.ok) return problem(plain.error.type);
    let raw: unknown;
    try {
      raw = JSON.parse(fromUtf8(plain.value));
    } catch {
      return problem('NotJson');
    }
    try {
      const rec = normaliseRecord(raw);
      if (rec.id !== env.id) return problem('record id differs from envelope id');
      return { ok: true, value: rec };
    } catch (e) {
      return problem(e instanceof Error ? e.message : 'invalid record');
    }
  }
}
