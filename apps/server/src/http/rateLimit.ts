/**
 * Request volume limits: token buckets per IP and per account, kept in this process's
 * memory (two server processes each keep their own; see docs/threat-model.md). They bound
 * load, not password guesses: the credential back-off, which does, is kept in the
 * database (backoff.ts), so it holds across processes.
 *
 * IPv6 clients are counted by their /64 (`addressBlock`): one host usually holds a whole
 * /64 and could otherwise take a fresh budget with every address.
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
  /** Credential attempts allowed without waiting (backoff.ts). */
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

/** The key a client's limits are kept under: its IPv4 address, or its IPv6 /64. */
export function addressBlock(ip: string): string {
  if (!ip.includes(':')) return ip;
  const v4 = ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (v4?.[1]) return v4[1];
  const [head = '', tail] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

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

interface BucketState {
  tokens: number;
  at: number;
  b: Bucket;
}

const refilled = (s: BucketState, now: number) =>
  Math.min(s.b.burst, s.tokens + ((now - s.at) / 1000) * s.b.rate);

export class RateLimiter {
  readonly #buckets = new Map<string, BucketState>();

  constructor(
    readonly config: RateLimitConfig,
    private readonly now: () => number,
  ) {}

  /** Takes one token; returns 0 if allowed, else seconds to wait. */
  take(key: string, b: Bucket): number {
    const now = this.now();
    const cur = this.#buckets.get(key);
    const tokens = cur ? refilled(cur, now) : b.burst;
    if (tokens < 1) {
      this.#buckets.set(key, { tokens, at: now, b });
      return Math.max(1, Math.ceil((1 - tokens) / b.rate));
    }
    if (!cur && this.#buckets.size >= MAX_KEYS) this.#makeRoom(now);
    this.#buckets.set(key, { tokens: tokens - 1, at: now, b });
    return 0;
  }

  /**
   * Forgets the clients that have spent at most one token (forgetting one gives it back
   * that token), or else the oldest tenth; never all of them, which would hand every
   * throttled client a fresh budget.
   */
  #makeRoom(now: number) {
    for (const [k, v] of this.#buckets)
      if (refilled(v, now) >= v.b.burst - 1) this.#buckets.delete(k);
    let drop = this.#buckets.size >= MAX_KEYS ? Math.ceil(this.#buckets.size / 10) : 0;
    for (const k of this.#buckets.keys()) {
      if (drop-- <= 0) break;
      this.#buckets.delete(k);
    }
  }
}
