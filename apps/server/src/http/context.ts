/**
 * What every API handler gets: the store, clock, limits and logger, passed in (no
 * singletons). A handler that needs only part of the store says so with `DepsWith`.
 */
import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { Session, SyncStore } from '../store/port.ts';
import type { Backoff } from './backoff.ts';
import type { RateLimiter } from './rateLimit.ts';

export interface SessionConfig {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteMs: number;
  /**
   * Deleting the account and changing the password, recovery key or keyring need a session
   * that signed in at most this long ago (else `403 reauth_required`).
   */
  freshMs: number;
}

/** The fresh sign-in window of the protocol (docs/protocol.md). */
export const FRESH_SIGN_IN_MS = 10 * 60_000;

export const DEFAULT_SESSIONS: SessionConfig = {
  idleMs: 14 * 24 * 3600_000,
  absoluteMs: 90 * 24 * 3600_000,
  freshMs: FRESH_SIGN_IN_MS,
};

/** The variable browser tests use to reach "signed in too long ago" in seconds. */
export const TEST_FRESH_ENV = 'SECUREBASE_TEST_ONLY_FRESH_SIGN_IN_MS';

/**
 * The session settings of `securebase serve`. Only the fresh sign-in window can be changed,
 * only through the test variable, and only made shorter: a shorter window asks for the
 * password more often and never weakens the check.
 */
export function sessionConfig(env: Record<string, string | undefined>): SessionConfig {
  const raw = env[TEST_FRESH_ENV];
  if (raw === undefined || raw === '') return DEFAULT_SESSIONS;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 1 || ms > FRESH_SIGN_IN_MS)
    throw new Error(`${TEST_FRESH_ENV} must be a whole number of ms from 1 to ${FRESH_SIGN_IN_MS}`);
  return { ...DEFAULT_SESSIONS, freshMs: ms };
}

export interface ApiDeps {
  store: SyncStore;
  /** OPAQUE server setup secret (see opaqueSetup.ts). */
  opaqueSetup: string;
  now: () => number;
  log: Logger;
  limiter: RateLimiter;
  /** Credential back-off, kept in the database (backoff.ts). */
  backoff: Backoff;
  sessions: SessionConfig;
  /** The peer address; the Node adapter's socket by default. */
  clientIp: (c: Context) => string;
}

/** ApiDeps whose store is narrowed to the ports a group of routes uses. */
export type DepsWith<S> = Omit<ApiDeps, 'store'> & { store: S };

export interface AppEnv {
  /** `ip`: the client's address block (rateLimit.ts `addressBlock`), the key of its limits. */
  Variables: { session: Session; ip: string };
}
