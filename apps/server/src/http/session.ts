/**
 * Sessions (docs/design.md §5). The token is 32 random bytes, sent only in an HttpOnly,
 * SameSite=Strict cookie scoped to /api; the database keeps its SHA-256, so a database
 * thief cannot act as anyone. Idle and absolute timeouts are checked on every request.
 *
 * The cookie is `Secure` everywhere except plain http on localhost / 127.0.0.1 / [::1]
 * (development and tests), where browsers would otherwise drop it. Any other http host is
 * still given `Secure`, which fails safe behind a TLS-terminating proxy.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { SessionStore } from '../store/port.ts';
import type { AppEnv, DepsWith } from './context.ts';
import { fail } from './errors.ts';

export const SESSION_COOKIE = 'sb_session';
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;
/** Writing last-seen on every request would turn every read into a write. */
const TOUCH_EVERY_MS = 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function cookieOptions(c: Context) {
  const url = new URL(c.req.url);
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return {
    httpOnly: true,
    secure: !(url.protocol === 'http:' && local),
    sameSite: 'Strict' as const,
    path: '/api',
  };
}

/** Starts a session for `accountId` and sets its cookie. */
export async function startSession(c: Context, deps: DepsWith<SessionStore>, accountId: string) {
  const token = randomBytes(32).toString('base64url');
  const now = deps.now();
  const id = randomUUID();
  await deps.store.createSession({
    id,
    tokenHash: hashToken(token),
    accountId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now + deps.sessions.absoluteMs,
  });
  setCookie(c, SESSION_COOKIE, token, {
    ...cookieOptions(c),
    maxAge: Math.floor(deps.sessions.absoluteMs / 1000),
  });
  return { accountId, sessionId: id };
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
}

/** The session of this request, or undefined (expired ones are deleted on sight). */
export async function currentSession(c: Context, deps: DepsWith<SessionStore>) {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token || !TOKEN_RE.test(token)) return undefined;
  const s = await deps.store.sessionByTokenHash(hashToken(token));
  if (!s) return undefined;
  const now = deps.now();
  if (now >= s.expiresAt || now - s.lastSeenAt >= deps.sessions.idleMs) {
    await deps.store.deleteSession(s.accountId, s.id);
    return undefined;
  }
  if (now - s.lastSeenAt >= TOUCH_EVERY_MS) {
    await deps.store.touchSession(s.id, now);
    s.lastSeenAt = now;
  }
  return s;
}

export function requireSession(deps: DepsWith<SessionStore>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const s = await currentSession(c, deps);
    if (!s) {
      clearSessionCookie(c);
      return fail(c, 401, 'unauthorized');
    }
    const wait = deps.limiter.take(`acct:${s.accountId}`, deps.limiter.config.apiPerAccount);
    if (wait) return fail(c, 429, 'rate_limited', wait);
    c.set('session', s);
    await next();
  };
}
