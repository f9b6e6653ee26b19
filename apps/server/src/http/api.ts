/**
 * The API under /api/v1 (docs/protocol.md). Order of checks on every request: per-IP
 * volume limit, same-origin check for writes, then (outside /auth) the session. Each
 * request is logged as method, route pattern, status and time only: never a body, query,
 * cookie or path parameter.
 */
import { IncomingMessage } from 'node:http';
import { type Context, Hono } from 'hono';
import { routePath } from 'hono/route';
import { syncRoutes } from '../sync/routes.ts';
import { accountRoutes } from './account.ts';
import { authRoutes } from './auth.ts';
import type { ApiDeps, AppEnv } from './context.ts';
import { fail, onError } from './errors.ts';
import { addressBlock } from './rateLimit.ts';
import { requireSession } from './session.ts';

export function socketIp(c: Context): string {
  const env: unknown = c.env;
  if (typeof env === 'object' && env !== null && 'incoming' in env) {
    const inc = env.incoming;
    if (inc instanceof IncomingMessage) return inc.socket.remoteAddress ?? 'unknown';
  }
  return 'unknown';
}

/** A write from another origin is refused even before SameSite and the JSON-only rule. */
function crossOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (!origin || c.req.method === 'GET' || c.req.method === 'HEAD') return false;
  try {
    return new URL(origin).host !== new URL(c.req.url).host;
  } catch {
    return true;
  }
}

export function createApi(deps: ApiDeps): Hono<AppEnv> {
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
    } else if (crossOrigin(c)) {
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
  authRoutes(api, deps);
  accountRoutes(api, deps);
  syncRoutes(api, deps);
  return api;
}
