/**
 * Credential back-off, kept in the database (store/attempts.ts) so that it holds across
 * every server process on one database and across restarts (issue 11).
 *
 * Attempts are counted per key: `ident:<name>` for sign-in and for sign-up's
 * `register/start` (a name, known or not, so a 429 never tells whether an account exists),
 * `ip:<address block>` for sign-in, `recovery-ip:<address block>` for recovery. The first
 * `freeFailures` attempts are free; after that each one doubles the wait (1 s, 2 s, 4 s …)
 * up to `maxBackoffMs`. The database sees only an HMAC of each key under a key derived
 * from the OPAQUE setup secret, so it holds no address or name in this table.
 */
import { createHash, createHmac } from 'node:crypto';
import type { AttemptLog } from '../store/attempts.ts';
import { HttpError } from './errors.ts';
import type { RateLimitConfig } from './rateLimit.ts';

/** Counts untouched this long are forgotten (the periodic purge). */
export const ATTEMPTS_KEPT_MS = 24 * 3600_000;

export class Backoff {
  readonly #secret: Buffer;

  constructor(
    private readonly log: AttemptLog,
    private readonly config: Pick<RateLimitConfig, 'freeFailures' | 'maxBackoffMs'>,
    private readonly now: () => number,
    secret: string,
  ) {
    this.#secret = createHash('sha256')
      .update('securebase auth attempts\0')
      .update(secret)
      .digest();
  }

  #key(k: string): string {
    return createHmac('sha256', this.#secret).update(k).digest('hex');
  }

  /** The wait after the `count`th attempt: none for the free ones, then 1 s doubling. */
  waitAfter(count: number): number {
    const over = count - this.config.freeFailures;
    return over < 0 ? 0 : Math.min(this.config.maxBackoffMs, 1000 * 2 ** over);
  }

  /** Counts an attempt on every key, or throws `429 rate_limited` if one is held back. */
  async attempt(keys: string[]): Promise<void> {
    const ms = await this.log.attempt(
      keys.map((k) => this.#key(k)),
      this.now(),
      (n) => this.waitAfter(n),
    );
    if (ms > 0) throw new HttpError(429, 'rate_limited', Math.ceil(ms / 1000));
  }

  succeed(key: string): Promise<void> {
    return this.log.clearAttempts(this.#key(key));
  }

  forgive(key: string): Promise<void> {
    return this.log.forgiveAttempt(this.#key(key), (n) => this.waitAfter(n));
  }

  purge(): Promise<void> {
    return this.log.purgeAttempts(this.now() - ATTEMPTS_KEPT_MS);
  }
}
