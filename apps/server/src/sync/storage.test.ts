/**
 * Storage limits over HTTP: a push or space over the account's quota is `403
 * quota_exceeded`; a full disk (here: SQLite's max_page_count, which fails writes with
 * SQLITE_FULL exactly as a full file system does) is `507 storage_full`, never `500`, for
 * pushes and sign-ups alike, and loses nothing that was stored.
 */
import { randomUUID } from 'node:crypto';
import { errorBodySchema, pullResponseSchema } from '@securebase/core/protocol';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { TestClient, testServer, wireMutation } from '../../test/support/http.ts';
import { type OpenedStore, openTestSqlite } from '../../test/support/stores.ts';
import { KyselySyncStore } from '../store/kysely.ts';

let opened: OpenedStore | undefined;
afterEach(async () => {
  await opened?.cleanup();
  opened = undefined;
});

const code = (body: unknown) => errorBodySchema.parse(body).error.code;

async function signedIn(store: KyselySyncStore) {
  const server = await testServer(store);
  const c = new TestClient(server);
  expect((await c.signUp(`s-${randomUUID()}`, 'pw')).answer.status).toBe(201);
  return { server, c };
}

describe('storage quota over HTTP', { timeout: 30_000 }, () => {
  it('answers 403 quota_exceeded for a push or a space past it', async () => {
    opened = await openTestSqlite();
    const store = new KyselySyncStore(opened.db, opened.tx, { bytes: 2000, spaces: 1 });
    const { c } = await signedIn(store);
    const space = await c.newSpace();
    const second = await c.call('POST', '/spaces', { spaceId: randomUUID() });
    expect(second.status).toBe(403);
    expect(code(second.body)).toBe('quota_exceeded');
    const push = (size: number) =>
      c.call('POST', `/spaces/${space}/push`, {
        mutations: [wireMutation(space, randomUUID(), 0, size)],
      });
    expect((await push(1500)).status).toBe(200);
    const over = await push(1500);
    expect(over.status).toBe(403);
    expect(code(over.body)).toBe('quota_exceeded');
    const pulled = pullResponseSchema.parse(
      (await c.call('GET', `/spaces/${space}/pull?since=0`)).body,
    );
    expect(pulled.records).toHaveLength(1);
  });
});

describe('a full disk', { timeout: 60_000 }, () => {
  it('answers 507 storage_full to pushes and sign-ups, loses nothing, and recovers', async () => {
    opened = await openTestSqlite();
    const { store } = opened;
    const { server, c } = await signedIn(store);
    const space = await c.newSpace();
    const push = () => {
      const m = wireMutation(space, randomUUID(), 0);
      return c
        .call('POST', `/spaces/${space}/push`, { mutations: [m] })
        .then((answer) => ({ answer, ciphertext: m.envelope.ciphertext }));
    };
    const pages = await sql<{ page_count: number }>`pragma page_count`.execute(opened.db);
    const full = (pages.rows[0]?.page_count ?? 0) + 2;
    await sql.raw(`pragma max_page_count = ${full}`).execute(opened.db);

    // Push until the database is full: every answer is 200 or 507, never 500.
    const stored: string[] = [];
    let refused: Awaited<ReturnType<typeof push>>['answer'] | undefined;
    for (let i = 0; i < 500 && !refused; i++) {
      const { answer, ciphertext } = await push();
      if (answer.status === 200) stored.push(ciphertext);
      else refused = answer;
    }
    expect(stored.length).toBeGreaterThan(0);
    expect(refused?.status).toBe(507);
    expect(code(refused?.body)).toBe('storage_full');
    expect(refused?.headers.get('retry-after')).toBe('60');
    expect((await push()).answer.status).toBe(507);

    // Fill the accounts' pages too (small rows), then a sign-up meets the full disk.
    let fillError: unknown;
    for (let i = 0; i < 2000 && !fillError; i++) {
      const id = randomUUID();
      await store
        .createAccount({
          id,
          identifier: id,
          registrationRecord: 'r',
          recoveryTokenHash: 'h',
          createdAt: 1,
          keys: {},
        })
        .catch((e: unknown) => {
          fillError = e;
        });
    }
    expect(fillError).toMatchObject({ code: 'SQLITE_FULL' });
    const newcomer = await new TestClient(server).signUp(`late-${randomUUID()}`, 'pw');
    expect(newcomer.answer.status).toBe(507);
    expect(code(newcomer.answer.body)).toBe('storage_full');

    // Everything acknowledged is there, byte for byte, and nothing refused was written.
    const pulled = pullResponseSchema.parse(
      (await c.call('GET', `/spaces/${space}/pull?since=0`)).body,
    );
    expect(pulled.records.map((r) => r.ciphertext)).toEqual(stored);
    expect(pulled.spaceVersion).toBe(stored.length);

    // Room again: the same client pushes on, versions continue without a gap.
    await sql.raw(`pragma max_page_count = ${full * 100}`).execute(opened.db);
    const again = await push();
    expect(again.answer.status).toBe(200);
    expect(again.answer.body).toMatchObject({ spaceVersion: stored.length + 1 });
    expect((await new TestClient(server).signUp(`later-${randomUUID()}`, 'pw')).answer.status).toBe(
      201,
    );
  });
});
