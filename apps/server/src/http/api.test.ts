/** The API end to end in memory: accounts, sessions, recovery, spaces, push and pull. */
import { randomUUID } from 'node:crypto';
import {
  errorBodySchema,
  keysResponseSchema,
  loginStartResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  sessionsResponseSchema,
  signedInResponseSchema,
} from '@securebase/core/protocol';
import * as opaque from '@serenity-kit/opaque';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  b64,
  TestClient,
  type TestServer,
  testServer,
  wireMutation,
} from '../../test/support/http.ts';
import { type OpenedStore, openTestSqlite } from '../../test/support/stores.ts';
import { FRESH_SIGN_IN_MS } from './account.ts';
import { DEFAULT_SESSIONS } from './context.ts';

let opened: OpenedStore;
let server: TestServer;
beforeAll(async () => {
  opened = await openTestSqlite();
  // Many sign-ups from one address here; the per-IP sign-up budget has its own test below.
  server = await testServer(opened.store, { authPerIp: { rate: 100, burst: 1000 } });
});
afterAll(() => opened.cleanup());

const code = (body: unknown) => errorBodySchema.parse(body).error.code;
const uniqueName = () => `person-${randomUUID()}`;

async function signedUp(password = 'correct horse') {
  const c = new TestClient(server);
  const name = uniqueName();
  const r = await c.signUp(name, password);
  expect(r.answer.status).toBe(201);
  return { c, name, password, ...r };
}

describe('accounts', { timeout: 20_000 }, () => {
  it('signs up with a session cookie that is HttpOnly, SameSite=Strict and scoped to /api', async () => {
    const { c, answer, keys } = await signedUp();
    const cookie = answer.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api/);
    expect(cookie).not.toMatch(/Secure/); // plain http on localhost only
    const got = keysResponseSchema.parse((await c.call('GET', '/account/keys')).body);
    expect(got.keys).toEqual(keys);
  });

  it('marks the cookie Secure on any other origin', async () => {
    const res = await server.app.request('https://sync.example.test/api/v1/auth/register/finish', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        userIdentifier: uniqueName(),
        registrationRecord: 'abc',
        recoveryToken: Buffer.alloc(32).toString('base64'),
        keys: { opaque: 'AAAA', recovery: 'AAAA' },
      }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('refuses a taken identifier', async () => {
    const { name } = await signedUp();
    expect(code((await new TestClient(server).signUp(name, 'x')).answer.body)).toBe(
      'identifier_taken',
    );
  });

  it('signs in with the right password and answers a wrong one and an unknown person alike', async () => {
    const { name, password } = await signedUp();
    const other = new TestClient(server, '10.1.0.1');
    const good = await other.signIn(name, password);
    expect(good.status).toBe(200);
    signedInResponseSchema.parse(good.body);
    expect((await other.call('GET', '/account')).status).toBe(200);
    const wrong = await new TestClient(server, '10.1.0.2').signIn(name, 'wrong');
    const unknown = await new TestClient(server, '10.1.0.3').signIn(uniqueName(), 'wrong');
    expect([wrong.status, code(wrong.body)]).toEqual([401, 'invalid_credentials']);
    expect([unknown.status, code(unknown.body)]).toEqual([401, 'invalid_credentials']);
  });

  it('lists and revokes sessions; signing out ends the session', async () => {
    const { c, name, password } = await signedUp();
    const laptop = new TestClient(server);
    await laptop.signIn(name, password);
    const list = sessionsResponseSchema.parse((await c.call('GET', '/sessions')).body).sessions;
    expect(list).toHaveLength(2);
    const theirs = list.find((s) => !s.current);
    expect((await c.call('DELETE', `/sessions/${theirs?.sessionId}`)).status).toBe(204);
    expect(code((await laptop.call('GET', '/account')).body)).toBe('unauthorized');
    expect((await c.call('POST', '/auth/logout')).status).toBe(204);
    expect((await c.call('GET', '/account')).status).toBe(401);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const { c } = await signedUp();
    server.clock.now += DEFAULT_SESSIONS.idleMs - 1000;
    expect((await c.call('GET', '/ping')).status).toBe(204);
    server.clock.now += DEFAULT_SESSIONS.idleMs - 1000;
    expect((await c.call('GET', '/ping')).status).toBe(204);
    server.clock.now += DEFAULT_SESSIONS.idleMs;
    expect((await c.call('GET', '/ping')).status).toBe(401);
    const { c: d } = await signedUp();
    for (let t = 0; t < DEFAULT_SESSIONS.absoluteMs; t += DEFAULT_SESSIONS.idleMs / 2) {
      server.clock.now += DEFAULT_SESSIONS.idleMs / 2;
      await d.call('GET', '/ping');
    }
    expect((await d.call('GET', '/ping')).status).toBe(401);
  });

  it('changes the password: the new one works, the old one fails, other sessions end', async () => {
    const { c, name, password } = await signedUp();
    const laptop = new TestClient(server);
    await laptop.signIn(name, password);
    const registrationRecord = await c.newRecord(name, 'new password');
    const change = await c.call('POST', '/account/password', {
      registrationRecord,
      opaqueKey: 'AAEC',
    });
    expect(change.status).toBe(204);
    expect((await c.call('GET', '/ping')).status).toBe(204);
    expect((await laptop.call('GET', '/ping')).status).toBe(401);
    expect((await new TestClient(server).signIn(name, password)).status).toBe(401);
    const fresh = new TestClient(server);
    expect((await fresh.signIn(name, 'new password')).status).toBe(200);
    expect(
      keysResponseSchema.parse((await fresh.call('GET', '/account/keys')).body).keys.opaque,
    ).toBe('AAEC');
  });

  it('asks for a fresh sign-in before deleting the account or changing the password', async () => {
    const { c, name, password } = await signedUp();
    server.clock.now += FRESH_SIGN_IN_MS + 1000;
    const del = await c.call('DELETE', '/account');
    expect([del.status, code(del.body)]).toEqual([403, 'reauth_required']);
    const pw = await c.call('POST', '/account/password', {
      registrationRecord: 'abcd',
      opaqueKey: 'AAAA',
    });
    expect(code(pw.body)).toBe('reauth_required');
    const rk = await c.call('PUT', '/account/recovery', {
      recoveryToken: b64(32),
      recoveryKey: 'AAAA',
    });
    expect(code(rk.body)).toBe('reauth_required');
    expect((await c.signIn(name, password)).status).toBe(200);
    expect((await c.call('DELETE', '/account')).status).toBe(204);
  });

  it('asks for a fresh sign-in before replacing the keyring, so an old cookie cannot', async () => {
    const { c, name, password, keys } = await signedUp();
    const fresh = await c.call('PUT', '/account/keyring', { keyring: keys.keyring });
    expect(fresh.status).toBe(204);
    server.clock.now += FRESH_SIGN_IN_MS + 1000;
    const stale = await c.call('PUT', '/account/keyring', { keyring: b64(300) });
    expect([stale.status, code(stale.body)]).toEqual([403, 'reauth_required']);
    const kept = keysResponseSchema.parse((await c.call('GET', '/account/keys')).body);
    expect(kept.keys.keyring).toBe(keys.keyring);
    expect((await c.signIn(name, password)).status).toBe(200);
    const again = await c.call('PUT', '/account/keyring', { keyring: keys.keyring });
    expect(again.status).toBe(204);
  });

  it('recovers with the recovery token: sets a new password and recovery key, ends every session', async () => {
    const { c, name, keys, recoveryToken } = await signedUp();
    const lost = new TestClient(server, '10.2.0.1');
    const bad = await lost.call('POST', '/auth/recover/keys', {
      userIdentifier: name,
      recoveryToken: Buffer.alloc(32, 1).toString('base64'),
    });
    expect(code(bad.body)).toBe('invalid_credentials');
    const got = await lost.call('POST', '/auth/recover/keys', {
      userIdentifier: name,
      recoveryToken,
    });
    expect(got.body).toEqual({ recovery: keys.recovery });
    const registrationRecord = await lost.newRecord(name, 'after recovery', recoveryToken);
    const newRecoveryToken = b64(32);
    const fin = await lost.call('POST', '/auth/recover/finish', {
      userIdentifier: name,
      recoveryToken,
      registrationRecord,
      opaqueKey: 'BBBB',
      newRecoveryToken,
      newRecoveryKey: 'CCCC',
    });
    expect(fin.status).toBe(200);
    expect((await c.call('GET', '/ping')).status).toBe(401);
    expect((await lost.call('GET', '/ping')).status).toBe(204);
    expect((await new TestClient(server).signIn(name, 'after recovery')).status).toBe(200);
    // The used key stops working everywhere; the new one works (issue 11).
    const stranger = new TestClient(server, '10.2.0.2');
    for (const path of ['/auth/recover/keys', '/auth/recover/finish']) {
      const again = await stranger.call('POST', path, {
        userIdentifier: name,
        recoveryToken,
        ...(path.endsWith('finish')
          ? {
              registrationRecord,
              opaqueKey: 'DDDD',
              newRecoveryToken: b64(32),
              newRecoveryKey: 'DDDD',
            }
          : {}),
      });
      expect([again.status, code(again.body)]).toEqual([401, 'invalid_credentials']);
    }
    const start = opaque.client.startRegistration({ password: 'x' });
    const withOld = await stranger.call('POST', '/auth/register/start', {
      userIdentifier: name,
      registrationRequest: start.registrationRequest,
      recoveryToken,
    });
    expect(code(withOld.body)).toBe('invalid_credentials');
    const withNew = await stranger.call('POST', '/auth/recover/keys', {
      userIdentifier: name,
      recoveryToken: newRecoveryToken,
    });
    expect(withNew.body).toEqual({ recovery: 'CCCC' });
  });

  it('recovery has its own budget: strangers who lock the name out of sign-in do not lock out recovery', async () => {
    const { name, password, recoveryToken } = await signedUp();
    for (let i = 0; i < 8; i++) await new TestClient(server, `10.12.${i}.1`).signIn(name, 'nope');
    const owner = new TestClient(server, '10.12.99.1');
    expect((await owner.signIn(name, password)).status).toBe(429);
    const keys = await owner.call('POST', '/auth/recover/keys', {
      userIdentifier: name,
      recoveryToken,
    });
    expect(keys.status).toBe(200);
    // Wrong tokens are held back per address, and only there.
    const prober = new TestClient(server, '10.12.98.1');
    const probes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await prober.call('POST', '/auth/recover/keys', {
        userIdentifier: name,
        recoveryToken: b64(32),
      });
      probes.push(r.status);
    }
    expect(probes).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(
      (await owner.call('POST', '/auth/recover/keys', { userIdentifier: name, recoveryToken }))
        .status,
    ).toBe(200);
  });

  it('deletes the account and all its server data', async () => {
    const { c, name, password, answer } = await signedUp();
    const { accountId } = signedInResponseSchema.parse(answer.body);
    const space = await c.newSpace();
    await c.call('POST', `/spaces/${space}/push`, {
      mutations: [wireMutation(space, randomUUID(), 0)],
    });
    expect((await c.call('DELETE', '/account')).status).toBe(204);
    expect((await c.call('GET', '/account')).status).toBe(401);
    expect((await new TestClient(server).signIn(name, password)).status).toBe(401);
    expect(await opened.store.listSpaces(accountId)).toEqual([]);
    expect(await opened.store.keyBlobs(accountId)).toEqual({});
    const again = await signedUp();
    expect((await again.c.call('POST', '/spaces', { spaceId: space })).status).toBe(201);
  });

  it('backs off repeated failures per identifier, for unknown identifiers too', async () => {
    for (const name of [(await signedUp()).name, uniqueName()]) {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const r = await new TestClient(server, `10.3.${i}.1`).signIn(name, 'nope');
        statuses.push(r.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    }
  }, 30_000);

  it('backs off guesses tested from the sign-in start alone, never finished', async () => {
    // OPAQUE lets a client check a guess against the start's answer by itself.
    const { name } = await signedUp();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = opaque.client.startLogin({ password: `guess ${i}` });
      const r = await new TestClient(server, `10.4.${i}.1`).call('POST', '/auth/login/start', {
        userIdentifier: name,
        startLoginRequest: start.startLoginRequest,
      });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
  }, 30_000);

  it('clears the count on a right password, so a person who mistyped is not held back', async () => {
    const { name, password } = await signedUp();
    const from = new TestClient(server, '10.5.0.1');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await from.signIn(name, 'typo')).status);
    // Each start counts as a guess, and its right finish takes it back: had these counted,
    // the address would now be held back.
    for (let i = 0; i < 6; i++) statuses.push((await from.signIn(name, password)).status);
    statuses.push((await from.signIn(name, 'typo')).status);
    expect(statuses).toEqual([...Array(4).fill(401), ...Array(6).fill(200), 401]);
  }, 30_000);

  it('does not let a sign-in started before a password change finish with the old password', async () => {
    const { c, name, password } = await signedUp();
    const start = opaque.client.startLogin({ password });
    const r1 = await new TestClient(server).call('POST', '/auth/login/start', {
      userIdentifier: name,
      startLoginRequest: start.startLoginRequest,
    });
    const { loginId, loginResponse } = loginStartResponseSchema.parse(r1.body);
    const registrationRecord = await c.newRecord(name, 'a new password');
    const changed = await c.call('POST', '/account/password', {
      registrationRecord,
      opaqueKey: 'AAEC',
    });
    expect(changed.status).toBe(204);
    const fin = opaque.client.finishLogin({
      password,
      loginResponse,
      clientLoginState: start.clientLoginState,
      keyStretching: 'memory-constrained',
    });
    const r2 = await new TestClient(server).call('POST', '/auth/login/finish', {
      loginId,
      finishLoginRequest: fin?.finishLoginRequest,
    });
    expect([r2.status, code(r2.body)]).toEqual([401, 'login_expired']);
  });

  it('refuses identifiers with control characters, as a 400', async () => {
    const c = new TestClient(server);
    for (const userIdentifier of ['a\u0000b', 'tab\there', '\u007f']) {
      const r = await c.call('POST', '/auth/login/start', {
        userIdentifier,
        startLoginRequest: 'abcd',
      });
      expect([r.status, code(r.body)]).toEqual([400, 'bad_request']);
    }
  });
});

describe('sync over HTTP', { timeout: 20_000 }, () => {
  it('pushes, pulls, answers conflicts with the server copy, and hides other spaces', async () => {
    const { c } = await signedUp();
    const space = await c.newSpace();
    const rec = randomUUID();
    const m1 = wireMutation(space, rec, 0);
    const p1 = pushResponseSchema.parse(
      (await c.call('POST', `/spaces/${space}/push`, { mutations: [m1] })).body,
    );
    expect(p1).toEqual({
      results: [{ mutationId: m1.mutationId, status: 'applied', version: 1 }],
      spaceVersion: 1,
    });
    const stale = wireMutation(space, rec, 0);
    const p2 = pushResponseSchema.parse(
      (await c.call('POST', `/spaces/${space}/push`, { mutations: [stale] })).body,
    );
    expect(p2.results[0]).toEqual({
      mutationId: stale.mutationId,
      status: 'conflict',
      current: { ...m1.envelope, version: 1 },
    });
    const pull = pullResponseSchema.parse(
      (await c.call('GET', `/spaces/${space}/pull?since=0`)).body,
    );
    expect(pull).toEqual({
      records: [{ ...m1.envelope, version: 1 }],
      cursor: 1,
      spaceVersion: 1,
      hasMore: false,
    });
    const { c: stranger } = await signedUp();
    const theirs = await stranger.call('POST', `/spaces/${space}/push`, {
      mutations: [wireMutation(space, rec, 1)],
    });
    expect([theirs.status, code(theirs.body)]).toEqual([404, 'not_found']);
    expect((await stranger.call('GET', `/spaces/${space}/pull?since=0`)).status).toBe(404);
    expect((await c.call('GET', '/spaces')).body).toEqual({
      spaces: [{ spaceId: space, version: 1, role: 'owner' }],
    });
  });

  it('refuses cross-origin writes, other media types and oversized bodies', async () => {
    const { c } = await signedUp();
    const space = await c.newSpace();
    const json = JSON.stringify({ mutations: [wireMutation(space, randomUUID(), 0)] });
    const foreign = await c.raw('POST', `/spaces/${space}/push`, {
      body: json,
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
    });
    expect([foreign.status, code(foreign.body)]).toEqual([403, 'forbidden']);
    const form = await c.raw('POST', `/spaces/${space}/push`, {
      body: json,
      headers: { 'content-type': 'text/plain' },
    });
    expect(code(form.body)).toBe('unsupported_media_type');
    const huge = await c.raw('POST', '/spaces', {
      body: JSON.stringify({ spaceId: 'x'.repeat(100_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect([huge.status, code(huge.body)]).toEqual([413, 'too_large']);
  });
});

describe('per-IP budgets', () => {
  it('limits sign-up and sign-in starts per address, with a retry time', async () => {
    const own = await testServer(opened.store);
    const from = (ip: string) =>
      new TestClient(own, ip).call('POST', '/auth/login/start', {
        userIdentifier: 'someone',
        startLoginRequest: 'abcd',
      });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await from('10.9.0.1')).status);
    expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
    const last = await from('10.9.0.1');
    expect(last.status).toBe(429);
    expect(errorBodySchema.parse(last.body).error.retryAfter).toBeGreaterThan(0);
    expect(last.headers.get('retry-after')).toBeTruthy();
    expect((await from('10.9.0.2')).status).toBe(400);
  });
});
