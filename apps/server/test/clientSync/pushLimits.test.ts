/**
 * The client sync engine within the protocol's size limits, against the real server app:
 * an outbox larger than one push body goes in several pushes, and a record whose envelope
 * is over the envelope limit is kept on the device and reported while everything else
 * still pushes and pulls. Records grow through revisions (kept on conflicts, or imported);
 * a record keeps only its newest ten, which brings most back within the limit.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { emptySpiral, encodeHlc, type StoredRecord } from '@securebase/core';
import { LIMITS } from '@securebase/core/protocol';
import type { SyncTransport } from '@securebase/core/sync-client';
import { checkin } from '@securebase/core/testing';
import { describe, expect, it } from 'vitest';
import { accountServer, newDevice, newRing } from './devices.ts';

const acc = accountServer('limits');
const ak = randomBytes(32);
const serverIds = async (spaceId: string) => (await acc.records(spaceId)).records.map((r) => r.id);

/** A record as an import brings it in: the current body and `n` older versions of it. */
function withRevisions(type: string, body: (i: number) => unknown, n: number): StoredRecord {
  const at = (i: number) => encodeHlc({ wall: 1_000 + i, counter: 0 }, 'imp');
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    createdAt: 1,
    updatedAt: at(n),
    deleted: false,
    body: body(n),
    revisions: Array.from({ length: n }, (_, i) => ({
      updatedAt: at(i),
      schemaVersion: 1,
      deleted: false,
      body: body(i),
    })),
  };
}

/** `n` characters of long Japanese text, told apart by `i`. */
const kanji = (n: number, i: number) => String(i).padEnd(n, '語');
/** About 48 KB sealed: 100 of them are well over one 4 MiB push. */
const longCheckin = () => withRevisions('checkin', (i) => checkin({ note: kanji(4000, i) }), 3);
/** A long spiral written in Japanese, in four versions: over 256 KiB sealed. */
const hugeSpiral = () =>
  withRevisions(
    'spiral',
    (i) => ({
      ...emptySpiral(1),
      facts: kanji(4000, i),
      story: kanji(4000, i),
      askDraft: kanji(4000, i),
      explanations: Array.from({ length: 20 }, () => kanji(400, i)),
    }),
    3,
  );

/** Records the byte size of every push body the device sends. */
function measured(sizes: number[]) {
  return (t: SyncTransport): SyncTransport => ({
    ...t,
    push: (space, body) => {
      sizes.push(new TextEncoder().encode(JSON.stringify(body)).length);
      return t.push(space, body);
    },
  });
}

describe('push size limits', { timeout: 60_000 }, () => {
  it('splits an outbox larger than one push body into pushes the server takes', async () => {
    const ring = newRing(randomUUID());
    const sizes: number[] = [];
    const a = await newDevice(acc.server(), acc.cookie, ak, ring, 21, { wrap: measured(sizes) });
    const records = Array.from({ length: 100 }, longCheckin);
    await a.vault.merge(records);
    const s = await a.sync.sync();
    expect(s).toMatchObject({ status: 'idle', pending: 0 });
    expect(sizes.length).toBeGreaterThan(1);
    for (const n of sizes) expect(n).toBeLessThanOrEqual(LIMITS.pushBodyBytes);
    expect(new Set(await serverIds(ring.privateSpaceId))).toEqual(
      new Set(records.map((r) => r.id)),
    );
  });

  it('keeps a record too large to sync on the device, and still pushes and pulls the rest', async () => {
    const ring = newRing(randomUUID());
    const other = await newDevice(acc.server(), acc.cookie, ak, ring, 22);
    const fromOther = await other.vault.create('checkin', checkin({ note: 'from the other' }));
    await other.sync.sync();

    const a = await newDevice(acc.server(), acc.cookie, ak, ring, 23);
    const huge = hugeSpiral();
    await a.vault.merge([huge]);
    const small = await a.vault.create('checkin', checkin({ note: 'small' }));
    const s = await a.sync.sync();
    expect(s).toMatchObject({
      status: 'error',
      pending: 1,
      tooLarge: 1,
      error: {
        code: 'too_large',
        message:
          'One entry is too large to sync. It stays safe on this device; everything else syncs.',
      },
    });
    expect(s.lastSyncedAt).toBe(a.clock.now());
    expect(await serverIds(ring.privateSpaceId)).toEqual([fromOther.id, small.id]);
    expect(a.vault.get('checkin', fromOther.id)?.body.note).toBe('from the other');
    expect(a.vault.get('spiral', huge.id)?.body).toEqual(huge.body);
    expect((await a.local.listOutbox()).map((o) => o.recordId)).toEqual([huge.id]);

    // Still set aside on the next sync; once deleted (body and revisions erased) it syncs.
    expect(await a.sync.sync()).toMatchObject({ status: 'error', pending: 1 });
    await a.vault.remove(huge.id);
    expect(await a.sync.sync()).toMatchObject({ status: 'idle', pending: 0, tooLarge: 0 });
    expect(a.sync.state.error).toBeUndefined();
    expect(await serverIds(ring.privateSpaceId)).toContain(huge.id);
  });

  it('syncs a record brought in with many long revisions: only the newest ten are kept', async () => {
    const ring = newRing(randomUUID());
    const a = await newDevice(acc.server(), acc.cookie, ak, ring, 24);
    const record = withRevisions('checkin', (i) => checkin({ note: kanji(4000, i) }), 25);
    await a.vault.merge([record]);
    expect(await a.sync.sync()).toMatchObject({ status: 'idle', pending: 0 });
    expect(await serverIds(ring.privateSpaceId)).toEqual([record.id]);
  });
});
