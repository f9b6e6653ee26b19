/**
 * Push, written once for both databases.
 *
 * Push runs in one write transaction: membership check and space lock in one query (FOR
 * UPDATE on PostgreSQL; SQLite already holds the write lock from BEGIN IMMEDIATE), then each
 * mutation, in order, is either a replay (its id is on the record's row, or in `mutations`
 * if a later write replaced it: answer with the version it got), a conflict (the record's version ≠ baseVersion: answer with the server's copy,
 * write nothing for it), or applied under the next version. The space's version is written
 * in the same transaction, so versions become visible in order and a cursor never skips a
 * row that commits late.
 *
 * One transaction may carry the pushes of several requests (`pushMany`, fed by the
 * PushQueue's group commit): it costs the same statements whatever the number of
 * requests and mutations, and decides them exactly as if they had run one after another.
 */
import { err, ok, type Result } from '@securebase/core/protocol';
import { type CompiledQuery, sql } from 'kysely';
import type {
  NotMember,
  PushBatchResult,
  PushMutation,
  PushOutcome,
  QuotaExceeded,
} from './port.ts';
import { type Writes, writeStatements } from './pushWrites.ts';
import { envelopeBytes, MUTATION_ROW_BYTES, type Quota, usage } from './quota.ts';
import type { RecordsTable } from './schema.ts';
import { notMember, toEnvelope } from './spaces.ts';
import { type Db, type TxRunner, toBuffer } from './tx.ts';

/** One push request: the mutations one session sends to one space. */
export interface PushJob {
  accountId: string;
  spaceId: string;
  mutations: PushMutation[];
}

export type PushJobResult = Result<PushBatchResult, NotMember | QuotaExceeded>;

const quotaExceeded = err<QuotaExceeded>({ type: 'QuotaExceeded' });

/** About how much memory a waiting job holds: its envelopes and their ids. */
export const jobBytes = (job: PushJob) =>
  job.mutations.reduce((n, m) => n + m.envelope.ciphertext.byteLength + 200, 0);

const pair = (a: string, b: string) => `${a} ${b}`;

/**
 * Membership check and space locks for every job, in one statement: the spaces' versions
 * for the (space, account) pairs that are members. On PostgreSQL the rows are locked in id
 * order, so two writers (two processes) never wait on each other in a cycle; SQLite
 * already holds the write lock from BEGIN IMMEDIATE.
 */
function lockSpaces(db: Db, dialect: TxRunner['dialect'], jobs: PushJob[]) {
  const q = db
    .selectFrom('spaces')
    .innerJoin('memberships', 'memberships.space_id', 'spaces.id')
    .select(['spaces.id', 'spaces.version', 'spaces.bytes', 'memberships.account_id'])
    .where('spaces.id', 'in', [...new Set(jobs.map((j) => j.spaceId))])
    .where('memberships.account_id', 'in', [...new Set(jobs.map((j) => j.accountId))])
    .orderBy('spaces.id');
  return (dialect === 'postgres' ? q.forUpdate('spaces') : q).compile();
}

/** `(a, b) IN (VALUES (?, ?), …)`: a lookup by full primary key, in both databases. */
function pairIn(a: string, b: string, pairs: Map<string, [string, string]>) {
  const rows = [...pairs.values()].map(([x, y]) => sql`(${x}, ${y})`);
  return sql<boolean>`(${sql.ref(a)}, ${sql.ref(b)}) in (values ${sql.join(rows)})`;
}

/**
 * The current copy of every record the jobs name (with the id of the mutation that wrote
 * it), and the version of every named mutation id that a later write replaced, in one
 * statement (a UNION ALL: rows with a mutation_id are replaced ids), both looked up by
 * primary key. It runs right after the lock, in the same transaction, so
 * it reads what the lock's previous holder committed. Rows of spaces the session may not
 * write are dropped by the caller, never answered.
 */
function existing(db: Db, jobs: PushJob[]) {
  const mutationKeys = new Map<string, [string, string]>();
  const recordKeys = new Map<string, [string, string]>();
  for (const j of jobs)
    for (const m of j.mutations) {
      mutationKeys.set(pair(j.spaceId, m.mutationId), [j.spaceId, m.mutationId]);
      recordKeys.set(pair(j.spaceId, m.envelope.id), [j.spaceId, m.envelope.id]);
    }
  if (!mutationKeys.size) return undefined;
  // Replays first: their null columns take their types from the records branch.
  return db
    .selectFrom('mutations')
    .select((eb) => [
      'space_id',
      'record_id',
      'version',
      sql<number | null>`null`.as('format'),
      sql<string | null>`null`.as('key_id'),
      sql<Uint8Array | null>`null`.as('nonce'),
      sql<Uint8Array | null>`null`.as('ciphertext'),
      eb.ref('mutation_id').$castTo<string | null>().as('mutation_id'),
      sql<string | null>`null`.as('last_mutation_id'),
    ])
    .where(pairIn('space_id', 'mutation_id', mutationKeys))
    .unionAll(
      db
        .selectFrom('records')
        .select(['space_id', 'record_id', 'version', 'format', 'key_id', 'nonce', 'ciphertext'])
        .select(sql<string | null>`null`.as('mutation_id'))
        .select('last_mutation_id')
        .where(pairIn('space_id', 'record_id', recordKeys)),
    )
    .compile();
}

/** What a space looks like to the jobs of one transaction, updated as each is decided. */
interface SpaceState {
  version: number;
  /** What the space counts against its members' quota (quota.ts). */
  bytes: number;
  /**
   * Mutation ids already applied, by `pair(mutationId, recordId)`, with the version each
   * got. A retry names the same record as the first try, so the record is part of the key:
   * an id a client reused for another record is a new mutation there, not a replay.
   */
  replays: Map<string, number>;
  /** The current copy of each record the jobs name. */
  current: Map<string, RecordsTable>;
}

type ExistingRow =
  NonNullable<ReturnType<typeof existing>> extends CompiledQuery<infer R> ? R : never;

/** The locked spaces the jobs may write, with the rows `existing` found in them. */
function spaceStates(
  locked: { id: string; version: number; bytes: number }[],
  seen: ExistingRow[],
) {
  const state = new Map<string, SpaceState>();
  for (const r of locked)
    state.set(r.id, { version: r.version, bytes: r.bytes, replays: new Map(), current: new Map() });
  for (const r of seen) {
    const s = state.get(r.space_id);
    if (!s) continue;
    if (r.mutation_id !== null) s.replays.set(pair(r.mutation_id, r.record_id), r.version);
    else if (r.format !== null && r.key_id !== null && r.nonce && r.ciphertext) {
      const { space_id, record_id, version, format, key_id, nonce, ciphertext } = r;
      const last_mutation_id = r.last_mutation_id;
      s.current.set(record_id, {
        space_id,
        record_id,
        version,
        format,
        key_id,
        nonce,
        ciphertext,
        last_mutation_id,
      });
      if (last_mutation_id !== null) s.replays.set(pair(last_mutation_id, record_id), version);
    }
  }
  return state;
}

/** Decides one job's mutations in order against its space as the jobs before it left it. */
function decide(job: PushJob, space: SpaceState, writes: Writes): PushBatchResult {
  const results: PushOutcome[] = [];
  for (const m of job.mutations) {
    const replay = space.replays.get(pair(m.mutationId, m.envelope.id));
    if (replay !== undefined) {
      results.push({ mutationId: m.mutationId, status: 'applied', version: replay });
      continue;
    }
    const cur = space.current.get(m.envelope.id);
    if ((cur?.version ?? 0) !== m.baseVersion) {
      results.push({
        mutationId: m.mutationId,
        status: 'conflict',
        current: cur ? toEnvelope(cur) : null,
      });
      continue;
    }
    space.version += 1;
    const version = space.version;
    const row: RecordsTable = {
      space_id: job.spaceId,
      record_id: m.envelope.id,
      version,
      format: m.envelope.format,
      key_id: m.envelope.keyId,
      nonce: toBuffer(m.envelope.nonce),
      ciphertext: toBuffer(m.envelope.ciphertext),
      last_mutation_id: m.mutationId,
    };
    // The replaced copy's mutation id moves to `mutations`, so a late retry of it is
    // still answered as applied (a create replaces nothing and writes no such row).
    if (cur?.last_mutation_id)
      writes.mutations.push({
        space_id: job.spaceId,
        mutation_id: cur.last_mutation_id,
        record_id: cur.record_id,
        version: cur.version,
      });
    space.bytes +=
      envelopeBytes(row) -
      (cur ? envelopeBytes(cur) : 0) +
      (cur?.last_mutation_id ? MUTATION_ROW_BYTES : 0);
    writes.records.set(pair(job.spaceId, row.record_id), row);
    space.current.set(row.record_id, row);
    space.replays.set(pair(m.mutationId, row.record_id), version);
    results.push({ mutationId: m.mutationId, status: 'applied', version });
  }
  return { results, spaceVersion: space.version };
}

/**
 * `decide`, unless the job would grow its account's spaces past the byte quota: then it
 * writes nothing and leaves the space as it found it. A job that cannot reach the quota
 * even if all of it applied (the usual case) skips the bookkeeping.
 */
function decideWithin(
  job: PushJob,
  space: SpaceState,
  writes: Writes,
  used: Map<string, number>,
  quota: Quota,
): PushJobResult {
  const before = used.get(job.accountId) ?? 0;
  const most = job.mutations.reduce(
    (n, m) => n + envelopeBytes(m.envelope) + MUTATION_ROW_BYTES,
    0,
  );
  const bytesBefore = space.bytes;
  if (before + most <= quota.bytes) {
    const result = decide(job, space, writes);
    used.set(job.accountId, before + space.bytes - bytesBefore);
    return ok(result);
  }
  const saved = { ...space, replays: new Map(space.replays), current: new Map(space.current) };
  const savedRecords = new Map(writes.records);
  const savedMutations = writes.mutations.length;
  const result = decide(job, space, writes);
  const grew = space.bytes - bytesBefore;
  if (grew > 0 && before + grew > quota.bytes) {
    Object.assign(space, saved);
    writes.records = savedRecords;
    writes.mutations.length = savedMutations;
    return quotaExceeded;
  }
  used.set(job.accountId, before + grew);
  return ok(result);
}

/**
 * Pushes of several requests in ONE write transaction (group commit, see PushQueue), in
 * two groups of statements whatever the number of jobs: lock + quota usage + read, then the writes
 * (records, replaced mutation ids if any, space versions) + COMMIT; on PostgreSQL each
 * group is one round trip. Jobs are decided in order, each seeing the ones before it,
 * exactly as if they had run one after another; a job whose session is not a member gets
 * NotMember, and one over its account's quota QuotaExceeded, and writes nothing. If any statement fails the whole transaction rolls back
 * (PushQueue decides what to retry).
 */
export function pushMany(
  db: Db,
  tx: TxRunner,
  quota: Quota,
  jobs: PushJob[],
): Promise<PushJobResult[]> {
  return tx.writeGroups(async (send) => {
    const lock = lockSpaces(db, tx.dialect, jobs);
    const spent = usage(db, [...new Set(jobs.map((j) => j.accountId))]);
    const read = existing(db, jobs);
    const [locked, counted, seen = []] = read
      ? await send(lock, spent, read)
      : await send(lock, spent);
    const members = new Set(locked.map((r) => pair(r.id, r.account_id)));
    const used = new Map(counted.map((r) => [r.account_id, Number(r.used)]));
    const state = spaceStates(locked, seen);
    const writes: Writes = { records: new Map(), mutations: [] };
    const value = jobs.map((job) => {
      const space = state.get(job.spaceId);
      return space && members.has(pair(job.spaceId, job.accountId))
        ? decideWithin(job, space, writes, used, quota)
        : notMember;
    });
    const before = new Map(locked.map((r) => [r.id, r.version]));
    const moved = [...state]
      .filter(([id, s]) => s.version !== before.get(id))
      .map(([id, s]): [string, number, number] => [id, s.version, s.bytes]);
    return { value, last: writeStatements(db, writes, moved) };
  });
}
