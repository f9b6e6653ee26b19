/**
 * Convergence (issue 5): three devices of one account make random offline creates, edits
 * and deletes and sync in random order against the real server app (Hono in memory, SQLite
 * store). After every device has synced twice more, all hold identical records, no change
 * is waiting, and no acknowledged write is lost: every write is still present (as the
 * current version or a revision), or a later write was made by a device that had seen it.
 *
 * Runs: SYNC_PROPERTY_RUNS, else 1,000 when CI=true and 30 otherwise.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { StoredRecord } from '@securebase/core';
import { checkin } from '@securebase/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountServer, type Device, newDevice, newRing } from './devices.ts';

const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? (process.env.CI === 'true' ? 1000 : 30));
const acc = accountServer('converge');

type Op =
  | { kind: 'create'; dev: number; security: number }
  | { kind: 'edit'; dev: number; pick: number; security: number }
  | { kind: 'delete'; dev: number; pick: number }
  | { kind: 'sync'; dev: number }
  | { kind: 'offlineSync'; dev: number };

const dev = fc.integer({ min: 0, max: 2 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create'), dev, security: fc.nat(10) }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('edit'), dev, pick: fc.nat(), security: fc.nat(10) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete'), dev, pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync'), dev }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('offlineSync'), dev }) },
) as fc.Arbitrary<Op>;

/** Every version stamp a device holds for a record: current and revisions. */
const stampsOf = (r: StoredRecord | undefined) =>
  r ? [r.updatedAt, ...r.revisions.map((v) => v.updatedAt)] : [];

interface Write {
  id: string;
  stamp: string;
  /** Stamps the writing device held for the record when it wrote (what it had seen). */
  seen: string[];
}

async function apply(op: Op, devices: Device[], writes: Write[]) {
  const d = devices[op.dev];
  if (!d) throw new Error('no device');
  d.clock.advance(7);
  const live = d.vault.list('checkin');
  const target = 'pick' in op ? live[op.pick % Math.max(1, live.length)] : undefined;
  const before = target ? stampsOf(d.vault.all().find((r) => r.id === target.id)) : [];
  switch (op.kind) {
    case 'create': {
      const r = await d.vault.create('checkin', checkin({ security: op.security }));
      writes.push({ id: r.id, stamp: r.updatedAt, seen: [] });
      return;
    }
    case 'edit': {
      if (!target) return;
      const r = await d.vault.update('checkin', target.id, checkin({ security: op.security }));
      writes.push({ id: r.id, stamp: r.updatedAt, seen: before });
      return;
    }
    case 'delete': {
      if (!target) return;
      await d.vault.remove(target.id);
      const tomb = d.vault.all().find((r) => r.id === target.id);
      if (tomb) writes.push({ id: tomb.id, stamp: tomb.updatedAt, seen: before });
      return;
    }
    case 'sync': {
      const s = await d.sync.sync();
      expect(s.status).toBe('idle');
      return;
    }
    case 'offlineSync': {
      d.net.online = false;
      const s = await d.sync.sync({ maxAttempts: 2 });
      d.net.online = true;
      expect(s.status).toBe('offline');
      expect(s.error?.code).toBe('offline');
    }
  }
}

/** Writes that survive, directly or through a later write by a device that had seen them. */
function unaccounted(writes: Write[], final: StoredRecord[]): Write[] {
  const safe = new Set<string>();
  for (const r of final) for (const s of stampsOf(r)) safe.add(`${r.id}@${s}`);
  const byKey = new Map(writes.map((w) => [`${w.id}@${w.stamp}`, w]));
  const queue = [...safe];
  while (queue.length > 0) {
    const w = byKey.get(queue.pop() ?? '');
    for (const s of w?.seen ?? []) {
      const k = `${w?.id}@${s}`;
      if (!safe.has(k)) {
        safe.add(k);
        queue.push(k);
      }
    }
  }
  return writes.filter((w) => !safe.has(`${w.id}@${w.stamp}`));
}

const snapshot = (d: Device) =>
  JSON.stringify(d.vault.all().sort((a, b) => (a.id < b.id ? -1 : 1)));

describe('sync convergence', () => {
  it(
    'three devices with random offline writes converge and lose no acknowledged write',
    async () => {
      const ak = randomBytes(32);
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
          runs++;
          const ring = newRing(randomUUID());
          const devices = await Promise.all(
            [1, 2, 3].map((seed) => newDevice(acc.server(), acc.cookie, ak, ring, seed)),
          );
          const writes: Write[] = [];
          for (const op of ops) await apply(op, devices, writes);
          for (let round = 0; round < 2; round++)
            for (const d of devices) expect((await d.sync.sync()).status).toBe('idle');
          const [a, b, c] = devices.map(snapshot);
          expect(b).toBe(a);
          expect(c).toBe(a);
          for (const d of devices) {
            expect(await d.local.listOutbox()).toEqual([]);
            expect(d.sync.state.rejected).toBe(0);
          }
          expect(unaccounted(writes, devices[0]?.vault.all() ?? [])).toEqual([]);
        }),
        { numRuns: RUNS },
      );
      expect(runs).toBe(RUNS);
    },
    RUNS * 2000 + 10_000,
  );
});
