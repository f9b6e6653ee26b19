/**
 * HSTS and the same-origin check depend on the scheme the browser used: the request's own,
 * or, with TRUST_PROXY, the proxy's X-Forwarded-Proto.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, testServer } from '../../test/support/http.ts';
import { type OpenedStore, openTestSqlite } from '../../test/support/stores.ts';
import { createApp } from '../app/app.ts';
import { STRICT_TRANSPORT_SECURITY } from './headers.ts';

let opened: OpenedStore;
let server: TestServer;
beforeAll(async () => {
  opened = await openTestSqlite();
  server = await testServer(opened.store);
});
afterAll(() => opened.cleanup());

const direct = () => createApp({ webRoot: '/nonexistent', api: server.deps });
const proxied = () => createApp({ webRoot: '/nonexistent', api: server.deps, trustProxy: true });
const hsts = (r: Response) => r.headers.get('strict-transport-security');

describe('HSTS', () => {
  it('is sent on responses served over HTTPS, and only there', async () => {
    expect(hsts(await direct().request('https://sync.example.test/api/health'))).toBe(
      STRICT_TRANSPORT_SECURITY,
    );
    expect(hsts(await direct().request('http://localhost/api/health'))).toBeNull();
    expect(hsts(await direct().request('https://sync.example.test/'))).toBe(
      STRICT_TRANSPORT_SECURITY,
    );
  });

  it('believes X-Forwarded-Proto only with TRUST_PROXY, and then its last value', async () => {
    const via = (app: ReturnType<typeof createApp>, proto: string) =>
      app.request('http://sync.example.test/api/health', {
        headers: { 'x-forwarded-proto': proto },
      });
    expect(hsts(await via(proxied(), 'https'))).toBe(STRICT_TRANSPORT_SECURITY);
    expect(hsts(await via(proxied(), 'https, http'))).toBeNull();
    expect(hsts(await via(direct(), 'https'))).toBeNull();
  });
});

describe('same-origin check', () => {
  const logout = (app: ReturnType<typeof createApp>, url: string, origin: string, proto?: string) =>
    app.request(url, {
      method: 'POST',
      headers: { origin, ...(proto ? { 'x-forwarded-proto': proto } : {}) },
    });

  it('compares the scheme as well as the host', async () => {
    expect(
      (await logout(direct(), 'http://localhost/api/v1/auth/logout', 'http://localhost')).status,
    ).toBe(204);
    expect(
      (await logout(direct(), 'http://localhost/api/v1/auth/logout', 'https://localhost')).status,
    ).toBe(403);
    expect(
      (
        await logout(
          direct(),
          'https://sync.example.test/api/v1/auth/logout',
          'http://sync.example.test',
        )
      ).status,
    ).toBe(403);
  });

  it('behind a trusted proxy, takes the scheme the browser used', async () => {
    const url = 'http://sync.example.test/api/v1/auth/logout';
    expect((await logout(proxied(), url, 'https://sync.example.test', 'https')).status).toBe(204);
    expect((await logout(proxied(), url, 'http://sync.example.test', 'https')).status).toBe(403);
    expect((await logout(direct(), url, 'https://sync.example.test', 'https')).status).toBe(403);
  });
});
