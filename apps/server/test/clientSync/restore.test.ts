/**
 * The server's database restored from a backup copy: the space's versions go back, and
 * the writes made after the copy are gone. The devices detect it and push again what the
 * server lost, instead of conflicting on every sync (the client side of the recovery).
 */

import { randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkin } from '@securebase/core/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { KyselySyncStore } from '../../src/store/kysely.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { type Target, TestClient, type TestServer, testServer } from '../support/http.ts';
import { openTestSqlite } from '../support/stores.ts';
import { newDevice, newRing } from './devices.ts';

const BIG = { rate: 1e6, burst: 1e6 };
const limits = { apiPerIp: BIG, apiPerAccount: BIG };
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('a server restored from a backup', () => {
  it('gets back from the devices what it lost, and they stop conflicting', async () => {
    const opened = await openTestSqlite();
    const file = opened.where;
    let store: KyselySyncStore = opened.store;
    cleanups.push(async () => {
      await store.close();
      rmSync(dirname(file), { recursive: true, force: true });
    });
    const live: { server: TestServer } = { server: await testServer(store, limits) };
    const target: Target = { request: (path, init) => live.server.request(path, init) };
    const owner = new TestClient(target);
    expect((await owner.signUp(`restore-${randomUUID()}`, 'pass phrase here')).answer.status).toBe(
      201,
    );
    const cookie = () => owner.cookie;
    const ak = randomBytes(32);
    const ring = newRing(randomUUID());

    const a = await newDevice(target, cookie, ak, ring, 1);
    const first = await a.vault.create('checkin', checkin({ note: 'first' }));
    await a.vault.create('checkin', checkin({ note: 'second' }));
    expect((await a.sync.sync()).status).toBe('idle');
    const backup = join(dirname(file), 'backup.sqlite');
    await sql`VACUUM INTO ${backup}`.execute(opened.db);

    await a.vault.update('checkin', first.id, checkin({ note: 'first, edited' }));
    await a.vault.create('checkin', checkin({ note: 'third' }));
    expect((await a.sync.sync()).status).toBe('idle');

    await store.close();
    for (const f of [`${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    copyFileSync(backup, file);
    store = await openSqliteStore(file);
    live.server = await testServer(store, limits);

    expect(await a.sync.sync()).toMatchObject({ status: 'idle', pending: 0, rejected: 0 });
    const b = await newDevice(target, cookie, ak, ring, 2);
    expect((await b.sync.sync()).status).toBe('idle');
    const notes = b.vault.list('checkin').map((r) => r.body.note);
    expect(notes.sort()).toEqual(['first, edited', 'second', 'third']);
    // Settled: another pass on either device has nothing to push.
    expect(await a.sync.sync()).toMatchObject({ status: 'idle', pending: 0 });
    expect(await b.sync.sync()).toMatchObject({ status: 'idle', pending: 0 });
  }, 60_000);
});
