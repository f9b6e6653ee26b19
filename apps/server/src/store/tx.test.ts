/**
 * The grouped write transaction on both databases: groups answer in order, a failure in
 * any group (on PostgreSQL, inside a pipeline) rolls the whole transaction back, and the
 * connection is fit for the next one.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS, type OpenedStore, postgresAvailable } from '../../test/support/stores.ts';

const pgOk = await postgresAvailable();

for (const adapter of ADAPTERS) {
  describe.skipIf(adapter.needsPostgres && !pgOk)(`grouped write: ${adapter.name}`, () => {
    let opened: OpenedStore;
    beforeAll(async () => {
      opened = await adapter.open();
    });
    afterAll(() => opened.cleanup());

    const space = (id: string) =>
      opened.db.insertInto('spaces').values({ id, version: 0, created_at: 1, bytes: 0 }).compile();
    const count = async (ids: string[]) =>
      (await opened.db.selectFrom('spaces').select('id').where('id', 'in', ids).execute()).length;

    it('answers each group in order and commits the last one', async () => {
      const [a, b] = [randomUUID(), randomUUID()];
      const got = await opened.tx.writeGroups(async (send) => {
        const [inserted, read] = await send(
          space(a),
          opened.db.selectFrom('spaces').select('id').where('id', '=', a).compile(),
        );
        return { value: [inserted.length, read.map((r) => r.id)], last: [space(b)] };
      });
      expect(got).toEqual([0, [a]]);
      expect(await count([a, b])).toBe(2);
    });

    it('rolls everything back when a statement of the last group fails', async () => {
      const [a, b] = [randomUUID(), randomUUID()];
      await expect(
        opened.tx.writeGroups(async (send) => {
          await send(space(a));
          // b, then a again: a duplicate key after a good row, in the group with COMMIT.
          return { value: null, last: [space(b), space(a)] };
        }),
      ).rejects.toThrow();
      expect(await count([a, b])).toBe(0);
    });

    it('rolls back when an early group fails, and the next transaction works', async () => {
      const a = randomUUID();
      await expect(
        opened.tx.writeGroups(async (send) => {
          await send(space(a), space(a));
          return { value: null, last: [] };
        }),
      ).rejects.toThrow();
      expect(await count([a])).toBe(0);
      for (let i = 0; i < 3; i++) {
        const id = randomUUID();
        await opened.tx.writeGroups(async () => ({ value: null, last: [space(id)] }));
        expect(await count([id])).toBe(1);
      }
    });
  });
}
