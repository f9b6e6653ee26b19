/**
 * Bad input over every endpoint (docs/design.md §7): malformed JSON, wrong types, unknown fields,
 * oversized bodies, wrong media types, bad path and query values, and other people's
 * spaces and sessions. Every answer must be a 4xx with a stable reason code, and the
 * database must be exactly as it was.
 */
import { randomUUID } from 'node:crypto';
import { errorBodySchema, LIMITS } from '@securebase/core/protocol';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badRequests } from '../../test/support/fuzz.ts';
import {
  type Answer,
  b64,
  TestClient,
  type TestServer,
  testServer,
  wireMutation,
} from '../../test/support/http.ts';
import { ADAPTERS, type OpenedStore, postgresAvailable } from '../../test/support/stores.ts';
import type { Database } from '../store/schema.ts';

const RUNS = 60;
const open = { rate: 1e9, burst: 1e9 };
const TABLES: (keyof Database)[] = [
  'accounts',
  'key_blobs',
  'pending_logins',
  'sessions',
  'spaces',
  'memberships',
  'records',
  'mutations',
];

const pgOk = await postgresAvailable();

for (const adapter of ADAPTERS) {
  describe.skipIf(adapter.needsPostgres && !pgOk)(`bad input: ${adapter.name}`, () => {
    let opened: OpenedStore;
    let server: TestServer;
    let alice: TestClient;
    let aliceSpace: string;
    let bobSpace: string;
    let bobSession: string;

    async function dump(): Promise<string> {
      const out: Record<string, string[]> = {};
      for (const t of TABLES) {
        const rows = await opened.db.selectFrom(t).selectAll().execute();
        out[t] = rows.map((r) => JSON.stringify(r)).sort();
      }
      return JSON.stringify(out);
    }

    beforeAll(async () => {
      opened = await adapter.open();
      server = await testServer(opened.store, {
        apiPerIp: open,
        apiPerAccount: open,
        authPerIp: open,
      });
      alice = new TestClient(server);
      await alice.signUp('alice', 'alice password');
      aliceSpace = await alice.newSpace();
      await alice.call('POST', `/spaces/${aliceSpace}/push`, {
        mutations: [wireMutation(aliceSpace, randomUUID(), 0)],
      });
      const bob = new TestClient(server);
      await bob.signUp('bob', 'bob password');
      bobSpace = await bob.newSpace();
      const r = await bob.call('GET', '/sessions');
      bobSession = String(JSON.stringify(r.body).match(/"sessionId":"([^"]+)"/)?.[1]);
    });
    afterAll(() => opened.cleanup());

    type Json = Record<string, unknown>;

    interface Endpoint {
      method: string;
      path: () => string;
      /** A valid body, to be broken. */
      sample: () => Json;
      limit: number;
    }

    const token = () => b64(32);
    const SMALL = LIMITS.bodyBytes;
    const ENDPOINTS: Endpoint[] = [
      {
        method: 'POST',
        path: () => '/auth/register/start',
        sample: () => ({ userIdentifier: 'carol', registrationRequest: 'abcd' }),
        limit: SMALL,
      },
      {
        method: 'POST',
        path: () => '/auth/register/finish',
        sample: () => ({
          userIdentifier: 'carol',
          registrationRecord: 'abcd',
          recoveryToken: token(),
          keys: { opaque: b64(30), recovery: b64(30), keyring: b64(30) },
        }),
        limit: SMALL,
      },
      {
        method: 'POST',
        path: () => '/auth/login/start',
        sample: () => ({ userIdentifier: 'alice', startLoginRequest: 'abcd' }),
        limit: SMALL,
      },
      {
        method: 'POST',
        path: () => '/auth/login/finish',
        sample: () => ({ loginId: randomUUID(), finishLoginRequest: 'abcd' }),
        limit: SMALL,
      },
      {
        method: 'POST',
        path: () => '/auth/recover/keys',
        sample: () => ({ userIdentifier: 'alice', recoveryToken: token() }),
        limit: SMALL,
      },
      {
        method: 'POST',
        path: () => '/auth/recover/finish',
        sample: () => ({
          userIdentifier: 'alice',
          recoveryToken: token(),
          registrationRecord: 'abcd',
          opaqueKey: b64(30),
        }),
        limit: SMALL,
      },
      {
        method: 'PUT',
        path: () => '/account/keyring',
        sample: () => ({ keyring: b64(30) }),
        limit: SMALL,
      },
      {
        method: 'PUT',
        path: () => '/account/recovery',
        sample: () => ({ recoveryToken: token(), recoveryKey: b64(30) }),
        limit: SMALL,
      },
      {
        method: 'POST',
        path: () => '/account/password',
        sample: () => ({ registrationRecord: 'abcd', opaqueKey: b64(30) }),
        limit: SMALL,
      },
      {
        method: 'POST',
        path: () => '/spaces',
        sample: () => ({ spaceId: randomUUID() }),
        limit: SMALL,
      },
      {
        method: 'POST',
        path: () => `/spaces/${aliceSpace}/push`,
        sample: () => ({
          mutations: [
            wireMutation(aliceSpace, randomUUID(), 0),
            wireMutation(aliceSpace, randomUUID(), 0),
          ],
        }),
        limit: LIMITS.pushBodyBytes,
      },
    ];

    async function expectRefused(a: Answer, before: string) {
      expect(a.status, JSON.stringify(a.body)).toBeGreaterThanOrEqual(400);
      expect(a.status).toBeLessThan(500);
      expect(errorBodySchema.safeParse(a.body).success).toBe(true);
      expect(await dump()).toBe(before);
    }

    describe('bad input: only 4xx, data unchanged', { timeout: 20_000 }, () => {
      for (const ep of ENDPOINTS) {
        it(`${ep.method} ${ep.path().replace('undefined', ':spaceId')}`, async () => {
          const before = await dump();
          const sample = ep.sample();
          await fc.assert(
            fc.asyncProperty(badRequests(sample), async (bad) => {
              const headers = bad.type ? { 'content-type': bad.type } : {};
              await expectRefused(
                await alice.raw(ep.method, ep.path(), { body: bad.body, headers }),
                before,
              );
            }),
            { numRuns: RUNS },
          );
          const huge = JSON.stringify({ ...sample, pad: 'x'.repeat(ep.limit) });
          await expectRefused(
            await alice.raw(ep.method, ep.path(), {
              body: huge,
              headers: { 'content-type': 'application/json' },
            }),
            before,
          );
        });
      }

      it('bad path and query values', async () => {
        const before = await dump();
        const notUuid = fc.string().filter((s) => !/^[0-9a-f-]{36}$/.test(s));
        const notSince = fc.string().filter((s) => !/^(0|[1-9][0-9]{0,15})$/.test(s));
        await fc.assert(
          fc.asyncProperty(notUuid, notSince, async (id, since) => {
            const e = encodeURIComponent;
            await expectRefused(await alice.call('GET', `/spaces/${e(id)}/pull?since=0`), before);
            await expectRefused(
              await alice.call('GET', `/spaces/${aliceSpace}/pull?since=${e(since)}`),
              before,
            );
            await expectRefused(
              await alice.call('GET', `/spaces/${aliceSpace}/pull?since=0&x=${e(since)}`),
              before,
            );
            await expectRefused(await alice.call('DELETE', `/sessions/${e(id)}`), before);
            await expectRefused(
              await alice.call('POST', `/spaces/${e(id)}/push`, { mutations: [] }),
              before,
            );
          }),
          { numRuns: RUNS },
        );
      });

      it("other people's spaces and sessions, and bad cookies", async () => {
        const before = await dump();
        const m = () => wireMutation(bobSpace, randomUUID(), 0);
        await expectRefused(
          await alice.call('POST', `/spaces/${bobSpace}/push`, { mutations: [m()] }),
          before,
        );
        await expectRefused(await alice.call('GET', `/spaces/${bobSpace}/pull?since=0`), before);
        await expectRefused(await alice.call('POST', '/spaces', { spaceId: bobSpace }), before);
        await expectRefused(await alice.call('DELETE', `/sessions/${bobSession}`), before);
        // An envelope naming another space than the URL.
        const mixed = { mutations: [wireMutation(aliceSpace, randomUUID(), 0), m()] };
        await expectRefused(await alice.call('POST', `/spaces/${aliceSpace}/push`, mixed), before);
        await fc.assert(
          fc.asyncProperty(fc.string(), async (cookie) => {
            const c = new TestClient(server);
            c.cookie = encodeURIComponent(cookie);
            await expectRefused(await c.call('GET', '/account/keys'), before);
            await expectRefused(
              await c.call('POST', `/spaces/${aliceSpace}/push`, { mutations: [m()] }),
              before,
            );
          }),
          { numRuns: RUNS },
        );
      });
    });
  });
}
