/**
 * Schema migrations, applied at start by Kysely's Migrator (table `kysely_migration`, with a
 * lock table so two servers starting together on one PostgreSQL do not race). Written once
 * for both dialects: the only difference is the byte column type. Never edit a released
 * migration; add the next one.
 */
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import { MUTATION_ROW_BYTES } from './quota.ts';

type Dialect = 'sqlite' | 'postgres';

function initial(dialect: Dialect): Migration {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db) {
      await db.schema
        .createTable('accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('identifier', 'text', (c) => c.notNull().unique())
        .addColumn('registration_record', 'text', (c) => c.notNull())
        .addColumn('recovery_token_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('key_blobs')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('data', bytes, (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('key_blobs_pk', ['account_id', 'name'])
        .execute();
      await db.schema
        .createTable('pending_logins')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text')
        .addColumn('identifier', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();
      await db.schema
        .createTable('spaces')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('memberships')
        .addColumn('space_id', 'text', (c) => c.notNull())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('memberships_pk', ['space_id', 'account_id'])
        .execute();
      await db.schema
        .createIndex('memberships_account')
        .on('memberships')
        .column('account_id')
        .execute();
      await db.schema
        .createTable('records')
        .addColumn('space_id', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('format', 'integer', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('nonce', bytes, (c) => c.notNull())
        .addColumn('ciphertext', bytes, (c) => c.notNull())
        .addPrimaryKeyConstraint('records_pk', ['space_id', 'record_id'])
        .execute();
      await db.schema
        .createIndex('records_space_version')
        .unique()
        .on('records')
        .columns(['space_id', 'version'])
        .execute();
      await db.schema
        .createTable('mutations')
        .addColumn('space_id', 'text', (c) => c.notNull())
        .addColumn('mutation_id', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('mutations_pk', ['space_id', 'mutation_id'])
        .execute();
    },
  };
}

/**
 * A record row names the mutation that wrote it, so a create needs no `mutations` row: that
 * table keeps only the ids of writes that were later replaced (ADR 0005). Rows written
 * before this migration have NULL here, and their ids are all in `mutations` already.
 */
const recordLastMutation: Migration = {
  async up(db) {
    await db.schema.alterTable('records').addColumn('last_mutation_id', 'text').execute();
  },
};

/**
 * Credential back-off in the database (issue 11): every server process on one database
 * reads and counts the same attempts, and a count survives a restart. `key` is a keyed
 * hash of what is counted (an identifier or an address block), never the value itself.
 */
const authAttempts: Migration = {
  async up(db) {
    await db.schema
      .createTable('auth_attempts')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('count', 'bigint', (c) => c.notNull())
      .addColumn('blocked_until', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};

/**
 * Each space keeps the bytes it stores (envelopes, and a fixed charge per kept mutation
 * id), so a push can check its account's quota without summing every record. Existing
 * spaces are counted once here. Numbered 0004: 0003 belongs to the rate-limit tables.
 */
const spaceBytes: Migration = {
  async up(db) {
    await db.schema
      .alterTable('spaces')
      .addColumn('bytes', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`update spaces set bytes = coalesce((select sum(length(nonce) + length(ciphertext)) from records where records.space_id = spaces.id), 0) + ${MUTATION_ROW_BYTES} * (select count(*) from mutations where mutations.space_id = spaces.id)`.execute(
      db,
    );
  },
};

/**
 * `schema`: PostgreSQL schema of the tables; the migration tables go there too. Without
 * one, PostgreSQL uses the connection's current schema, named explicitly: Kysely's
 * migrator otherwise takes a `kysely_migration` table in ANY schema of the database (say,
 * another app's) for ours, and then fails to find its lock table.
 */
export async function migrate<DB>(
  db: Kysely<DB>,
  dialect: Dialect,
  schema?: string,
): Promise<void> {
  const own =
    schema ??
    (dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined);
  const migrator = new Migrator({
    db,
    ...(own ? { migrationTableSchema: own } : {}),
    provider: {
      getMigrations: async () => ({
        '0001_initial': initial(dialect),
        '0002_record_last_mutation': recordLastMutation,
        '0003_auth_attempts': authAttempts,
        '0004_space_bytes': spaceBytes,
      }),
    },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
