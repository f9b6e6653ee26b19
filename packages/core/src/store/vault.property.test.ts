/**
 * Property: any sequence of creates, edits and deletes, followed by a reload from
 * storage, gives exactly the visible state the live vault showed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkin } from '../../testing/builders.ts';
import { testDeps, testDeviceWrapper } from '../../testing/deps.ts';
import { createVault, unlockVault } from './unlock.ts';
import type { Vault } from './vault.ts';

type Op =
  | { kind: 'create'; security: number; note: string }
  | { kind: 'edit'; pick: number; security: number }
  | { kind: 'delete'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    security: fc.integer({ min: 0, max: 10 }),
    note: fc.string({ maxLength: 30 }),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    security: fc.integer({ min: 0, max: 10 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);

const visible = (v: Vault) => v.list('checkin').map((r) => ({ id: r.id, body: r.body }));

describe('vault persistence (property)', () => {
  it('reload reproduces the visible state', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { maxLength: 25 }),
        fc.integer({ min: 1, max: 1000 }),
        async (ops, seed) => {
          const deps = testDeps(undefined, seed);
          const vault = await createVault(deps, testDeviceWrapper());
          for (const o of ops) {
            deps.clock.advance(7);
            const live = vault.list('checkin');
            if (o.kind === 'create')
              await vault.create('checkin', checkin({ security: o.security, note: o.note }));
            else if (live.length > 0) {
              const target = live[o.pick % live.length];
              if (!target) continue;
              if (o.kind === 'edit')
                await vault.update('checkin', target.id, { ...target.body, security: o.security });
              else await vault.remove(target.id);
            }
          }
          const reloaded = await unlockVault(deps, testDeviceWrapper());
          if (!reloaded.ok) throw new Error(reloaded.error.type);
          expect(visible(reloaded.value)).toEqual(visible(vault));
          expect(reloaded.value.all().length).toBe(vault.all().length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
