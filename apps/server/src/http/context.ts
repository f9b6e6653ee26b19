/** What every API handler gets: the store, clock, limits and logger, passed in (no singletons). */
import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { Session, SyncStore } from '../store/port.ts';
import type { RateLimiter } from './rateLimit.ts';

export interface SessionConfig {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteMs: number;
}

export const DEFAULT_SESSIONS: SessionConfig = {
  idleMs: 14 * 24 * 3600_000,
  absoluteMs: 90 * 24 * 3600_000,
};

export interface ApiDeps {
  store: SyncStore;
  /** OPAQUE server setup secret (see opaqueSetup.ts). */
  opaqueSetup: string;
  now: () => number;
  log: Logger;
  limiter: RateLimiter;
  sessions: SessionConfig;
  /** The peer address; the Node adapter's socket by default. */
  clientIp: (c: Context) => string;
}

export interface AppEnv {
  /** `ip`: the client's address block (rateLimit.ts `addressBlock`), the key of its limits. */
  Variables: { session: Session; ip: string };
}
