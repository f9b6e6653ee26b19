/**
 * The store on Kysely: one class for both databases, implementing every port (AccountStore,
 * SessionStore, SpaceStore) over one connection. Only the transaction runner (tx.ts) and
 * the connection (sqlite.ts, postgres.ts) differ per dialect.
 */
import { type KeyBlobName, LIMITS } from '@securebase/core/protocol';
import * as accounts from './accounts.ts';
import * as attempts from './attempts.ts';
import type { NewAccount, PendingLogin, PushMutation, Session, SyncStore } from './port.ts';
import * as push from './push.ts';
import { PushQueue } from './pushQueue.ts';
import { DEFAULT_QUOTA, type Quota } from './quota.ts';
import * as sessions from './sessions.ts';
import * as spaces from './spaces.ts';
import { type Db, isDataError, type TxRunner } from './tx.ts';

/** Push bodies that may wait for a transaction, per process (backpressure beyond: 503). */
const MAX_WAITING_BYTES = 64 * 1024 * 1024;

export class KyselySyncStore implements SyncStore {
  readonly dialect: 'sqlite' | 'postgres';
  readonly #db: Db;
  readonly #tx: TxRunner;
  /** Group commit: pushes that arrive during a write share the next transaction. */
  readonly pushes: PushQueue<push.PushJob, push.PushJobResult>;

  readonly #quota: Quota;

  constructor(db: Db, tx: TxRunner, quota: Quota = DEFAULT_QUOTA) {
    this.#db = db;
    this.#tx = tx;
    this.#quota = quota;
    this.dialect = tx.dialect;
    this.pushes = new PushQueue((jobs) => push.pushMany(db, tx, quota, jobs), {
      maxMutations: LIMITS.pushBatch,
      maxWaitingBytes: MAX_WAITING_BYTES,
      sizeOf: push.jobBytes,
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
  async deleteAccount(id: string) {
    await accounts.deleteAccount(this.#tx, id);
    await this.#tx.scrub();
  }
  putPendingLogin(p: PendingLogin) {
    return sessions.putPendingLogin(this.#db, p);
  }
  takePendingLogin(id: string) {
    return sessions.takePendingLogin(this.#db, id);
  }
  createSession(s: Session & { tokenHash: string }) {
    return sessions.createSession(this.#db, s);
  }
  sessionByTokenHash(tokenHash: string) {
    return sessions.sessionByTokenHash(this.#tx.reader, tokenHash);
  }
  touchSession(id: string, now: number) {
    return sessions.touchSession(this.#db, id, now);
  }
  listSessions(accountId: string) {
    return sessions.listSessions(this.#tx.reader, accountId);
  }
  deleteSession(accountId: string, sessionId: string) {
    return sessions.deleteSession(this.#db, accountId, sessionId);
  }
  purgeExpired(now: number, idleMs: number) {
    return sessions.purgeExpired(this.#db, now, idleMs);
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
    return spaces.createSpace(this.#tx, this.#quota, spaceId, accountId, now);
  }
  listSpaces(accountId: string) {
    return spaces.listSpaces(this.#tx.reader, accountId);
  }
  push(accountId: string, spaceId: string, mutations: PushMutation[]) {
    return this.pushes.push({ accountId, spaceId, mutations });
  }
  pull(accountId: string, spaceId: string, since: number, limit: number) {
    return spaces.pull(this.#tx, accountId, spaceId, since, limit);
  }
  async close() {
    await this.#tx.close();
    await this.#db.destroy();
  }
}
