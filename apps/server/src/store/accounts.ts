/**
 * Accounts and key blobs, written once for both databases.
 * Deleting an account erases every row that names it, and every space it leaves empty
 * (records and mutation ids included), in one transaction.
 */
import { err, KEY_BLOB_NAMES, type KeyBlobName, ok, type Result } from '@securebase/core/protocol';
import type { Account, NewAccount } from './port.ts';
import type { AccountsTable } from './schema.ts';
import { type Db, fromDb, isUniqueViolation, type TxRunner, toBuffer } from './tx.ts';

/**
 * Columns are named, never `*`: a prepared statement (a PostgreSQL named statement lives as
 * long as its connection) must not change its result type when a later migration adds a
 * column while other server processes are running.
 */
const ACCOUNT_COLUMNS = [
  'id',
  'identifier',
  'registration_record',
  'recovery_token_hash',
  'created_at',
] as const;

function toAccount(r: Pick<AccountsTable, (typeof ACCOUNT_COLUMNS)[number]>): Account {
  return {
    id: r.id,
    identifier: r.identifier,
    registrationRecord: r.registration_record,
    recoveryTokenHash: r.recovery_token_hash,
    createdAt: r.created_at,
  };
}

async function upsertBlob(
  db: Db,
  accountId: string,
  name: KeyBlobName,
  data: Uint8Array,
  now: number,
) {
  const values = { account_id: accountId, name, data: toBuffer(data), updated_at: now };
  await db
    .insertInto('key_blobs')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['account_id', 'name']).doUpdateSet({ data: values.data, updated_at: now }),
    )
    .execute();
}

export async function createAccount(
  tx: TxRunner,
  a: NewAccount,
): Promise<Result<void, { type: 'IdentifierTaken' }>> {
  try {
    return await tx.write(async (db) => {
      const taken = await db
        .selectFrom('accounts')
        .select('id')
        .where('identifier', '=', a.identifier)
        .executeTakeFirst();
      if (taken) return err({ type: 'IdentifierTaken' as const });
      await db
        .insertInto('accounts')
        .values({
          id: a.id,
          identifier: a.identifier,
          registration_record: a.registrationRecord,
          recovery_token_hash: a.recoveryTokenHash,
          created_at: a.createdAt,
          updated_at: a.createdAt,
        })
        .execute();
      for (const name of KEY_BLOB_NAMES) {
        const data = a.keys[name];
        if (data) await upsertBlob(db, a.id, name, data, a.createdAt);
      }
      return ok(undefined);
    });
  } catch (e) {
    if (isUniqueViolation(e)) return err({ type: 'IdentifierTaken' });
    throw e;
  }
}

export async function accountBy(db: Db, column: 'id' | 'identifier', value: string) {
  const row = await db
    .selectFrom('accounts')
    .select(ACCOUNT_COLUMNS)
    .where(column, '=', value)
    .executeTakeFirst();
  return row ? toAccount(row) : undefined;
}

export function setPassword(
  tx: TxRunner,
  accountId: string,
  registrationRecord: string,
  opaqueKey: Uint8Array,
  keep: string | null,
  now: number,
): Promise<void> {
  return tx.write((db) => writePassword(db, accountId, registrationRecord, opaqueKey, keep, now));
}

async function writePassword(
  db: Db,
  accountId: string,
  registrationRecord: string,
  opaqueKey: Uint8Array,
  keep: string | null,
  now: number,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ registration_record: registrationRecord, updated_at: now })
    .where('id', '=', accountId)
    .execute();
  await upsertBlob(db, accountId, 'opaque', opaqueKey, now);
  let del = db.deleteFrom('sessions').where('account_id', '=', accountId);
  if (keep !== null) del = del.where('id', '!=', keep);
  await del.execute();
  // A sign-in started before the change was answered from the old password's record:
  // it must not be able to finish with the old password.
  await db.deleteFrom('pending_logins').where('account_id', '=', accountId).execute();
}

async function writeRecovery(
  db: Db,
  accountId: string,
  tokenHash: string,
  recoveryKey: Uint8Array,
  now: number,
) {
  await db
    .updateTable('accounts')
    .set({ recovery_token_hash: tokenHash, updated_at: now })
    .where('id', '=', accountId)
    .execute();
  await upsertBlob(db, accountId, 'recovery', recoveryKey, now);
}

/**
 * A recovery, in one transaction: the new password (every session ends) and a new recovery
 * key, so the used token stops working. Only if the token is still `usedTokenHash`: two
 * recoveries racing with one token cannot both win.
 */
export function recover(
  tx: TxRunner,
  accountId: string,
  usedTokenHash: string,
  password: { registrationRecord: string; opaqueKey: Uint8Array },
  recovery: { tokenHash: string; recoveryKey: Uint8Array },
  now: number,
): Promise<boolean> {
  return tx.write(async (db) => {
    const still = await db
      .updateTable('accounts')
      .set({ updated_at: now })
      .where('id', '=', accountId)
      .where('recovery_token_hash', '=', usedTokenHash)
      .executeTakeFirst();
    if (still.numUpdatedRows === 0n) return false;
    await writePassword(db, accountId, password.registrationRecord, password.opaqueKey, null, now);
    await writeRecovery(db, accountId, recovery.tokenHash, recovery.recoveryKey, now);
    return true;
  });
}

export function setRecovery(
  tx: TxRunner,
  accountId: string,
  tokenHash: string,
  recoveryKey: Uint8Array,
  now: number,
): Promise<void> {
  return tx.write((db) => writeRecovery(db, accountId, tokenHash, recoveryKey, now));
}

export function putKeyBlob(
  tx: TxRunner,
  accountId: string,
  name: KeyBlobName,
  data: Uint8Array,
  now: number,
) {
  return tx.write((db) => upsertBlob(db, accountId, name, data, now));
}

export async function keyBlobs(db: Db, accountId: string) {
  const rows = await db
    .selectFrom('key_blobs')
    .select(['name', 'data'])
    .where('account_id', '=', accountId)
    .execute();
  const out: Partial<Record<KeyBlobName, Uint8Array>> = {};
  for (const r of rows) {
    const name = KEY_BLOB_NAMES.find((n) => n === r.name);
    if (name) out[name] = fromDb(r.data);
  }
  return out;
}

export function deleteAccount(tx: TxRunner, accountId: string): Promise<void> {
  return tx.write(async (db) => {
    // The account row first: a space being created for it (createSpace holds the row FOR
    // SHARE) either commits before this reads the memberships, or finds the account gone.
    if (tx.dialect === 'postgres')
      await db
        .selectFrom('accounts')
        .select('id')
        .where('id', '=', accountId)
        .forUpdate()
        .execute();
    const spaces = await db
      .selectFrom('memberships')
      .select('space_id')
      .where('account_id', '=', accountId)
      .execute();
    // Take the spaces' locks first, in id order as a push does, so the two never deadlock.
    if (tx.dialect === 'postgres' && spaces.length)
      await db
        .selectFrom('spaces')
        .select('id')
        .where(
          'id',
          'in',
          spaces.map((s) => s.space_id),
        )
        .orderBy('id')
        .forUpdate()
        .execute();
    await db.deleteFrom('memberships').where('account_id', '=', accountId).execute();
    for (const { space_id } of spaces) {
      const left = await db
        .selectFrom('memberships')
        .select('account_id')
        .where('space_id', '=', space_id)
        .executeTakeFirst();
      if (left) continue;
      await db.deleteFrom('records').where('space_id', '=', space_id).execute();
      await db.deleteFrom('mutations').where('space_id', '=', space_id).execute();
      await db.deleteFrom('spaces').where('id', '=', space_id).execute();
    }
    await db.deleteFrom('sessions').where('account_id', '=', accountId).execute();
    await db.deleteFrom('pending_logins').where('account_id', '=', accountId).execute();
    await db.deleteFrom('key_blobs').where('account_id', '=', accountId).execute();
    await db.deleteFrom('accounts').where('id', '=', accountId).execute();
  });
}
