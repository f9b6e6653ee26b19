/**
 * Table types for Kysely. Times are epoch milliseconds (bigint in PostgreSQL, parsed to
 * number; integer in SQLite). Byte columns are blob / bytea and come back as Buffers.
 */
export interface AccountsTable {
  id: string;
  identifier: string;
  registration_record: string;
  recovery_token_hash: string;
  created_at: number;
  updated_at: number;
}

export interface KeyBlobsTable {
  account_id: string;
  name: string;
  data: Uint8Array;
  updated_at: number;
}

export interface PendingLoginsTable {
  id: string;
  account_id: string | null;
  identifier: string;
  state: string;
  expires_at: number;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  account_id: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export interface SpacesTable {
  id: string;
  version: number;
  created_at: number;
  /** Envelope bytes stored, plus MUTATION_ROW_BYTES per kept mutation id (quota.ts). */
  bytes: number;
}

export interface MembershipsTable {
  space_id: string;
  account_id: string;
  role: string;
  created_at: number;
}

export interface RecordsTable {
  space_id: string;
  record_id: string;
  version: number;
  format: number;
  key_id: string;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
  /** The mutation that wrote this copy (null on rows written before migration 0002). */
  last_mutation_id: string | null;
}

/** Mutation ids whose write was later replaced (the current one is on the record row). */
export interface MutationsTable {
  space_id: string;
  mutation_id: string;
  record_id: string;
  version: number;
}

/** Credential attempts per keyed hash of an identifier or address (attempts.ts). */
export interface AuthAttemptsTable {
  key: string;
  count: number;
  blocked_until: number;
  updated_at: number;
}

export interface Database {
  accounts: AccountsTable;
  key_blobs: KeyBlobsTable;
  pending_logins: PendingLoginsTable;
  sessions: SessionsTable;
  spaces: SpacesTable;
  memberships: MembershipsTable;
  records: RecordsTable;
  mutations: MutationsTable;
  auth_attempts: AuthAttemptsTable;
}
