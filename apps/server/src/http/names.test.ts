/**
 * Input the protocol refuses or normalises before it reaches the store: account names in
 * either Unicode form are one account, and envelopes too short to be sealed ones (empty or
 * one-byte nonces and ciphertexts) are refused whole.
 */
import { randomUUID } from 'node:crypto';
import { errorBodySchema, LIMITS } from '@securebase/core/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestServer, testServer, wireMutation } from '../../test/support/http.ts';
import { type OpenedStore, openTestSqlite } from '../../test/support/stores.ts';

let opened: OpenedStore;
let server: TestServer;
beforeAll(async () => {
  opened = await openTestSqlite();
  server = await testServer(opened.store);
});
afterAll(() => opened.cleanup());

const code = (body: unknown) => errorBodySchema.parse(body).error.code;

describe('account names', { timeout: 20_000 }, () => {
  it('are one account whether typed composed (NFC) or decomposed (NFD)', async () => {
    const tag = randomUUID().slice(0, 8);
    const nfc = `Ren\u00e9e ${tag}`;
    const nfd = `Rene\u0301e ${tag}`;
    const first = new TestClient(server);
    expect((await first.signUp(nfc, 'pw one')).answer.status).toBe(201);
    // The same name in the other form is taken, and signs in to the same account.
    const second = new TestClient(server);
    const again = await second.signUp(nfd, 'pw two');
    expect(again.answer.status).toBe(409);
    expect(code(again.answer.body)).toBe('identifier_taken');
    const signedIn = await second.signIn(nfd, 'pw one');
    expect(signedIn.status).toBe(200);
    const account = await second.call('GET', '/account');
    expect(account.body).toMatchObject({ userIdentifier: nfc });
    expect(await opened.store.accountByIdentifier(nfd)).toBeUndefined();
  });
});

describe('envelopes', { timeout: 20_000 }, () => {
  it('refuse empty, short or long nonces and too-short ciphertexts, storing nothing', async () => {
    const c = new TestClient(server);
    expect((await c.signUp(`n-${randomUUID()}`, 'pw')).answer.status).toBe(201);
    const space = await c.newSpace();
    const b64 = (n: number) => Buffer.alloc(n, 9).toString('base64');
    const cases = [
      { nonce: '' },
      { nonce: b64(1) },
      { nonce: b64(23) },
      { nonce: b64(25) },
      { ciphertext: '' },
      { ciphertext: b64(1) },
      { ciphertext: b64(LIMITS.ciphertextMinBytes - 1) },
    ];
    for (const bad of cases) {
      const m = wireMutation(space, randomUUID(), 0);
      const r = await c.call('POST', `/spaces/${space}/push`, {
        mutations: [{ ...m, envelope: { ...m.envelope, ...bad } }],
      });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(code(r.body)).toBe('bad_request');
    }
    const pulled = await c.call('GET', `/spaces/${space}/pull?since=0`);
    expect(pulled.body).toMatchObject({ records: [], spaceVersion: 0 });
    const ok = await c.call('POST', `/spaces/${space}/push`, {
      mutations: [wireMutation(space, randomUUID(), 0)],
    });
    expect(ok.status).toBe(200);
  });
});
