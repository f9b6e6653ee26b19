/**
 * The client's account flows against the real server app and the real OPAQUE client:
 * sign-up uploads only blobs the server cannot open, sign-in on a second device recovers
 * the same account key and keyring (with a new node id), a wrong password is
 * `WrongCredentials`, a password change re-wraps AK only, recovery works with the key shown
 * at sign-up, sessions can be listed and revoked, an old session signs in again
 * (`reauthenticate`) before a password change or deletion, and after deleting the account,
 * signing up again on the same device uploads the entries kept there.
 */
import { randomUUID } from 'node:crypto';
import { systemRandom } from '@securebase/core';
import {
  changePassword,
  deleteAccount,
  listSessions,
  reauthenticate,
  recoverAccount,
  replaceRecoveryKey,
  revokeSession,
  signIn,
  signUp,
} from '@securebase/core/account';
import { type Http, httpSyncTransport, SyncClient } from '@securebase/core/sync-client';
import { accountKeyOf, checkin, testDeps, testDeviceWrapper } from '@securebase/core/testing';
import { createVault, type LocalStore, MemoryLocalStore, Vault } from '@securebase/core/vault';
import * as opaque from '@serenity-kit/opaque';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRESH_SIGN_IN_MS } from '../../src/http/account.ts';
import { type TestServer, testServer } from '../support/http.ts';
import { type OpenedStore, openTestSqlite } from '../support/stores.ts';
import { jarHttp } from './devices.ts';

let opened: OpenedStore;
let server: TestServer;
beforeAll(async () => {
  opened = await openTestSqlite();
  // Many sign-ins and wrong passwords from one address here; the per-IP budget and back-off
  // have their own tests (http/api.test.ts).
  server = await testServer(opened.store, {
    authPerIp: { rate: 100, burst: 1000 },
    freeFailures: 100,
  });
});
afterAll(() => opened.cleanup());

const device = () => ({ ...jarHttp(server), opaque: opaque.client, random: systemRandom });

function syncer(vault: Vault, local: LocalStore, http: Http) {
  const { clock, random } = testDeps(local);
  const transport = httpSyncTransport(http);
  const { outbox } = vault;
  return new SyncClient({
    replica: vault,
    outbox,
    transport,
    clock,
    random,
    sleep: async () => {},
  });
}

async function signedUp(password = 'first password here') {
  const vault = await createVault(testDeps(), testDeviceWrapper());
  const name = `person-${randomUUID()}`;
  const d1 = device();
  const r = await signUp(d1, name, password, vault);
  if (!r.ok) throw new Error(r.error.type);
  return {
    vault,
    name,
    password,
    d1,
    recoveryKey: r.value.recoveryKey,
    accountId: r.value.accountId,
  };
}

describe('account flows', () => {
  it('signs up, then signs in on a second device with the same keys', async () => {
    const { vault, name, password, recoveryKey } = await signedUp();
    expect(recoveryKey).toMatch(/^([A-Z0-9]{4}-){12}[A-Z0-9]{4}$/);
    const d2 = device();
    const r = await signIn(d2, name, password);
    if (!r.ok) throw new Error(r.error.type);
    expect(await accountKeyOf(r.value.keys)).toEqual(await accountKeyOf(vault.keys));
    const space = vault.privateSpaceId;
    expect(r.value.keys.privateSpaceId).toBe(space);
    expect(r.value.keys.currentKey(space)).toEqual(vault.keys.currentKey(space));
    expect(r.value.keys.node).not.toBe(vault.keys.node);
    expect(d2.jar.cookie).toBeDefined();
  });

  it('says WrongCredentials for a wrong password and for an unknown name alike', async () => {
    const { name } = await signedUp();
    expect(await signIn(device(), name, 'not the password')).toEqual({
      ok: false,
      error: { type: 'WrongCredentials' },
    });
    expect(await signIn(device(), `nobody-${randomUUID()}`, 'whatever it is')).toEqual({
      ok: false,
      error: { type: 'WrongCredentials' },
    });
  });

  it('changes the password: the old one stops working, the keys stay the same', async () => {
    const { vault, name, password, d1 } = await signedUp();
    const c = await changePassword(d1, name, 'second password here', vault.keys);
    expect(c.ok).toBe(true);
    expect((await signIn(device(), name, password)).ok).toBe(false);
    const r = await signIn(device(), name, 'second password here');
    if (!r.ok) throw new Error(r.error.type);
    expect(await accountKeyOf(r.value.keys)).toEqual(await accountKeyOf(vault.keys));
  });

  it('recovers with the recovery key (typed loosely) and sets a new password', async () => {
    const { vault, name, recoveryKey } = await signedUp();
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const bad = await recoverAccount(device(), name, 'AAAA'.repeat(13), 'new password one');
    expect(bad).toEqual({ ok: false, error: { type: 'BadRecoveryKey' } });
    const r = await recoverAccount(device(), name, typed, 'new password one');
    if (!r.ok) throw new Error(r.error.type);
    expect(await accountKeyOf(r.value.keys)).toEqual(await accountKeyOf(vault.keys));
    expect((await signIn(device(), name, 'new password one')).ok).toBe(true);
    // A recovery replaces the recovery key: the used one stops working, the new one works.
    expect(r.value.recoveryKey).toMatch(/^([A-Z0-9]{4}-){12}[A-Z0-9]{4}$/);
    expect(r.value.recoveryKey).not.toBe(recoveryKey);
    expect(await recoverAccount(device(), name, recoveryKey, 'new password two')).toEqual({
      ok: false,
      error: { type: 'BadRecoveryKey' },
    });
    const again = await recoverAccount(device(), name, r.value.recoveryKey, 'new password two');
    if (!again.ok) throw new Error(again.error.type);
    expect(await accountKeyOf(again.value.keys)).toEqual(await accountKeyOf(vault.keys));
  });

  it('makes a new recovery key: the old one stops working, the new one recovers', async () => {
    const { vault, name, d1, recoveryKey } = await signedUp();
    const r = await replaceRecoveryKey(d1, vault.keys);
    if (!r.ok) throw new Error(r.error.type);
    expect(r.value.recoveryKey).not.toBe(recoveryKey);
    expect(await recoverAccount(device(), name, recoveryKey, 'new password two')).toEqual({
      ok: false,
      error: { type: 'BadRecoveryKey' },
    });
    const back = await recoverAccount(device(), name, r.value.recoveryKey, 'new password two');
    if (!back.ok) throw new Error(back.error.type);
    expect(await accountKeyOf(back.value.keys)).toEqual(await accountKeyOf(vault.keys));
  });

  it('lists and revokes sessions, and deletes the account', async () => {
    const { name, password, d1 } = await signedUp();
    const d2 = device();
    expect((await signIn(d2, name, password)).ok).toBe(true);
    const list = await listSessions(d1.http);
    if (!list.ok || !list.value) throw new Error('no list');
    expect(list.value.sessions).toHaveLength(2);
    const other = list.value.sessions.find((s) => !s.current);
    if (!other) throw new Error('no other session');
    expect((await revokeSession(d1.http, other.sessionId)).ok).toBe(true);
    const after = await listSessions(d2.http);
    expect(after).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await deleteAccount(d1.http)).ok).toBe(true);
    expect((await signIn(device(), name, password)).ok).toBe(false);
  });

  it('asks an old session for a fresh sign-in, then changes the password and deletes', async () => {
    const { vault, name, password, d1, accountId } = await signedUp();
    const account = { accountId, userIdentifier: name };
    const before = await listSessions(d1.http);
    const oldId = before.ok ? before.value?.sessions.find((s) => s.current)?.sessionId : undefined;
    server.clock.now += FRESH_SIGN_IN_MS + 1;
    const reauth = { ok: false, error: { type: 'ReauthRequired' } };
    expect(await changePassword(d1, name, 'second password here', vault.keys)).toEqual(reauth);
    expect(await deleteAccount(d1.http)).toEqual(reauth);

    const wrong = await reauthenticate(d1, account, 'not my password');
    expect(wrong).toEqual({ ok: false, error: { type: 'WrongCredentials' } });
    expect(await deleteAccount(d1.http)).toEqual(reauth); // still the old session
    expect((await reauthenticate(d1, account, password)).ok).toBe(true);
    // This device is listed once: its old session ended with the new sign-in.
    const after = await listSessions(d1.http);
    if (!after.ok || !after.value) throw new Error('no list');
    expect(after.value.sessions).toHaveLength(1);
    expect(after.value.sessions[0]?.sessionId).not.toBe(oldId);
    expect((await changePassword(d1, name, 'second password here', vault.keys)).ok).toBe(true);

    server.clock.now += FRESH_SIGN_IN_MS + 1;
    expect(await deleteAccount(d1.http)).toEqual(reauth);
    expect((await reauthenticate(d1, account, 'second password here')).ok).toBe(true);
    expect(await deleteAccount(d1.http)).toEqual({ ok: true, value: null });
    expect((await signIn(device(), name, 'second password here')).ok).toBe(false);
  });

  it('does not act on another account that took the name', async () => {
    const { name, password, d1 } = await signedUp();
    const stale = { accountId: randomUUID(), userIdentifier: name };
    const r = await reauthenticate(d1, stale, password);
    expect(r).toMatchObject({
      ok: false,
      error: { type: 'Failed', cause: { code: 'unauthorized' } },
    });
    const list = await listSessions(d1.http);
    expect(list).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('after deleting the account, signing up again here uploads the entries kept here', async () => {
    const local = new MemoryLocalStore();
    // Its own seed: the other tests' vaults share one space id, which only one account may own.
    const vault = await createVault(testDeps(local, 77), testDeviceWrapper());
    const d1 = device();
    const sync = syncer(vault, local, d1.http);
    const kept = await vault.create('checkin', checkin({ note: 'kept on this device' }));
    expect((await signUp(d1, `person-${randomUUID()}`, 'first password here', vault)).ok).toBe(
      true,
    );
    expect(await sync.sync()).toMatchObject({ status: 'idle', pending: 0 });
    expect((await deleteAccount(d1.http)).ok).toBe(true);

    const name = `person-${randomUUID()}`;
    expect((await signUp(d1, name, 'second password here', vault)).ok).toBe(true);
    expect(await sync.sync()).toMatchObject({ status: 'idle', pending: 0 });

    const d2 = device();
    const keys = await signIn(d2, name, 'second password here');
    if (!keys.ok) throw new Error(keys.error.type);
    const local2 = new MemoryLocalStore();
    const vault2 = await Vault.load(testDeps(local2), keys.value.keys);
    await syncer(vault2, local2, d2.http).sync();
    expect(vault2.get('checkin', kept.id)?.body.note).toBe('kept on this device');
  });
});
