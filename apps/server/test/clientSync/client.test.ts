/**
 * The client sync engine against the real server app: conflicts keep the loser, a lost
 * answer is replayed without a duplicate, paged pulls resume from the stored cursor,
 * failures back off, and tampered envelopes (moved between spaces or ids, key id swapped)
 * are rejected and reported, never applied.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { err } from '@securebase/core';
import type { SyncTransport } from '@securebase/core/sync-client';
import { checkin } from '@securebase/core/testing';
import type { Keyring } from '@securebase/core/vault';
import { describe, expect, it } from 'vitest';
import { accountServer, newDevice, newRing } from './devices.ts';

const acc = accountServer('client');
const ak = randomBytes(32);
const { cookie, records: serverRecords } = acc;

describe('sync client', () => {
  it('pushes, pulls on another device, and keeps the loser of a concurrent edit', async () => {
    const ring = newRing(randomUUID());
    const a = await newDevice(acc.server(), cookie, ak, ring, 1);
    const b = await newDevice(acc.server(), cookie, ak, ring, 2);
    const rec = await a.vault.create('checkin', checkin({ note: 'first' }));
    expect(a.sync.state.pending).toBe(0);
    expect((await a.sync.sync()).status).toBe('idle');
    await b.sync.sync();
    expect(b.vault.get('checkin', rec.id)?.body.note).toBe('first');

    await a.vault.update('checkin', rec.id, checkin({ note: 'from a' }));
    b.clock.advance(10);
    await b.vault.update('checkin', rec.id, checkin({ note: 'from b' }));
    await a.sync.sync();
    const sb = await b.sync.sync();
    expect(sb.pending).toBe(0);
    await a.sync.sync();
    const onA = a.vault.all().find((r) => r.id === rec.id);
    const onB = b.vault.all().find((r) => r.id === rec.id);
    expect(onA).toEqual(onB);
    expect(onA?.body).toMatchObject({ note: 'from b' });
    expect(onA?.revisions.map((r) => r.body)).toContainEqual(
      expect.objectContaining({ note: 'from a' }),
    );
    expect(a.sync.state.lastSyncedAt).toBe(a.clock.now());
  });

  it('replays a push whose answer was lost: one version on the server, nothing duplicated', async () => {
    const ring = newRing(randomUUID());
    let lose = true;
    const a = await newDevice(acc.server(), cookie, ak, ring, 3, {
      wrap: (t) => ({
        ...t,
        push: async (space, body) => {
          const r = await t.push(space, body);
          if (!lose) return r;
          lose = false;
          return err({ type: 'Offline' });
        },
      }),
    });
    const rec = await a.vault.create('checkin', checkin());
    const s = await a.sync.sync();
    expect(s.status).toBe('idle');
    const onServer = await serverRecords(ring.privateSpaceId);
    expect(onServer.records.map((r) => r.id)).toEqual([rec.id]);
    expect(onServer.spaceVersion).toBe(1);
    expect(a.vault.outbox.knownVersion(rec.id)).toBe(1);
  });

  it('pulls in pages and resumes from the stored cursor', async () => {
    const ring = newRing(randomUUID());
    const a = await newDevice(acc.server(), cookie, ak, ring, 4);
    for (let i = 0; i < 7; i++) await a.vault.create('checkin', checkin({ security: i }));
    await a.sync.sync();
    const pulls: number[] = [];
    const small = (t: SyncTransport): SyncTransport => ({
      ...t,
      pull: (space, since) => {
        pulls.push(since);
        return t.pull(space, since, 3);
      },
    });
    const b = await newDevice(acc.server(), cookie, ak, ring, 5, { wrap: small });
    await b.sync.sync();
    expect(b.vault.list('checkin')).toHaveLength(7);
    expect(pulls).toEqual([0, 3, 6]);
    expect(await b.local.getMeta(`sync:cursor:${ring.privateSpaceId}`)).toEqual({ cursor: 7 });
    await b.sync.sync();
    expect(pulls.at(-1)).toBe(7);
  });

  it('backs off exponentially while offline, honours retry-after, then syncs', async () => {
    let failures = 3;
    const waits: number[] = [];
    const a = await newDevice(acc.server(), cookie, ak, newRing(randomUUID()), 6, {
      sleep: async (ms) => {
        waits.push(ms);
      },
      wrap: (t) => ({
        ...t,
        push: async (space, body) => {
          failures--;
          if (failures === 0)
            return err({ type: 'Http', status: 429, code: 'rate_limited', retryAfter: 90 });
          if (failures > 0) return err({ type: 'Offline' });
          return t.push(space, body);
        },
      }),
    });
    await a.vault.create('checkin', checkin());
    const states: string[] = [];
    a.sync.subscribe(() => states.push(a.sync.state.status));
    const s = await a.sync.sync();
    expect(s).toMatchObject({ status: 'idle', pending: 0 });
    expect(s.error).toBeUndefined();
    expect(states).toEqual(expect.arrayContaining(['offline', 'error', 'idle']));
    expect(waits).toHaveLength(3);
    const [w0 = 0, w1 = 0, w2 = 0] = waits;
    expect(w0).toBeGreaterThanOrEqual(500);
    expect(w0).toBeLessThanOrEqual(1000);
    expect(w1).toBeGreaterThanOrEqual(1000);
    expect(w1).toBeLessThanOrEqual(2000);
    expect(w2).toBeGreaterThanOrEqual(90_000);
  });

  it('stops with a clear error when signed out, and keeps the changes waiting', async () => {
    const a = await newDevice(acc.server(), () => undefined, ak, newRing(randomUUID()), 13);
    await a.vault.create('checkin', checkin());
    const s = await a.sync.sync();
    expect(s).toMatchObject({ status: 'error', pending: 1, error: { code: 'unauthorized' } });
  });
});

describe('tampering', () => {
  /** Two spaces whose keys are the same bytes and key id: only the AEAD binding tells them apart. */
  function twinRings(): [Keyring, Keyring] {
    const key = randomBytes(32);
    const s1 = randomUUID();
    const s2 = randomUUID();
    return [
      { privateSpaceId: s1, node: 'a1', spaceKeys: [{ spaceId: s1, keyId: 'k1-t', key }] },
      { privateSpaceId: s2, node: 'b2', spaceKeys: [{ spaceId: s2, keyId: 'k1-t', key }] },
    ];
  }

  async function copyInto(spaceId: string, env: Record<string, unknown>) {
    await acc.owner().call('POST', '/spaces', { spaceId });
    const r = await acc.owner().call('POST', `/spaces/${spaceId}/push`, {
      mutations: [{ mutationId: randomUUID(), baseVersion: 0, envelope: env }],
    });
    expect(r.status).toBe(200);
  }

  async function firstEnvelope(spaceId: string) {
    const got = (await serverRecords(spaceId)).records[0];
    if (!got) throw new Error('nothing on the server');
    const { version: _v, ...env } = got;
    return env;
  }

  it('rejects a record moved to another space', async () => {
    const [r1, r2] = twinRings();
    const a = await newDevice(acc.server(), cookie, ak, r1, 9);
    await a.vault.create('checkin', checkin({ note: 'mine' }));
    await a.sync.sync();
    const env = await firstEnvelope(r1.privateSpaceId);
    await copyInto(r2.privateSpaceId, { ...env, spaceId: r2.privateSpaceId });
    const b = await newDevice(acc.server(), cookie, ak, r2, 10);
    const s = await b.sync.sync();
    expect(s.rejected).toBe(1);
    expect(b.sync.problems[0]).toEqual({ envelopeId: env.id, reason: 'Corrupt' });
    expect(b.vault.all()).toEqual([]);
  });

  it('rejects a record moved to another id, and one with its key id swapped', async () => {
    const [r1] = twinRings();
    const k1 = r1.spaceKeys[0];
    if (!k1) throw new Error('no key');
    const ring: Keyring = { ...r1, spaceKeys: [k1, { ...k1, keyId: 'k2-t' }] };
    const a = await newDevice(acc.server(), cookie, ak, { ...ring, spaceKeys: r1.spaceKeys }, 11);
    await a.vault.create('checkin', checkin());
    await a.sync.sync();
    const env = await firstEnvelope(ring.privateSpaceId);
    const movedId = randomUUID();
    await copyInto(ring.privateSpaceId, { ...env, id: movedId });
    await copyInto(ring.privateSpaceId, { ...env, id: randomUUID(), keyId: 'k2-t' });
    const b = await newDevice(acc.server(), cookie, ak, ring, 12);
    const s = await b.sync.sync();
    expect(s.rejected).toBe(2);
    expect(b.sync.problems.map((p) => p.reason)).toEqual(['Corrupt', 'Corrupt']);
    expect(b.vault.all().map((r) => r.id)).toEqual([env.id]);
    expect(b.sync.problems[0]?.envelopeId).toBe(movedId);
  });
});
