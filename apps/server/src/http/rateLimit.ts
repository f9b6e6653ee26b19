/**
 * Rate limits, kept in this process's memory (two server processes each keep their own;
 * see docs/threat-model.md). Two mechanisms:
 * - token buckets for request volume, per IP and per account;
 * - failure back-off for credentials, per IP and per identifier (known or not, so a 429
 *   never tells whether an account exists): the first `freeFailures` are free, then each
 *   failure doubles the wait, up to `maxBackoffMs`. A success clears the identifier's count.
 */
export interface Bucket {
  /** Tokens added per second. */
  rate: number;
  burst: number;
}

export interface RateLimitConfig {
  apiPerIp: Bucket;
  apiPerAccount: Bucket;
  /** Sign-up finishes, sign-in starts and recovery calls per IP. */
  authPerIp: Bucket;
  freeFailures: number;
  maxBackoffMs: number;
}

export const DEFAULT_LIMITS: RateLimitConfig = {
  apiPerIp: { rate: 50, burst: 300 },
  apiPerAccount: { rate: 20, burst: 200 },
  authPerIp: { rate: 0.2, burst: 20 },
  freeFailures: 5,
  maxBackoffMs: 15 * 60_000,
};

const MAX_KEYS = 50_000;

/** Every request budget times `k` (credential back-off is left as it is). */
export function scaleLimits(c: RateLimitConfig, k: number): RateLimitConfig {
  if (!Number.isFinite(k) || k <= 0) throw new Error('RATE_LIMIT_SCALE must be a positive number');
  const scale = (b: Bucket): Bucket => ({ rate: b.rate * k, burst: b.burst * k });
  return {
    ...c,
    apiPerIp: scale(c.apiPerIp),
    apiPerAccount: scale(c.apiPerAccount),
    authPerIp: scale(c.authPerIp),
  };
}

export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #failures = new Map<string, { count: number; until: number }>();

  constructor(
    readonly config: RateLimitConfig,
    private readonly now: () => number,
  ) {}

  /** Takes one token; returns 0 if allowed, else seconds to wait. */
  take(key: string, b: Bucket): number {
    const now = this.now();
    const cur = this.#buckets.get(key) ?? { tokens: b.burst, at: now };
    const tokens = Math.min(b.burst, cur.tokens + ((now - cur.at) / 1000) * b.rate);
    if (tokens < 1) {
      this.#buckets.set(key, { tokens, at: now });
      return Math.max(1, Math.ceil((1 - tokens) / b.rate));
    }
    if (this.#buckets.size > MAX_KEYS) this.#buckets.clear();
    this.#buckets.set(key, { tokens: tokens - 1, at: now });
    return 0;
  }

  /** Seconds until another credential attempt is allowed for all of `keys`; 0 if now. */
  blockedFor(keys: string[]): number {
    const now = this.now();
    let wait = 0;
    for (const k of keys) {
      const f = this.#failures.get(k);
      if (f && f.until > now) wait = Math.max(wait, Math.ceil((f.until - now) / 1000));
    }
    return wait;
  }

  fail(keys: string[]): void {
    const now = this.now();
    if (this.#failures.size > MAX_KEYS) {
      for (const [k, f] of this.#failures)
        if (f.until < now - this.config.maxBackoffMs) this.#failures.delete(k);
    }
    for (const k of keys) {
      const count = (this.#failures.get(k)?.count ?? 0) + 1;
      const over = count - this.config.freeFailures;
      const wait = over > 0 ? Math.min(this.config.maxBackoffMs, 1000 * 2 ** (over - 1)) : 0;
      this.#failures.set(k, { count, until: now + wait });
    }
  }

  succeed(key: string): void {
    this.#failures.delete(key);
  }
}
