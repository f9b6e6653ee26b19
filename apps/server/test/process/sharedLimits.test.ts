import * as opaque from '@serenity-kit/opaque';
import { afterAll, describe, expect, it } from 'vitest';
import { httpTarget, TestClient } from '../support/http.ts';
import { postgresAvailable } from '../support/stores.ts';
import { twoServersOnOneDatabase } from './twoServers.ts';

const pgOk = await postgresAvailable();

describe.skipIf(!pgOk)('credential budgets across two server processes', () => {
  const two = twoServersOnOneDatabase('sb_limits');
  afterAll(() => two.cleanup());

  it('guesses for one name, spread over both processes, get one budget in all', async () => {
    await opaque.ready;
    const [s1, s2] = await two.start({
      SECUREBASE_OPAQUE_SETUP: opaque.server.createSetup(),
      // Each guess from its own address, so only the per-name budget can hold them back.
      TRUST_PROXY: '1',
    });
    const owner = new TestClient(httpTarget(s1.port));
    expect((await owner.signUp('shared-budget', 'the right one')).answer.status).toBe(201);

    // All at once, half to each process. The back-off is real time here: after the fifth
    // attempt the next waits 1 s, then 2 s, … , so a slow machine may let one more through
    // per doubling of the time the burst took. Per-process budgets would answer 10 or more.
    const started = Date.now();
    const statuses = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const target = httpTarget((i % 2 === 0 ? s1 : s2).port);
        const start = opaque.client.startLogin({ password: `guess ${i}` });
        const r = await new TestClient(target).raw('POST', '/auth/login/start', {
          body: JSON.stringify({
            userIdentifier: 'shared-budget',
            startLoginRequest: start.startLoginRequest,
          }),
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.80.${i}.1` },
        });
        return r.status;
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    const answered = statuses.filter((s) => s === 200).length;
    expect(answered).toBeGreaterThanOrEqual(5);
    expect(answered).toBeLessThanOrEqual(5 + Math.floor(Math.log2(seconds + 1)));
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
  }, 90_000);
});
