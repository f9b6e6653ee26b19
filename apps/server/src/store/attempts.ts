/**
 * Credential attempts, counted in the database so that every server process on one
 * database holds the same budget (issue 11). The check and the count are one write
 * transaction: SQLite's `BEGIN IMMEDIATE` runs one at a time, and PostgreSQL locks the
 * counted rows (`FOR UPDATE`, in key order so two attempts never deadlock). Twenty sign-in
 * starts at once therefore see the counts one after another, never the same old count.
 */
import type { TxRunner } from './tx.ts';

export interface AttemptLog {
  /**
   * If none of `keys` is blocked at `now`, counts one attempt on each, blocks each for
   * `waitAfter(its new count)` ms and returns 0; otherwise counts nothing and returns the
   * ms until all are free.
   */
  attempt(keys: string[], now: number, waitAfter: (count: number) => number): Promise<number>;
  /** Forgets `key`'s attempts (a right password). */
  clearAttempts(key: string): Promise<void>;
  /**
   * Takes one attempt off `key`'s count (an attempt that succeeded), and its wait too if the
   * lower count has none (`waitAfter`, as in `attempt`); a longer wait stays.
   */
  forgiveAttempt(key: string, waitAfter: (count: number) => number): Promise<void>;
  /** Forgets every key untouched since `before` (and free by then). */
  purgeAttempts(before: number): Promise<void>;
}

export function attempt(
  tx: TxRunner,
  keys: string[],
  now: number,
  waitAfter: (count: number) => number,
): Promise<number> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return Promise.resolve(0);
  return tx.write(async (db) => {
    await db
      .insertInto('auth_attempts')
      .values(sorted.map((key) => ({ key, count: 0, blocked_until: 0, updated_at: now })))
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    let rows = db
      .selectFrom('auth_attempts')
      .select(['key', 'count', 'blocked_until'])
      .where('key', 'in', sorted)
      .orderBy('key');
    if (tx.dialect === 'postgres') rows = rows.forUpdate();
    const found = await rows.execute();
    const wait = Math.max(0, ...found.map((r) => r.blocked_until - now));
    if (wait > 0) return wait;
    for (const r of found) {
      const count = r.count + 1;
      await db
        .updateTable('auth_attempts')
        .set({ count, blocked_until: now + waitAfter(count), updated_at: now })
        .where('key', '=', r.key)
        .execute();
    }
    return 0;
  });
}

export async function clearAttempts(tx: TxRunner, key: string): Promise<void> {
  await tx.write((db) => db.deleteFrom('auth_attempts').where('key', '=', key).execute());
}

export async function forgiveAttempt(
  tx: TxRunner,
  key: string,
  waitAfter: (count: number) => number,
): Promise<void> {
  await tx.write(async (db) => {
    let row = db.selectFrom('auth_attempts').select(['count']).where('key', '=', key);
    if (tx.dialect === 'postgres') row = row.forUpdate();
    const found = await row.executeTakeFirst();
    if (!found || found.count <= 0) return;
    const count = found.count - 1;
    await db
      .updateTable('auth_attempts')
      .set(waitAfter(count) === 0 ? { count, blocked_until: 0 } : { count })
      .where('key', '=', key)
      .execute();
  });
}

export async function purgeAttempts(tx: TxRunner, before: number): Promise<void> {
  await tx.write((db) =>
    db
      .deleteFrom('auth_attempts')
      .where('updated_at', '<', before)
      .where('blocked_until', '<', before)
      .execute(),
  );
}
