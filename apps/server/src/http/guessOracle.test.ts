/**
 * The attack of issue 11 (High): one counted sign-in start for a victim's name, then every
 * further password guess tested through sign-up's `register/start` for the same name.
 *
 * With `@serenity-kit/opaque` the OPRF key of a name is derived from the server setup and
 * the name alone, for registration and sign-in alike. An answer to `register/start` lets
 * the client finish a registration record for its guess, and that record holds the masking
 * key of the guess. The masking key unmasks the sign-in answer's credential response; when
 * the guess is right, what comes out begins with the server's public key.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { loginStartResponseSchema, registerStartResponseSchema } from '@securebase/core/protocol';
import * as opaque from '@serenity-kit/opaque';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestServer, testServer } from '../../test/support/http.ts';
import { type OpenedStore, openTestSqlite } from '../../test/support/stores.ts';

const STRETCH = 'memory-constrained' as const;
const bytes = (s: string) => Buffer.from(s, 'base64url');

/** HKDF-Expand with HMAC-SHA-512 (RFC 5869), the KDF of OPAQUE's ristretto255 suite. */
function expand(prk: Buffer, info: Buffer, length: number): Buffer {
  const out: Buffer[] = [];
  let t = Buffer.alloc(0);
  for (let i = 1; Buffer.concat(out).length < length; i++) {
    t = createHmac('sha512', prk)
      .update(Buffer.concat([t, info, Buffer.from([i])]))
      .digest();
    out.push(t);
  }
  return Buffer.concat(out).subarray(0, length);
}

/**
 * The server public key inside a sign-in answer (KE2), unmasked with the masking key that a
 * registration record (client public key 32 B, masking key 64 B, envelope) carries.
 */
function unmaskedServerKey(loginResponse: string, registrationRecord: string): string {
  const ke2 = bytes(loginResponse);
  const maskingKey = bytes(registrationRecord).subarray(32, 96);
  const maskingNonce = ke2.subarray(32, 64);
  const masked = ke2.subarray(64, 192);
  const pad = expand(
    maskingKey,
    Buffer.concat([maskingNonce, Buffer.from('CredentialResponsePad')]),
    masked.length,
  );
  const plain = Buffer.from(masked.map((b, i) => b ^ (pad[i] ?? 0)));
  return plain.subarray(0, 32).toString('base64url');
}

let opened: OpenedStore;
let server: TestServer;
beforeAll(async () => {
  opened = await openTestSqlite();
  server = await testServer(opened.store, { authPerIp: { rate: 100, burst: 1000 } });
});
afterAll(() => opened.cleanup());

/** One counted sign-in start for `name`, from its own address: the answer to unmask. */
async function oneSignInStart(name: string) {
  const start = opaque.client.startLogin({ password: 'anything' });
  const r = await new TestClient(server, '10.66.0.1').call('POST', '/auth/login/start', {
    userIdentifier: name,
    startLoginRequest: start.startLoginRequest,
  });
  expect(r.status).toBe(200);
  return loginStartResponseSchema.parse(r.body).loginResponse;
}

/** The guess tested through `register/start`; undefined if the server did not answer. */
async function testGuess(name: string, guess: string, loginResponse: string, ip: string) {
  const start = opaque.client.startRegistration({ password: guess });
  const r = await new TestClient(server, ip).call('POST', '/auth/register/start', {
    userIdentifier: name,
    registrationRequest: start.registrationRequest,
  });
  if (r.status !== 200) return { status: r.status, right: false };
  const { registrationResponse } = registerStartResponseSchema.parse(r.body);
  const { registrationRecord } = opaque.client.finishRegistration({
    password: guess,
    registrationResponse,
    clientRegistrationState: start.clientRegistrationState,
    keyStretching: STRETCH,
  });
  const serverKey = opaque.server.getPublicKey(server.deps.opaqueSetup);
  return {
    status: r.status,
    right: unmaskedServerKey(loginResponse, registrationRecord) === serverKey,
  };
}

describe('password guessing through sign-up (issue 11, High)', { timeout: 60_000 }, () => {
  it('the unmasking works: a record made under the name’s own key opens a sign-in answer', async () => {
    const name = `victim-${randomUUID()}`;
    const password = 'hunter2 but longer';
    const owner = new TestClient(server);
    const { recoveryToken } = await owner.signUp(name, password);
    const loginResponse = await oneSignInStart(name);
    const serverKey = opaque.server.getPublicKey(server.deps.opaqueSetup);
    // The owner's fresh session (a password change) and the recovery token are answered
    // under the name's own key: the records they make open the answer.
    expect(unmaskedServerKey(loginResponse, await owner.newRecord(name, password))).toBe(serverKey);
    const lost = new TestClient(server, '10.66.0.2');
    const recovered = await lost.newRecord(name, password, recoveryToken);
    expect(unmaskedServerKey(loginResponse, recovered)).toBe(serverKey);
    expect(unmaskedServerKey(loginResponse, await owner.newRecord(name, 'wrong'))).not.toBe(
      serverKey,
    );
  });

  it('sign-up answers an existing name and a new one alike', async () => {
    const taken = `victim-${randomUUID()}`;
    expect((await new TestClient(server).signUp(taken, 'a password')).answer.status).toBe(201);
    const start = opaque.client.startRegistration({ password: 'anything' });
    const answers = async (name: string) => {
      const c = new TestClient(server, '10.68.0.1');
      const body = { userIdentifier: name, registrationRequest: start.registrationRequest };
      const one = await c.call('POST', '/auth/register/start', body);
      const two = await c.call('POST', '/auth/register/start', body);
      const [a, b] = [one, two].map((r) =>
        bytes(registerStartResponseSchema.parse(r.body).registrationResponse),
      );
      return {
        statuses: [one.status, two.status],
        same: a?.equals(b ?? Buffer.alloc(0)),
        key: a?.subarray(32).toString('base64url'),
      };
    };
    const serverKey = opaque.server.getPublicKey(server.deps.opaqueSetup);
    // Both 200, both the same answer when asked twice, both with the server's public key.
    expect(await answers(taken)).toEqual({ statuses: [200, 200], same: true, key: serverKey });
    expect(await answers(`new-${randomUUID()}`)).toEqual({
      statuses: [200, 200],
      same: true,
      key: serverKey,
    });
  });

  it('register/start for an existing name tests no guess, from any number of addresses', async () => {
    const name = `victim-${randomUUID()}`;
    const password = 'correct horse battery';
    expect((await new TestClient(server).signUp(name, password)).answer.status).toBe(201);
    const loginResponse = await oneSignInStart(name);
    const guesses = ['123456', password, 'letmein', 'qwerty', password, 'dragon', password];
    const results = [];
    for (const [i, guess] of guesses.entries())
      results.push(await testGuess(name, guess, loginResponse, `10.67.${i}.1`));
    expect(results.filter((r) => r.right)).toEqual([]);
    // Every one was counted on the name: after the sign-in start, four more were answered.
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 429, 429, 429]);
  });
});
