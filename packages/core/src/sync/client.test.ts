/**
 * The sync client against the in-memory server: a server restored from a backup (its
 * versions went back) is detected and what it lost is pushed again, instead of a conflict
 * on every sync. The same engine runs against the real server in
 * apps/server/test/clientSync/.
 */
import { describe, expect, it } from 'vitest';
import { checkin } from '../../testing/builders.ts';
import { ManualClock, seededRandom } from '../../testing/deps.ts';
import { MemorySyncServer } from '../../testing/memoryServer.ts';
import { KeyCustody, withNewPrivateSpace } from '../store/keyCustody.ts';
import { MemoryLocalStore } from '../store/memory.ts';
import { Vault } from '../store/vault.ts';
import { SyncClient } from './client.ts';

const ak = new Uint8Array(32).fill(5);
const ring = withNewPrivateSpace({ clock: new ManualClock(), random: seededRandom(9) }, 'a1');

async function device(server: MemorySyncServer, seed: number) {
  const deps = {
    local: new MemoryLocalStore(),
    clock: new ManualClock(),
    random: seededRandom(seed),
  };
  const keys = KeyCustody.of(ak, { ...ring, node: `n${seed}` });
  const vault = await Vault.load(deps, keys);
  const sync = new SyncClient({
    replica: vault,
    outbox: vault.outbox,
    transport: server.transport,
    clock: deps.clock,
    random: deps.random,
    sleep: async () => {},
  });
  return { vault, sync, local: deps.local };
}

const notes = (vault: Vault) =>
  vault
    .list('checkin')
    .map((r) => r.body.note)
    .sort();

describe('a server whose versions went back (restored from a backup)', () => {
  it('is detected by its pull cursor, and gets back what it lost', async () => {
    const server = new MemorySyncServer();
    const a = await device(server, 1);
    const first = await a.vault.create('checkin', checkin({ note: 'first' }));
    await a.vault.create('checkin', checkin({ note: 'second' }));
    expect((await a.sync.sync()).status).toBe('idle');
    const backup = server.snapshot();

    await a.vault.create('checkin', checkin({ note: 'third' }));
    await a.vault.update('checkin', first.id, checkin({ note: 'first, edited' }));
    expect((await a.sync.sync()).status).toBe('idle');
    server.restore(backup);

    const s = await a.sync.sync();
    expect(s).toMatchObject({ status: 'idle', pending: 0, rejected: 0 });
    const onServer = server.records(ring.privateSpaceId);
    expect(onServer).toHaveLength(3);

    const b = await device(server, 2);
    expect((await b.sync.sync()).status).toBe('idle');
    expect(notes(b.vault)).toEqual(['first, edited', 'second', 'third']);

    // Settled: the next sync pushes nothing and argues with nothing.
    const pushes = server.calls.push;
    expect(await a.sync.sync()).toMatchObject({ status: 'idle', pending: 0 });
    expect(server.calls.push).toBe(pushes);
  });

  it('is detected by a conflict older than what was acknowledged, and stops conflicting', async () => {
    const server = new MemorySyncServer();
    const a = await device(server, 3);
    const rec = await a.vault.create('checkin', checkin({ note: 'one' }));
    await a.sync.sync();
    const backup = server.snapshot();
    await a.vault.update('checkin', rec.id, checkin({ note: 'two' }));
    const lost = await a.vault.create('checkin', checkin({ note: 'lost in the restore' }));
    await a.sync.sync();
    // Other devices wrote after the restore, so the space's version passes this device's cursor.
    server.restore(backup);
    const other = await device(server, 4);
    for (let i = 0; i < 3; i++) await other.vault.create('checkin', checkin({ note: `o${i}` }));
    await other.sync.sync();

    await a.vault.update('checkin', rec.id, checkin({ note: 'three' }));
    const s = await a.sync.sync();
    expect(s).toMatchObject({ status: 'idle', pending: 0 });
    expect(a.vault.get('checkin', rec.id)?.body.note).toBe('three');
    expect(a.vault.get('checkin', lost.id)?.body.note).toBe('lost in the restore');

    await other.sync.sync();
    expect(notes(other.vault)).toEqual(['lost in the restore', 'o0', 'o1', 'o2', 'three']);
    expect(await a.sync.sync()).toMatchObject({ status: 'idle', pending: 0 });
  });
});
