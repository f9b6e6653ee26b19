/**
 * Test devices for the client sync engine against the real server: each device is a Vault
 * on its own in-memory LocalStore with the real SyncClient and HTTP transport, talking to
 * a `Target` (the Hono app in memory, or a server process) with a session cookie. Devices
 * of one account share the keyring's space and keys but each has its own HLC node id.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { pullResponseSchema } from '@securebase/core/protocol';
import {
  type Http,
  httpSyncTransport,
  SyncClient,
  type SyncTransport,
} from '@securebase/core/sync-client';
import { ManualClock, seededRandom } from '@securebase/core/testing';
import { KeyCustody, type Keyring, MemoryLocalStore, Vault } from '@securebase/core/vault';
import { afterAll, beforeAll, expect } from 'vitest';
import { DEFAULT_QUOTA } from '../../src/store/quota.ts';
import { type Target, TestClient, type TestServer, testServer } from '../support/http.ts';
import { type OpenedStore, openTestSqlite } from '../support/stores.ts';

const BIG = { rate: 1e6, burst: 1e6 };

/**
 * The server app on a throwaway SQLite store, request budgets out of the way, with one
 * account signed up before the file's tests (its cookie is what devices send).
 */
export function accountServer(prefix: string) {
  let at: { opened: OpenedStore; server: TestServer; owner: TestClient } | undefined;
  beforeAll(async () => {
    // Property tests give the one account a new space per run: no space quota here.
    const opened = await openTestSqlite({ ...DEFAULT_QUOTA, spaces: Number.MAX_SAFE_INTEGER });
    const server = await testServer(opened.store, { apiPerIp: BIG, apiPerAccount: BIG });
    const owner = new TestClient(server);
    const r = await owner.signUp(`${prefix}-${randomUUID()}`, 'pass phrase here');
    expect(r.answer.status).toBe(201);
    at = { opened, server, owner };
  });
  afterAll(() => at?.opened.cleanup());
  const ready = () => {
    if (!at) throw new Error('accountServer is ready only inside tests');
    return at;
  };
  return {
    server: () => ready().server,
    owner: () => ready().owner,
    cookie: () => at?.owner.cookie,
    /** Everything the server holds in a space, from version 0. */
    async records(spaceId: string) {
      const r = await ready().owner.call('GET', `/spaces/${spaceId}/pull?since=0`);
      return pullResponseSchema.parse(r.body);
    },
  };
}

/** An `Http` over a target that carries one session cookie; `online` can be switched off. */
export function cookieHttp(target: Target, cookie: () => string | undefined) {
  const net = { online: true, requests: 0 };
  const http: Http = async (req) => {
    if (!net.online) throw new Error('offline');
    net.requests++;
    const headers: Record<string, string> = {};
    const c = cookie();
    if (c) headers.cookie = `sb_session=${c}`;
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    const res = await target.request(req.path, {
      method: req.method,
      headers,
      ...(req.body !== undefined ? { body: req.body } : {}),
    });
    return { status: res.status, text: await res.text() };
  };
  return { http, net };
}

/** An `Http` with its own cookie jar, as one browser profile would have. */
export function jarHttp(target: Target) {
  const jar = { cookie: undefined as string | undefined };
  const { http: inner, net } = cookieHttp(target, () => jar.cookie);
  const http: Http = async (req) => {
    const headers: Record<string, string> = {};
    if (jar.cookie) headers.cookie = `sb_session=${jar.cookie}`;
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    if (!net.online) return inner(req);
    net.requests++;
    const res = await target.request(req.path, {
      method: req.method,
      headers,
      ...(req.body !== undefined ? { body: req.body } : {}),
    });
    const set = res.headers.get('set-cookie');
    if (set?.startsWith('sb_session=')) {
      const v = set.slice('sb_session='.length).split(';')[0] ?? '';
      jar.cookie = v === '' ? undefined : v;
    }
    return { status: res.status, text: await res.text() };
  };
  return { http, jar, net };
}

export function newRing(spaceId: string): Keyring {
  return {
    privateSpaceId: spaceId,
    node: randomBytes(8).toString('hex'),
    spaceKeys: [{ spaceId, keyId: `k1-${randomBytes(4).toString('hex')}`, key: randomBytes(32) }],
  };
}

export interface Device {
  vault: Vault;
  local: MemoryLocalStore;
  sync: SyncClient;
  net: { online: boolean; requests: number };
  clock: ManualClock;
}

export async function newDevice(
  target: Target,
  cookie: () => string | undefined,
  ak: Uint8Array,
  ring: Keyring,
  seed: number,
  opts: { wrap?: (t: SyncTransport) => SyncTransport; sleep?: (ms: number) => Promise<void> } = {},
): Promise<Device> {
  const local = new MemoryLocalStore();
  const clock = new ManualClock();
  const random = seededRandom(seed);
  const keys = KeyCustody.of(ak, { ...ring, node: randomBytes(8).toString('hex') });
  const vault = await Vault.load({ local, clock, random }, keys);
  const { http, net } = cookieHttp(target, cookie);
  const base = httpSyncTransport(http);
  const sync = new SyncClient({
    replica: vault,
    outbox: vault.outbox,
    transport: opts.wrap ? opts.wrap(base) : base,
    clock,
    random,
    sleep: opts.sleep ?? (async () => {}),
  });
  return { vault, local, sync, net, clock };
}
