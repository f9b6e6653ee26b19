/**
 * Two server processes on one PostgreSQL database, a client on each, the same account and
 * space: both edit (often the same records) and sync at the same time, for several rounds.
 * In the end both clients and a fresh pull hold the same records at the same versions.
 * Conflicts are settled here by taking the server's copy: merging is the client's job.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { LIMITS, pullResponseSchema, pushResponseSchema } from '@securebase/core/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { httpTarget, TestClient } from '../support/http.ts';
import { postgresAvailable } from '../support/stores.ts';
import { twoServersOnOneDatabase } from './twoServers.ts';

const pgOk = await postgresAvailable();

class SyncingClient {
  readonly local = new Map<string, { version: number; ciphertext: string }>();
  readonly outbox = new Map<
    string,
    { mutationId: string; baseVersion: number; ciphertext: string }
  >();
  cursor = 0;
  pushes = 0;
  constructor(
    readonly http: TestClient,
    readonly space: string,
  ) {}

  edit(recordId: string) {
    const ciphertext = randomBytes(LIMITS.ciphertextMinBytes).toString('base64');
    const baseVersion =
      this.outbox.get(recordId)?.baseVersion ?? this.local.get(recordId)?.version ?? 0;
    this.outbox.set(recordId, { mutationId: randomUUID(), baseVersion, ciphertext });
  }

  async sync() {
    const entries = [...this.outbox];
    if (entries.length) {
      const mutations = entries.map(([id, o]) => ({
        mutationId: o.mutationId,
        baseVersion: o.baseVersion,
        envelope: {
          format: 1,
          id,
          spaceId: this.space,
          keyId: 'k',
          nonce: randomBytes(LIMITS.nonceBytes).toString('base64'),
          ciphertext: o.ciphertext,
        },
      }));
      const r = await this.http.call('POST', `/spaces/${this.space}/push`, { mutations });
      expect(r.status).toBe(200);
      this.pushes++;
      pushResponseSchema.parse(r.body).results.forEach((res, i) => {
        const [id, o] = entries[i] ?? ['', undefined];
        if (!o) return;
        if (res.status === 'applied')
          this.local.set(id, { version: res.version, ciphertext: o.ciphertext });
        else if (res.current) this.local.set(id, res.current);
        this.outbox.delete(id);
      });
    }
    for (;;) {
      const r = await this.http.call(
        'GET',
        `/spaces/${this.space}/pull?since=${this.cursor}&limit=7`,
      );
      const page = pullResponseSchema.parse(r.body);
      for (const e of page.records) {
        const mine = this.local.get(e.id);
        if (!mine || mine.version < e.version) this.local.set(e.id, e);
      }
      this.cursor = page.cursor;
      if (!page.hasMore) break;
    }
  }

  snapshot() {
    return [...this.local].map(([id, v]) => `${id}@${v.version}:${v.ciphertext}`).sort();
  }
}

describe.skipIf(!pgOk)('two server processes on one PostgreSQL', () => {
  const two = twoServersOnOneDatabase('sb_two');
  afterAll(() => two.cleanup());

  it('clients on each converge', async () => {
    const opaque = await import('@serenity-kit/opaque');
    await opaque.ready;
    const [s1, s2] = await two.start({
      SECUREBASE_OPAQUE_SETUP: opaque.server.createSetup(),
    });

    const h1 = new TestClient(httpTarget(s1.port));
    expect((await h1.signUp('two-servers', 'pw one')).answer.status).toBe(201);
    const space = await h1.newSpace();
    const h2 = new TestClient(httpTarget(s2.port));
    expect((await h2.signIn('two-servers', 'pw one')).status).toBe(200);
    const a = new SyncingClient(h1, space);
    const b = new SyncingClient(h2, space);

    const shared = Array.from({ length: 8 }, () => randomUUID());
    const pick = () => shared[Math.floor(Math.random() * shared.length)] ?? randomUUID();
    for (let round = 0; round < 6; round++) {
      for (const client of [a, b]) {
        for (let i = 0; i < 10; i++) client.edit(Math.random() < 0.5 ? pick() : randomUUID());
      }
      await Promise.all([a.sync(), b.sync()]);
    }
    // Settle: anything still differing came from conflicts taken from the server.
    for (let i = 0; i < 2; i++) {
      await a.sync();
      await b.sync();
    }
    const fresh = new SyncingClient(h1, space);
    await fresh.sync();
    expect(a.snapshot()).toEqual(b.snapshot());
    expect(a.snapshot()).toEqual(fresh.snapshot());
    expect(a.pushes + b.pushes).toBeGreaterThanOrEqual(12);
    expect(a.local.size).toBeGreaterThan(50);
  }, 60_000);
});
