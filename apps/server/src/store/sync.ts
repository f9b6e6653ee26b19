/**
 * Spaces, push and pull: the heart of DESIGN §6, written once for both databases.
 *
 * Push runs in one write transaction: membership check and space lock in one query (FOR
 * UPDATE on PostgreSQL; SQLite already holds the write lock from BEGIN IMMEDIATE), then each
 * mutation, in order, is either a replay (its id is in `mutations`: answer with the version
 * it got), a conflict (the record's version ≠ baseVersion: answer with the server's copy,
 * write nothing for it), or applied under the next version. A batch costs the same number
 * of statements whatever its size. The space's version is written in the same transaction,
 * so versions become visible in order and a cursor never skips a row that commits late.
 */
import { err, ok, type Result } from '@securebase/core/sync';
import { sql } from 'kysely';
import type {
  NotMember,
  PullPage,
  PushBatchResult,
  PushMutation,
  PushOutcome,
  SpaceSummary,
  StoredEnvelope,
} from './port.ts';
import type { MutationsTable, RecordsTable } from './schema.ts';
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

/**
 * The current copy of every record the batch names, and the version of every mutation id
 * already applied, in one round trip (a UNION ALL: rows with a mutation_id are replays).
 */
async function existing(db: Db, spaceId: string, mutations: PushMutation[]) {
  const mutationIds = mutations.map((m) => m.mutationId);
  const recordIds = [...new Set(mutations.map((m) => m.envelope.id))];
  // Replays first: their null columns take their types from the records branch.
  const rows = await db
    .selectFrom('mutations')
    .select((eb) => [
      'record_id',
      'version',
      sql<number | null>`null`.as('format'),
      sql<string | null>`null`.as('key_id'),
      sql<Uint8Array | null>`null`.as('nonce'),
      sql<Uint8Array | null>`null`.as('ciphertext'),
      eb.ref('mutation_id').$castTo<string | null>().as('mutation_id'),
    ])
    .where('space_id', '=', spaceId)
    .where('mutation_id', 'in', mutationIds)
    .unionAll(
      db
        .selectFrom('records')
        .select(['record_id', 'version', 'format', 'key_id', 'nonce', 'ciphertext'])
        .select(sql<string | null>`null`.as('mutation_id'))
        .where('space_id', '=', spaceId)
        .where('record_id', 'in', recordIds),
    )
    .execute();
  const replays = new Map<string, number>();
  const current = new Map<string, RecordsTable>();
  for (const r of rows) {
    if (r.mutation_id !== null) replays.set(r.mutation_id, r.version);
    else if (r.format !== null && r.key_id !== null && r.nonce && r.ciphertext) {
      const { record_id, version, format, key_id, nonce, ciphertext } = r;
      current.set(record_id, {
        space_id: spaceId,
        record_id,
        version,
        format,
        key_id,
        nonce,
        ciphertext,
      });
    }
  }
  return { replays, current };
}

/** Decides every mutation in order against the state before the batch plus the batch so far. */
function decide(
  spaceId: string,
  start: number,
  mutations: PushMutation[],
  seen: Awaited<ReturnType<typeof existing>>,
) {
  let version = start;
  const results: PushOutcome[] = [];
  const writes = new Map<string, RecordsTable>();
  const applied: MutationsTable[] = [];
  for (const m of mutations) {
    const replay = seen.replays.get(m.mutationId);
    if (replay !== undefined) {
      results.push({ mutationId: m.mutationId, status: 'applied', version: replay });
      continue;
    }
    const cur = seen.current.get(m.envelope.id);
    if ((cur?.version ?? 0) !== m.baseVersion) {
      results.push({
        mutationId: m.mutationId,
        status: 'conflict',
        current: cur ? toEnvelope(cur) : null,
      });
      continue;
    }
    version += 1;
    const row: RecordsTable = {
      space_id: spaceId,
      record_id: m.envelope.id,
      version,
      format: m.envelope.format,
      key_id: m.envelope.keyId,
      nonce: toBuffer(m.envelope.nonce),
      ciphertext: toBuffer(m.envelope.ciphertext),
    };
    writes.set(row.record_id, row);
    seen.current.set(row.record_id, row);
    seen.replays.set(m.mutationId, version);
    applied.push({
      space_id: spaceId,
      mutation_id: m.mutationId,
      record_id: row.record_id,
      version,
    });
    results.push({ mutationId: m.mutationId, status: 'applied', version });
  }
  return { version, results, writes: [...writes.values()], applied };
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
    const { version, results, writes, applied } = decide(
      spaceId,
      start,
      mutations,
      await existing(db, spaceId, mutations),
    );
    if (writes.length) {
      await db
        .insertInto('records')
        .values(writes)
        .onConflict((oc) =>
          oc.columns(['space_id', 'record_id']).doUpdateSet((eb) => ({
            version: eb.ref('excluded.version'),
            format: eb.ref('excluded.format'),
            key_id: eb.ref('excluded.key_id'),
            nonce: eb.ref('excluded.nonce'),
            ciphertext: eb.ref('excluded.ciphertext'),
          })),
        )
        .execute();
      await db.insertInto('mutations').values(applied).execute();
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
