/**
 * What a push transaction stores once its jobs are decided (push.ts): the records written,
 * the ids of writes they replaced, and each moved space's new version and size, as three
 * statements whatever the number of jobs and mutations.
 */
import { sql } from 'kysely';
import type { MutationsTable, RecordsTable } from './schema.ts';
import type { Db } from './tx.ts';

/** Rows to write, gathered across the jobs of one transaction. */
export interface Writes {
  /** By space and record: a record written twice keeps its later version. */
  records: Map<string, RecordsTable>;
  mutations: MutationsTable[];
}

/** The statements that store the decided writes: the records, replaced ids, versions. */
export function writeStatements(db: Db, writes: Writes, moved: [string, number, number][]) {
  if (!writes.records.size) return [];
  // Each space that moved gets its new version and size; ELSE gives PostgreSQL the type.
  const arms = moved.map(([id, version]) => sql`when ${id} then ${version}`);
  const sizes = moved.map(([id, , bytes]) => sql`when ${id} then ${bytes}`);
  return [
    db
      .insertInto('records')
      .values([...writes.records.values()])
      .onConflict((oc) =>
        oc.columns(['space_id', 'record_id']).doUpdateSet((eb) => ({
          version: eb.ref('excluded.version'),
          format: eb.ref('excluded.format'),
          key_id: eb.ref('excluded.key_id'),
          nonce: eb.ref('excluded.nonce'),
          ciphertext: eb.ref('excluded.ciphertext'),
          last_mutation_id: eb.ref('excluded.last_mutation_id'),
        })),
      )
      .compile(),
    // A replaced id already kept (one a client reused for another record) stays as it is.
    ...(writes.mutations.length
      ? [
          db
            .insertInto('mutations')
            .values(writes.mutations)
            .onConflict((oc) => oc.columns(['space_id', 'mutation_id']).doNothing())
            .compile(),
        ]
      : []),
    db
      .updateTable('spaces')
      .set({
        version: sql<number>`case ${sql.ref('id')} ${sql.join(arms, sql` `)} else ${sql.ref('version')} end`,
        bytes: sql<number>`case ${sql.ref('id')} ${sql.join(sizes, sql` `)} else ${sql.ref('bytes')} end`,
      })
      .where(
        'id',
        'in',
        moved.map(([id]) => id),
      )
      .compile(),
  ];
}
