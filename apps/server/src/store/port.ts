/**
 * The store ports: everything the server keeps, split by what it stores (AccountStore,
 * SessionStore, SpaceStore); SyncStore is all three over one database. Each consumer asks
 * for the narrowest one it needs. Adapters: SQLite and PostgreSQL, both through one Kysely
 * query code base (kysely.ts); one contract suite (contract.test.ts).
 *
 * Invariants every adapter keeps:
 * - A space's version only grows, by one per applied mutation, allocated while holding that
 *   space's lock inside the push transaction; a pull cursor is a version in that space.
 * - A push is all-or-nothing, and a mutation id applied once is never applied again.
 * - Push and pull check membership in the same transaction that reads or writes.
 * - Envelope bytes and key blobs are stored and returned unchanged; nothing here opens them.
 */
import type { KeyBlobName, Result } from '@securebase/core/protocol';
import type { AttemptLog } from './attempts.ts';

export interface Account {
  id: string;
  identifier: string;
  registrationRecord: string;
  recoveryTokenHash: string;
  createdAt: number;
}

export interface NewAccount extends Account {
  keys: Partial<Record<KeyBlobName, Uint8Array>>;
}

export interface PendingLogin {
  id: string;
  /** null for an unknown identifier: the login goes on with a fake record and fails at the end. */
  accountId: string | null;
  /** As typed at sign-in, for counting failures per identifier (known or not). */
  identifier: string;
  state: string;
  expiresAt: number;
}

export interface Session {
  id: string;
  accountId: string;
  createdAt: number;
  lastSeenAt: number;
  /** Absolute expiry. */
  expiresAt: number;
}

export interface StoredEnvelope {
  id: string;
  spaceId: string;
  version: number;
  format: number;
  keyId: string;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

export interface PushMutation {
  mutationId: string;
  baseVersion: number;
  envelope: Omit<StoredEnvelope, 'version'>;
}

export type PushOutcome =
  | { mutationId: string; status: 'applied'; version: number }
  | { mutationId: string; status: 'conflict'; current: StoredEnvelope | null };

export interface PushBatchResult {
  results: PushOutcome[];
  spaceVersion: number;
}

export interface PullPage {
  records: StoredEnvelope[];
  cursor: number;
  spaceVersion: number;
  hasMore: boolean;
}

export interface SpaceSummary {
  spaceId: string;
  version: number;
  role: 'owner' | 'member';
}

export type NotMember = { type: 'NotMember' };
/** The account's storage quota (quota.ts) does not allow it. */
export type QuotaExceeded = { type: 'QuotaExceeded' };

/** Accounts and what they own outright: the OPAQUE record, recovery hash and key blobs. */
export interface AccountStore {
  createAccount(a: NewAccount): Promise<Result<void, { type: 'IdentifierTaken' }>>;
  accountByIdentifier(identifier: string): Promise<Account | undefined>;
  account(id: string): Promise<Account | undefined>;
  /** New OPAQUE record and the account key re-wrapped for it; ends all sessions but `keep`. */
  setPassword(
    accountId: string,
    registrationRecord: string,
    opaqueKey: Uint8Array,
    keep: string | null,
    now: number,
  ): Promise<void>;
  /**
   * Recovery: a new password and a new recovery key at once, all sessions ended; false (and
   * nothing written) if the recovery token is no longer `usedTokenHash`.
   */
  recover(
    accountId: string,
    usedTokenHash: string,
    password: { registrationRecord: string; opaqueKey: Uint8Array },
    recovery: { tokenHash: string; recoveryKey: Uint8Array },
    now: number,
  ): Promise<boolean>;
  setRecovery(
    accountId: string,
    tokenHash: string,
    recoveryKey: Uint8Array,
    now: number,
  ): Promise<void>;
  putKeyBlob(accountId: string, name: KeyBlobName, data: Uint8Array, now: number): Promise<void>;
  keyBlobs(accountId: string): Promise<Partial<Record<KeyBlobName, Uint8Array>>>;
  /** Erases the account, its sessions, key blobs, memberships, and every space left without members. */
  deleteAccount(accountId: string): Promise<void>;
}

/** Sign-ins in progress and signed-in sessions. */
export interface SessionStore {
  putPendingLogin(p: PendingLogin): Promise<void>;
  /** Returns and removes it, so a login state is used at most once. */
  takePendingLogin(id: string): Promise<PendingLogin | undefined>;

  createSession(s: Session & { tokenHash: string }): Promise<void>;
  sessionByTokenHash(tokenHash: string): Promise<Session | undefined>;
  touchSession(id: string, now: number): Promise<void>;
  listSessions(accountId: string): Promise<Session[]>;
  deleteSession(accountId: string, sessionId: string): Promise<boolean>;
  /** Removes expired sessions and pending logins. */
  purgeExpired(now: number, idleMs: number): Promise<void>;
}

/** Spaces, their members and the envelopes in them: what sync reads and writes. */
export interface SpaceStore {
  /**
   * NoAccount: the account was deleted after the session was checked. QuotaExceeded: it
   * already belongs to as many spaces as its quota allows.
   */
  createSpace(
    spaceId: string,
    accountId: string,
    now: number,
  ): Promise<Result<void, { type: 'SpaceExists' } | { type: 'NoAccount' } | QuotaExceeded>>;
  listSpaces(accountId: string): Promise<SpaceSummary[]>;
  /**
   * QuotaExceeded: applying the push would grow the account's spaces past its byte quota;
   * nothing of it is written (a push that frees space or stays within it goes through).
   */
  push(
    accountId: string,
    spaceId: string,
    mutations: PushMutation[],
  ): Promise<Result<PushBatchResult, NotMember | QuotaExceeded>>;
  pull(
    accountId: string,
    spaceId: string,
    since: number,
    limit: number,
  ): Promise<Result<PullPage, NotMember>>;
}

/**
 * All three over one database, as the server opens it (open.ts), and the credential
 * attempts (attempts.ts), kept there so every process shares them.
 */
export interface SyncStore extends AccountStore, SessionStore, SpaceStore, AttemptLog {
  readonly dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
}
