/**
 * Test helpers: the API app in memory (`app.request`, no socket) on a throwaway store, a
 * controllable clock, and a client that keeps its session cookie and runs the OPAQUE
 * client side for real.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  LIMITS,
  loginStartResponseSchema,
  registerStartResponseSchema,
} from '@securebase/core/protocol';
import * as opaque from '@serenity-kit/opaque';
import type { Hono } from 'hono';
import { pino } from 'pino';
import { createApp } from '../../src/app/app.ts';
import { Backoff } from '../../src/http/backoff.ts';
import { type ApiDeps, DEFAULT_SESSIONS } from '../../src/http/context.ts';
import { DEFAULT_LIMITS, type RateLimitConfig, RateLimiter } from '../../src/http/rateLimit.ts';
import type { SyncStore } from '../../src/store/port.ts';

export const ORIGIN = 'http://localhost';
const STRETCH = 'memory-constrained' as const;

/** Anything that answers API requests: the app in memory, or a real server process. */
export interface Target {
  request(path: string, init: RequestInit): Promise<Response>;
}

export interface TestServer extends Target {
  app: Hono;
  deps: ApiDeps;
  clock: { now: number };
}

export async function testServer(
  store: SyncStore,
  limits: Partial<RateLimitConfig> = {},
): Promise<TestServer> {
  await opaque.ready;
  const clock = { now: 1_800_000_000_000 };
  const now = () => clock.now;
  const config = { ...DEFAULT_LIMITS, ...limits };
  const opaqueSetup = opaque.server.createSetup();
  const deps: ApiDeps = {
    store,
    opaqueSetup,
    now,
    log: pino({ level: 'silent' }),
    limiter: new RateLimiter(config, now),
    // Keyed by this server's own setup: servers sharing one test store count apart.
    backoff: new Backoff(store, config, now, opaqueSetup),
    sessions: DEFAULT_SESSIONS,
    clientIp: (c) => c.req.header('x-test-ip') ?? '127.0.0.1',
  };
  const app = createApp({ webRoot: '/nonexistent', api: deps });
  return { app, deps, clock, request: async (path, init) => app.request(`${ORIGIN}${path}`, init) };
}

/** A server process listening on loopback. */
export function httpTarget(port: number): Target {
  return { request: (path, init) => fetch(`http://127.0.0.1:${port}${path}`, init) };
}

export interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

export const b64 = (n: number) => randomBytes(n).toString('base64');

export class TestClient {
  cookie: string | undefined;
  constructor(
    readonly server: Target,
    readonly ip = '127.0.0.1',
  ) {}

  async raw(
    method: string,
    path: string,
    init: { body?: string; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { 'x-test-ip': this.ip, ...init.headers };
    if (this.cookie) headers.cookie = `sb_session=${this.cookie}`;
    const res = await this.server.request(`/api/v1${path}`, {
      method,
      headers,
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    const set = res.headers.get('set-cookie');
    if (set?.startsWith('sb_session=')) {
      const value = set.slice('sb_session='.length).split(';')[0] ?? '';
      this.cookie = value === '' ? undefined : value;
    }
    const text = await res.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    return { status: res.status, body, headers: res.headers };
  }

  call(method: string, path: string, json?: unknown): Promise<Answer> {
    if (json === undefined) return this.raw(method, path);
    return this.raw(method, path, {
      body: JSON.stringify(json),
      headers: { 'content-type': 'application/json' },
    });
  }

  async signUp(userIdentifier: string, password: string, recoveryToken = b64(32)) {
    const start = opaque.client.startRegistration({ password });
    const r1 = await this.call('POST', '/auth/register/start', {
      userIdentifier,
      registrationRequest: start.registrationRequest,
    });
    const { registrationResponse } = registerStartResponseSchema.parse(r1.body);
    const fin = opaque.client.finishRegistration({
      password,
      registrationResponse,
      clientRegistrationState: start.clientRegistrationState,
      keyStretching: STRETCH,
    });
    const keys = { opaque: b64(60), recovery: b64(60), keyring: b64(200) };
    const r2 = await this.call('POST', '/auth/register/finish', {
      userIdentifier,
      registrationRecord: fin.registrationRecord,
      recoveryToken,
      keys,
    });
    return { answer: r2, keys, recoveryToken };
  }

  /**
   * A new OPAQUE registration record for `password`: password change (with this client's
   * fresh session) or recovery (with `recoveryToken`).
   */
  async newRecord(userIdentifier: string, password: string, recoveryToken?: string) {
    const start = opaque.client.startRegistration({ password });
    const r = await this.call('POST', '/auth/register/start', {
      userIdentifier,
      registrationRequest: start.registrationRequest,
      ...(recoveryToken === undefined ? {} : { recoveryToken }),
    });
    const { registrationResponse } = registerStartResponseSchema.parse(r.body);
    return opaque.client.finishRegistration({
      password,
      registrationResponse,
      clientRegistrationState: start.clientRegistrationState,
      keyStretching: STRETCH,
    }).registrationRecord;
  }

  async signIn(userIdentifier: string, password: string): Promise<Answer> {
    const start = opaque.client.startLogin({ password });
    const r1 = await this.call('POST', '/auth/login/start', {
      userIdentifier,
      startLoginRequest: start.startLoginRequest,
    });
    if (r1.status !== 200) return r1;
    const { loginId, loginResponse } = loginStartResponseSchema.parse(r1.body);
    const fin = opaque.client.finishLogin({
      password,
      loginResponse,
      clientLoginState: start.clientLoginState,
      keyStretching: STRETCH,
    });
    // A wrong password fails on the client already; send a well-formed but wrong proof so
    // the server's answer is what is tested.
    const finishLoginRequest =
      fin?.finishLoginRequest ?? Buffer.from(randomBytes(64)).toString('base64url');
    return this.call('POST', '/auth/login/finish', { loginId, finishLoginRequest });
  }

  async newSpace(): Promise<string> {
    const spaceId = randomUUID();
    const r = await this.call('POST', '/spaces', { spaceId });
    if (r.status !== 201) throw new Error(`space not created: ${r.status}`);
    return spaceId;
  }
}

/** A well-formed push mutation; `size` is the ciphertext's (at least the protocol's minimum). */
export function wireMutation(
  spaceId: string,
  recordId: string,
  baseVersion: number,
  size: number = LIMITS.ciphertextMinBytes,
) {
  return {
    mutationId: randomUUID(),
    baseVersion,
    envelope: {
      format: 1,
      id: recordId,
      spaceId,
      keyId: 'k1-test',
      nonce: b64(24),
      ciphertext: b64(size),
    },
  };
}
