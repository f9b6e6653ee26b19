/**
 * Spaces, push and pull: the heart of DESIGN §6, written once for both databases.
 *
 * Push runs in one write transaction: membership check and space lock in one query (FOR
 * UPDATE on PostgreSQL; SQLite already holds the write lock from BEGIN IMMEDIATE), then each
 * mutation is either a replay (its id is in `mutations`: answer with the version it got),
 * a conflict (the record's version ≠ baseVersion: answer with the server's copy, write
 * nothing for it), or applied under the next version. The space's version is written last,
 * in the same transaction, so versions become visible in order and a cursor never skips a
 * row that commits late.
 */
import { err, ok, type Result } from '@securebase/core/sync';
import type {
  NotMember,
  PullPage,
  PushBatchResult,
  PushMutation,
  PushOutcome,
  SpaceSummary,
  StoredEnvelope,
} from './port.ts';
import type { RecordsTable } from './schema.ts';
import { type Db, fromDb, isUniqueViolation, type TxRunner, toBuffer } from './tx.ts';

const notMember = err<NotMember>({ type: 'NotMember' });

function toEnvelope(r: RecordsTable): StoredEnvelope {
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

async function lockedVersion(tx: TxRunner, db: Db, accountId: string, spaceId: string) {
  const q = db
    .selectFrom('spaces')
    .innerJoin('memberships', 'memberships.space_id', 'spaces.id')
    .select('spaces.version')
    .where('spaces.id', '=', spaceId)
    .where('memberships.account_id', '=', accountId);
  const row = await (tx.dialect === 'postgres' ? q.forUpdate('spaces') : q).executeTakeFirst();
  return row?.version;
}

/** Returns the outcome and whether it wrote version `next`. */
async function applyOne(
  db: Db,
  spaceId: string,
  m: PushMutation,
  next: number,
): Promise<[PushOutcome, boolean]> {
  const replay = await db
    .selectFrom('mutations')
    .select('version')
    .where('space_id', '=', spaceId)
    .where('mutation_id', '=', m.mutationId)
    .executeTakeFirst();
  if (replay)
    return [{ mutationId: m.mutationId, status: 'applied', version: replay.version }, false];
  const current = await db
    .selectFrom('records')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('record_id', '=', m.envelope.id)
    .executeTakeFirst();
  if ((current?.version ?? 0) !== m.baseVersion) {
    const copy = current ? toEnvelope(current) : null;
    return [{ mutationId: m.mutationId, status: 'conflict', current: copy }, false];
  }
  const row = {
    space_id: spaceId,
    record_id: m.envelope.id,
    version: next,
    format: m.envelope.format,
    key_id: m.envelope.keyId,
    nonce: toBuffer(m.envelope.nonce),
    ciphertext: toBuffer(m.envelope.ciphertext),
  };
  await db
    .insertInto('records')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['space_id', 'record_id']).doUpdateSet({
        version: next,
        format: row.format,
        key_id: row.key_id,
        nonce: row.nonce,
        ciphertext: row.ciphertext,
      }),
    )
    .execute();
  await db
    .insertInto('mutations')
    .values({
      space_id: spaceId,
      mutation_id: m.mutationId,
      record_id: m.envelope.id,
      version: next,
    })
    .execute();
  return [{ mutationId: m.mutationId, status: 'applied', version: next }, true];
}

export function push(
  tx: TxRunner,
  accountId: string,
  spaceId: string,
  mutations: PushMutation[],
): Promise<Result<PushBatchResult, NotMember>> {
  return tx.write(async (db) => {
    const start = await lockedVersion(tx, db, accountId, spaceId);
    if (start === undefined) return notMember;
    let version = start;
    const results: PushOutcome[] = [];
    for (const m of mutations) {
      const [out, wrote] = await applyOne(db, spaceId, m, version + 1);
      if (wrote) version += 1;
      results.push(out);
    }
    if (version !== start) {
      await db.updateTable('spaces').set({ version }).where('id', '=', spaceId).execute();
    }
    return ok({ results, spaceVersion: version });
  });
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
      .selectAll()
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
  spaceId: string,
  accountId: string,
  now: number,
): Promise<Result<void, { type: 'SpaceExists' }>> {
  try {
    return await tx.write(async (db) => {
      const exists = await db
        .selectFrom('spaces')
        .select('id')
        .where('id', '=', spaceId)
        .executeTakeFirst();
      if (exists) return err({ type: 'SpaceExists' as const });
      await db.insertInto('spaces').values({ id: spaceId, version: 0, created_at: now }).execute();
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
