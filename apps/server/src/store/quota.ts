/**
 * Per-account storage quota: while sign-up is open, one account must not be able to fill
 * the server's disk. An account may be a member of at most `spaces` spaces, and the spaces
 * it belongs to may hold at most `bytes` between them. Bytes are the envelopes' nonces and
 * ciphertexts, plus a fixed charge for each replaced mutation id the server keeps (so
 * rewriting one record forever is not free either).
 *
 * The check runs inside the push transaction, against the account's spaces as committed:
 * exact on SQLite (one writer) and within one server process; two PostgreSQL processes
 * pushing to two spaces of one account at the same instant can overshoot by one push each.
 */
import { sql } from 'kysely';
import type { Db } from './tx.ts';

export interface Quota {
  bytes: number;
  spaces: number;
}

/** Generous for years of daily entries (a check-in seals to well under 1 KiB). */
export const DEFAULT_QUOTA: Quota = { bytes: 100 * 1024 * 1024, spaces: 20 };

/** What a kept mutation id row costs against the quota: its ids and version, rounded up. */
export const MUTATION_ROW_BYTES = 128;

/**
 * The quota of `securebase serve`: SECUREBASE_QUOTA_MB (MiB per account) and
 * SECUREBASE_QUOTA_SPACES, each a whole number of at least 1; the defaults otherwise.
 */
export function quotaFromEnv(env: Record<string, string | undefined>): Quota {
  const read = (name: string, fallback: number, unit: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1`);
    return n * unit;
  };
  return {
    bytes: read('SECUREBASE_QUOTA_MB', DEFAULT_QUOTA.bytes, 1024 * 1024),
    spaces: read('SECUREBASE_QUOTA_SPACES', DEFAULT_QUOTA.spaces, 1),
  };
}

/** Bytes one stored envelope counts for. */
export const envelopeBytes = (e: { nonce: Uint8Array; ciphertext: Uint8Array }) =>
  e.nonce.byteLength + e.ciphertext.byteLength;

/** Bytes stored in all the spaces each account belongs to, as committed. */
export function usage(db: Db, accountIds: string[]) {
  return db
    .selectFrom('memberships')
    .innerJoin('spaces', 'spaces.id', 'memberships.space_id')
    .select([
      'memberships.account_id',
      sql<number>`cast(coalesce(sum(${sql.ref('spaces.bytes')}), 0) as bigint)`.as('used'),
    ])
    .where('memberships.account_id', 'in', accountIds)
    .groupBy('memberships.account_id')
    .compile();
}
