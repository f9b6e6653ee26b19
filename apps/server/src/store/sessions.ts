/**
 * Pending logins and sessions, written once for both databases. A session is looked up by
 * the hash of its token, and only while its account exists.
 */
import type { PendingLogin, Session } from './port.ts';
import type { SessionsTable } from './schema.ts';
import type { Db } from './tx.ts';

/** Named, never `*` (see accounts.ts: prepared statements outlive migrations). */
const SESSION_COLUMNS = ['id', 'account_id', 'created_at', 'last_seen_at', 'expires_at'] as const;

function toSession(r: Pick<SessionsTable, (typeof SESSION_COLUMNS)[number]>): Session {
  return {
    id: r.id,
    accountId: r.account_id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
  };
}

export async function putPendingLogin(db: Db, p: PendingLogin) {
  await db
    .insertInto('pending_logins')
    .values({
      id: p.id,
      account_id: p.accountId,
      identifier: p.identifier,
      state: p.state,
      expires_at: p.expiresAt,
    })
    .execute();
}

export async function takePendingLogin(db: Db, id: string): Promise<PendingLogin | undefined> {
  const row = await db
    .deleteFrom('pending_logins')
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) return undefined;
  const { id: rowId, account_id, identifier, state, expires_at } = row;
  return { id: rowId, accountId: account_id, identifier, state, expiresAt: expires_at };
}

export async function createSession(db: Db, s: Session & { tokenHash: string }) {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      token_hash: s.tokenHash,
      account_id: s.accountId,
      created_at: s.createdAt,
      last_seen_at: s.lastSeenAt,
      expires_at: s.expiresAt,
    })
    .execute();
}

/**
 * The session with this token, if its account still exists: a sign-in that finished while
 * its account was being deleted can leave a session row behind, and it must open nothing.
 */
export async function sessionByTokenHash(db: Db, tokenHash: string) {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select(SESSION_COLUMNS.map((c) => `sessions.${c}` as const))
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ? toSession(row) : undefined;
}

export async function listSessions(db: Db, accountId: string) {
  const rows = await db
    .selectFrom('sessions')
    .select(SESSION_COLUMNS)
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .execute();
  return rows.map(toSession);
}

export async function touchSession(db: Db, id: string, now: number) {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, accountId: string, sessionId: string) {
  const r = await db
    .deleteFrom('sessions')
    .where('account_id', '=', accountId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return r.numDeletedRows > 0n;
}

export async function purgeExpired(db: Db, now: number, idleMs: number) {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', now - idleMs)]))
    .execute();
  await db.deleteFrom('pending_logins').where('expires_at', '<=', now).execute();
}
