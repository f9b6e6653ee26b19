/**
 * Error answers: `{error: {code}}` with a stable reason code (packages/core/src/protocol/errors.ts).
 * A full disk becomes 507 `storage_full`; other unexpected exceptions become 500
 * `internal`. Both are logged by name and code only: messages of
 * database errors can quote stored values.
 */
import type { ErrorCode } from '@securebase/core/protocol';
import type { Context } from 'hono';
import { routePath } from 'hono/route';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';

export function fail(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  retryAfter?: number,
) {
  if (retryAfter !== undefined) {
    c.header('Retry-After', String(retryAfter));
    return c.json({ error: { code, retryAfter } }, status);
  }
  return c.json({ error: { code } }, status);
}

/** Thrown by handlers to answer with an error from deep inside (e.g. the body reader). */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly retryAfter?: number,
  ) {
    super(code);
  }
}

/**
 * The disk (or the database's size limit) is full: SQLite SQLITE_FULL, PostgreSQL class 53
 * disk_full (53100), or the file system's ENOSPC. The transaction was rolled back.
 */
export function isStorageFull(e: Error): boolean {
  const code = 'code' in e && typeof e.code === 'string' ? e.code : undefined;
  return code === 'SQLITE_FULL' || code === '53100' || code === 'ENOSPC';
}

/** Seconds a client waits before trying a write again on a full disk. */
const FULL_RETRY_AFTER_S = 60;

export function onError(log: Logger) {
  return (e: Error, c: Context) => {
    if (e instanceof HttpError) return fail(c, e.status, e.code, e.retryAfter);
    const code = 'code' in e && typeof e.code === 'string' ? e.code : undefined;
    if (isStorageFull(e)) {
      // Nothing was written; the client keeps its changes and tries again later.
      log.error({ err: { type: e.name, code }, route: routePath(c, -1) }, 'storage full');
      return fail(c, 507, 'storage_full', FULL_RETRY_AFTER_S);
    }
    log.error({ err: { type: e.name, code }, route: routePath(c, -1) }, 'request failed');
    return fail(c, 500, 'internal');
  };
}
