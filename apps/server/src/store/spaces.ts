/**
 * Spaces and pull, written once for both databases: creating a space (its creator is its
 * owner), listing an account's spaces, and reading a page of a space's envelopes after a
 * cursor, in one snapshot that also checks membership.
 */
import { err, ok, type Result } from '@securebase/core/protocol';
import type { NotMember, PullPage, QuotaExceeded, SpaceSummary, StoredEnvelope } from './port.ts';
import type { Quota } from './quota.ts';
import type { RecordsTable } from './schema.ts';
import { type Db, fromDb, isUniqueViolation, type TxRunner } from './tx.ts';

export const notMember = err<NotMember>({ type: 'NotMember' });

/** Named, never `*` (see accounts.ts: prepared statements outlive migrations). */
const ENVELOPE_COLUMNS = [
  'space_id',
  'record_id',
  'version',
  'format',
  'key_id',
  'nonce',
  'ciphertext',
] as const;

export function toEnvelope(
  r: Pick<RecordsTable, (typeof ENVELOPE_COLUMNS)[number]>,
): StoredEnvelope {
  return {
    id: r.record_id,
    spaceId: r.space_id,
    version: r.version,
    format: r.format,
    keyId: r.key_id,
    nonce: fromDb(r.nonce),
    ciphertext: fromDb(r.ciphertext),
  };
}

export function pull(
  tx: TxRunner,
  accountId: string,
  spaceId: string,
  since: number,
  limit: number,
): Promise<Result<PullPage, NotMember>> {
  return tx.read(async (db) => {
    const space = await db
      .selectFrom('spaces')
      .innerJoin('memberships', 'memberships.space_id', 'spaces.id')
      .select('spaces.version')
      .where('spaces.id', '=', spaceId)
      .where('memberships.account_id', '=', accountId)
      .executeTakeFirst();
    if (!space) return notMember;
    const rows = await db
      .selectFrom('records')
      .select(ENVELOPE_COLUMNS)
      .where('space_id', '=', spaceId)
      .where('version', '>', since)
      .orderBy('version')
      .limit(limit)
      .execute();
    const cursor = rows.at(-1)?.version ?? since;
    return ok({
      records: rows.map(toEnvelope),
      cursor,
      spaceVersion: space.version,
      hasMore: cursor < space.version,
    });
  });
}

export async function createSpace(
  tx: TxRunner,
  quota: Quota,
  spaceId: string,
  accountId: string,
  now: number,
): Promise<Result<void, { type: 'SpaceExists' } | { type: 'NoAccount' } | QuotaExceeded>> {
  try {
    return await tx.write(async (db) => {
      // The account must still exist, and stay so until this commits (deleteAccount takes
      // the row FOR UPDATE before it reads the memberships); SQLite's write lock is global.
      // FOR UPDATE, not SHARE: two creates for one account then count its spaces in turn.
      let account = db.selectFrom('accounts').select('id').where('id', '=', accountId);
      if (tx.dialect === 'postgres') account = account.forUpdate();
      if (!(await account.executeTakeFirst())) return err({ type: 'NoAccount' as const });
      const member = await db
        .selectFrom('memberships')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      if (Number(member?.n ?? 0) >= quota.spaces) return err({ type: 'QuotaExceeded' as const });
      const exists = await db
        .selectFrom('spaces')
        .select('id')
        .where('id', '=', spaceId)
        .executeTakeFirst();
      if (exists) return err({ type: 'SpaceExists' as const });
      await db
        .insertInto('spaces')
        .values({ id: spaceId, version: 0, created_at: now, bytes: 0 })
        .execute();
      await db
        .insertInto('memberships')
        .values({ space_id: spaceId, account_id: accountId, role: 'owner', created_at: now })
        .execute();
      return ok(undefined);
    });
  } catch (e) {
    if (isUniqueViolation(e)) return err({ type: 'SpaceExists' });
    throw e;
  }
}

export async function listSpaces(db: Db, accountId: string): Promise<SpaceSummary[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('spaces', 'spaces.id', 'memberships.space_id')
    .select(['spaces.id', 'spaces.version', 'memberships.role'])
    .where('memberships.account_id', '=', accountId)
    .orderBy('spaces.created_at')
    .execute();
  return rows.map((r) => ({
    spaceId: r.id,
    version: r.version,
    role: r.role === 'owner' ? 'owner' : 'member',
  }));
}
