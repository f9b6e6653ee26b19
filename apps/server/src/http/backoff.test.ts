/**
 * The credential back-off, kept in the database: the same counts on SQLite and PostgreSQL,
 * and a count that simultaneous requests cannot race past (issue 11, Medium).
 */
import * as opaque from '@serenity-kit/opaque';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, testServer } from '../../test/support/http.ts';
import { ADAPTERS, type OpenedStore, postgresAvailable } from '../../test/support/stores.ts';
import { Backoff } from './backoff.ts';
import { HttpError } from './errors.ts';
import { DEFAULT_LIMITS } from './rateLimit.ts';

const pgOk = await postgresAvailable();

for (const adapter of ADAPTERS) {
  describe.skipIf(adapter.needsPostgres && !pgOk)(`credential back-off on ${adapter.name}`, () => {
    let opened: OpenedStore;
    beforeAll(async () => {
      opened = await adapter.open();
    });
    afterAll(() => opened.cleanup());

    const refused = (p: Promise<void>) =>
      p.then(
        () => 0,
        (e: unknown) => (e instanceof HttpError && e.status === 429 ? (e.retryAfter ?? -1) : -2),
      );

    it('lets five attempts through, then waits 1 s, 2 s, … ; forgive and succeed', async () => {
      const clock = { now: 1_000_000 };
      const b = new Backoff(opened.store, DEFAULT_LIMITS, () => clock.now, 'secret one');
      const waits: number[] = [];
      for (let i = 0; i < 6; i++) waits.push(await refused(b.attempt(['k'])));
      expect(waits).toEqual([0, 0, 0, 0, 0, 1]);
      clock.now += 1000;
      expect(await refused(b.attempt(['k']))).toBe(0);
      expect(await refused(b.attempt(['k']))).toBe(2);
      // Another secret (another deployment, another test) counts apart.
      const other = new Backoff(opened.store, DEFAULT_LIMITS, () => clock.now, 'secret two');
      expect(await refused(other.attempt(['k']))).toBe(0);
      // Any key held back holds the whole attempt back, and counts nothing on the others.
      expect(await refused(b.attempt(['fresh', 'k']))).toBe(2);
      await b.forgive('k');
      clock.now += 2000;
      expect(await refused(b.attempt(['k']))).toBe(0);
      await b.succeed('k');
      for (let i = 0; i < 5; i++) expect(await refused(b.attempt(['k']))).toBe(0);
    });

    it('20 simultaneous sign-in starts for one name: exactly the five free ones answered', async () => {
      const server = await testServer(opened.store, { authPerIp: { rate: 100, burst: 1000 } });
      const owner = new TestClient(server, '10.70.0.1');
      expect((await owner.signUp('raced', 'the password')).answer.status).toBe(201);
      const statuses = await Promise.all(
        Array.from({ length: 20 }, () => {
          const start = opaque.client.startLogin({ password: 'a guess' });
          return new TestClient(server, '10.70.0.2')
            .call('POST', '/auth/login/start', {
              userIdentifier: 'raced',
              startLoginRequest: start.startLoginRequest,
            })
            .then((r) => r.status);
        }),
      );
      expect(statuses.filter((s) => s === 200)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    }, 30_000);
  });
}
