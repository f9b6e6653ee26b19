/**
 * The API under /api/v1 (docs/protocol.md), composed from the route groups of http/ and
 * sync/; nothing below app/ imports it. Order of checks on every request: per-IP
 * volume limit, same-origin check for writes, then (outside /auth) the session. Each
 * request is logged as method, route pattern, status and time only: never a body, query,
 * cookie or path parameter.
 */
import { IncomingMessage } from 'node:http';
import { type Context, Hono } from 'hono';
import { routePath } from 'hono/route';
import { accountRoutes } from '../http/account.ts';
import { authRoutes } from '../http/auth.ts';
import type { ApiDeps, AppEnv } from '../http/context.ts';
import { fail, onError } from '../http/errors.ts';
import { requestScheme } from '../http/headers.ts';
import { addressBlock } from '../http/rateLimit.ts';
import { requireSession } from '../http/session.ts';
import { syncRoutes } from '../sync/routes.ts';

export function socketIp(c: Context): string {
  const env: unknown = c.env;
  if (typeof env === 'object' && env !== null && 'incoming' in env) {
    const inc = env.incoming;
    if (inc instanceof IncomingMessage) return inc.socket.remoteAddress ?? 'unknown';
  }
  return 'unknown';
}

/**
 * A write from another origin is refused even before SameSite and the JSON-only rule. An
 * origin is scheme and host: http://example.org is not https://example.org, so a page
 * served over plain HTTP (say, injected on the path) cannot write to the HTTPS app.
 */
function crossOrigin(c: Context, trustProxy: boolean): boolean {
  const origin = c.req.header('origin');
  if (!origin || c.req.method === 'GET' || c.req.method === 'HEAD') return false;
  try {
    const from = new URL(origin);
    return (
      from.host !== new URL(c.req.url).host || from.protocol !== `${requestScheme(c, trustProxy)}:`
    );
  } catch {
    return true;
  }
}

export function createApi(deps: ApiDeps, opts: { trustProxy: boolean }): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const session = requireSession(deps);
  api.onError(onError(deps.log));
  api.notFound((c) => fail(c, 404, 'not_found'));
  api.use('*', async (c, next) => {
    const started = performance.now();
    const ip = addressBlock(deps.clientIp(c));
    c.set('ip', ip);
    const wait = deps.limiter.take(`ip:${ip}`, deps.limiter.config.apiPerIp);
    if (wait) {
      c.res = fail(c, 429, 'rate_limited', wait);
    } else if (crossOrigin(c, opts.trustProxy)) {
      c.res = fail(c, 403, 'forbidden');
    } else if (c.req.path.startsWith('/api/v1/auth/')) {
      await next();
    } else {
      const refused = await session(c, next);
      if (refused) c.res = refused;
    }
    deps.log.info(
      {
        method: c.req.method,
        route: routePath(c, -1),
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  // Sub-apps, mounted the Hono way: each declares its routes from /api/v1 and the store
  // port it needs; the checks above run before every one of them.
  api.route('/', authRoutes(deps));
  api.route('/', accountRoutes(deps));
  api.route('/', syncRoutes(deps));
  return api;
}
