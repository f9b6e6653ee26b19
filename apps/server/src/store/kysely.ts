/**
 * The SyncStore on Kysely: one class for both databases. Only the transaction runner
 * (tx.ts) and the connection (sqlite.ts, postgres.ts) differ per dialect.
 */
import { type KeyBlobName, LIMITS } from '@securebase/core/protocol';
import * as accounts from './accounts.ts';
import * as attempts from './attempts.ts';
import type { NewAccount, PendingLogin, PushMutation, Session, SyncStore } from './port.ts';
import { PushQueue } from './pushQueue.ts';
import * as sync from './sync.ts';
import { type Db, isDataError, type TxRunner } from './tx.ts';

/** Push bodies that may wait for a transaction, per process (backpressure beyond: 503). */
const MAX_WAITING_BYTES = 64 * 1024 * 1024;

export class KyselySyncStore implements SyncStore {
  readonly dialect: 'sqlite' | 'postgres';
  readonly #db: Db;
  readonly #tx: TxRunner;
  /** Group commit: pushes that arrive during a write share the next transaction. */
  readonly pushes: PushQueue<sync.PushJob, sync.PushJobResult>;

  constructor(db: Db, tx: TxRunner) {
    this.#db = db;
    this.#tx = tx;
    this.dialect = tx.dialect;
    this.pushes = new PushQueue((jobs) => sync.pushMany(db, tx, jobs), {
      maxMutations: LIMITS.pushBatch,
      maxWaitingBytes: MAX_WAITING_BYTES,
      sizeOf: sync.jobBytes,
      isJobError: isDataError,
    });
  }

  createAccount(a: NewAccount) {
    return accounts.createAccount(this.#tx, a);
  }
  accountByIdentifier(identifier: string) {
    return accounts.accountBy(this.#tx.reader, 'identifier', identifier);
  }
  account(id: string) {
    return accounts.accountBy(this.#tx.reader, 'id', id);
  }
  setPassword(id: string, record: string, key: Uint8Array, keep: string | null, now: number) {
    return accounts.setPassword(this.#tx, id, record, key, keep, now);
  }
  recover(
    id: string,
    usedTokenHash: string,
    password: { registrationRecord: string; opaqueKey: Uint8Array },
    recovery: { tokenHash: string; recoveryKey: Uint8Array },
    now: number,
  ) {
    return accounts.recover(this.#tx, id, usedTokenHash, password, recovery, now);
  }
  setRecovery(id: string, tokenHash: string, key: Uint8Array, now: number) {
    return accounts.setRecovery(this.#tx, id, tokenHash, key, now);
  }
  putKeyBlob(id: string, name: KeyBlobName, data: Uint8Array, now: number) {
    return accounts.putKeyBlob(this.#tx, id, name, data, now);
  }
  keyBlobs(id: string) {
    return accounts.keyBlobs(this.#tx.reader, id);
  }
  deleteAccount(id: string) {
    return accounts.deleteAccount(this.#tx, id);
  }
  putPendingLogin(p: PendingLogin) {
    return accounts.putPendingLogin(this.#db, p);
  }
  takePendingLogin(id: string) {
    return accounts.takePendingLogin(this.#db, id);
  }
  createSession(s: Session & { tokenHash: string }) {
    return accounts.createSession(this.#db, s);
  }
  sessionByTokenHash(tokenHash: string) {
    return accounts.sessionByTokenHash(this.#tx.reader, tokenHash);
  }
  async touchSession(id: string, now: number) {
    await this.#db
      .updateTable('sessions')
      .set({ last_seen_at: now })
      .where('id', '=', id)
      .execute();
  }
  listSessions(accountId: string) {
    return accounts.listSessions(this.#tx.reader, accountId);
  }
  async deleteSession(accountId: string, sessionId: string) {
    const r = await this.#db
      .deleteFrom('sessions')
      .where('account_id', '=', accountId)
      .where('id', '=', sessionId)
      .executeTakeFirst();
    return r.numDeletedRows > 0n;
  }
  purgeExpired(now: number, idleMs: number) {
    return accounts.purgeExpired(this.#db, now, idleMs);
  }
  attempt(keys: string[], now: number, waitAfter: (count: number) => number) {
    return attempts.attempt(this.#tx, keys, now, waitAfter);
  }
  clearAttempts(key: string) {
    return attempts.clearAttempts(this.#tx, key);
  }
  forgiveAttempt(key: string, waitAfter: (count: number) => number) {
    return attempts.forgiveAttempt(this.#tx, key, waitAfter);
  }
  purgeAttempts(before: number) {
    return attempts.purgeAttempts(this.#tx, before);
  }
  createSpace(spaceId: string, accountId: string, now: number) {
    return sync.createSpace(this.#tx, spaceId, accountId, now);
  }
  listSpaces(accountId: string) {
    return sync.listSpaces(this.#tx.reader, accountId);
  }
  push(accountId: string, spaceId: string, mutations: PushMutation[]) {
    return this.pushes.push({ accountId, spaceId, mutations });
  }
  pull(accountId: string, spaceId: string, since: number, limit: number) {
    return sync.pull(this.#tx, accountId, spaceId, since, limit);
  }
  async close() {
    await this.#tx.close();
    await this.#db.destroy();
  }
}
