/**
 * Two vaults on one LocalStore, as two tabs of one browser profile would be where Web Locks
 * are missing (the app otherwise lets one tab at a time hold the vault). A queued change is
 * never dropped because its record is missing from one tab's memory: it is read from the
 * store and pushed, and one that cannot be read anywhere stays queued.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { pullResponseSchema } from '@securebase/core/protocol';
import { httpSyncTransport, SyncClient } from '@securebase/core/sync-client';
import { checkin, ManualClock, seededRandom } from '@securebase/core/testing';
import { KeyCustody, MemoryLocalStore, Vault } from '@securebase/core/vault';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestServer, testServer } from '../support/http.ts';
import { type OpenedStore, openTestSqlite } from '../support/stores.ts';
import { cookieHttp, newRing } from './devices.ts';

const BIG = { rate: 1e6, burst: 1e6 };
let opened: OpenedStore;
let server: TestServer;
let owner: TestClient;
const ak = randomBytes(32);

beforeAll(async () => {
  opened = await openTestSqlite();
  server = await testServer(opened.store, { apiPerIp: BIG, apiPerAccount: BIG });
  owner = new TestClient(server);
  await owner.signUp(`shared-${randomUUID()}`, 'pass phrase here');
});
afterAll(() => opened.cleanup());

/** Counts full reads of the store, to show a missing record is looked for once, not every sync. */
class CountingStore extends MemoryLocalStore {
  loads = 0;
  override async loadEnvelopes() {
    this.loads++;
    return await super.loadEnvelopes();
  }
}

async function tab(local: MemoryLocalStore, ring: ReturnType<typeof newRing>, seed: number) {
  const clock = new ManualClock();
  const random = seededRandom(seed);
  const vault = await Vault.load({ local, clock, random }, KeyCustody.of(ak, ring));
  const { http, net } = cookieHttp(server, () => owner.cookie);
  const sync = new SyncClient({
    replica: vault,
    outbox: vault.outbox,
    transport: httpSyncTransport(http),
    clock,
    random,
    sleep: async () => {},
  });
  return { vault, sync, net };
}

async function onServer(spaceId: string) {
  const r = await owner.call('GET', `/spaces/${spaceId}/pull?since=0`);
  return pullResponseSchema.parse(r.body).records.map((x) => x.id);
}

describe('two vaults on one local store', () => {
  it('pushes a record another vault queued, reading it from the store', async () => {
    const ring = newRing(randomUUID());
    const local = new MemoryLocalStore();
    const b = await tab(local, ring, 2); // opened first: its memory lacks what A writes
    const a = await tab(local, ring, 1);
    const rec = await a.vault.create('checkin', checkin({ note: 'written in tab A' }));
    expect((await b.sync.sync()).status).toBe('idle');
    expect(await onServer(ring.privateSpaceId)).toContain(rec.id);
    expect(await local.listOutbox()).toEqual([]);
    expect(b.vault.get('checkin', rec.id)?.body.note).toBe('written in tab A');
  });

  it('keeps a change whose record cannot be read anywhere, and still finishes the sync', async () => {
    const ring = newRing(randomUUID());
    const local = new CountingStore();
    const b = await tab(local, ring, 3);
    const lost = '01890000-0000-7000-8000-0000000000aa';
    const entry = { mutationId: randomUUID(), recordId: lost, spaceId: ring.privateSpaceId };
    await local.commit([], [{ ...entry, baseVersion: 0 }]);
    const made = await b.vault.create('checkin', checkin({ note: 'fine' }));
    const loadsBefore = local.loads;

    const s1 = await b.sync.sync();
    expect(s1.status).toBe('idle');
    expect(s1.pending).toBe(1);
    expect(await onServer(ring.privateSpaceId)).toEqual([made.id]);
    expect((await local.listOutbox()).map((o) => o.recordId)).toEqual([lost]);

    await b.sync.sync();
    expect(local.loads - loadsBefore).toBe(1);
    expect((await local.listOutbox()).map((o) => o.recordId)).toEqual([lost]);
  });

  it('does nothing once its vault is closed', async () => {
    const ring = newRing(randomUUID());
    const local = new MemoryLocalStore();
    const a = await tab(local, ring, 4);
    await a.vault.create('checkin', checkin());
    a.vault.close();
    expect((await a.sync.sync()).status).toBe('idle');
    expect(a.net.requests).toBe(0);
    expect((await local.listOutbox()).length).toBe(1);
  });
});
