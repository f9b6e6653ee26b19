/**
 * Test doubles for core's ports: a controllable clock, a seeded random source and fresh
 * deps for every test. Real crypto runs underneath; nothing is mocked by casting.
 */

import { secretKeyWrapper } from '../crypto/keys.ts';
import type { Clock, Random } from '../deps.ts';
import { MemoryLocalStore } from '../store/memory.ts';
import type { LocalStore } from '../store/ports.ts';
import type { VaultDeps } from '../store/vault.ts';

export class ManualClock implements Clock {
  constructor(public ms = Date.UTC(2026, 0, 1)) {}
  now() {
    return this.ms;
  }
  advance(ms: number) {
    this.ms += ms;
  }
}

/** xorshift32: deterministic bytes for reproducible ids in tests. Never used for keys in the app. */
export function seededRandom(seed = 1): Random {
  let s = seed >>> 0 || 1;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      s ^= s << 13;
      s >>>= 0;
      s ^= s >>> 17;
      s ^= s << 5;
      s >>>= 0;
      out[i] = s & 255;
    }
    return out;
  };
}

export function testDeps(
  local: LocalStore = new MemoryLocalStore(),
  seed = 1,
): VaultDeps & { clock: ManualClock } {
  return { local, clock: new ManualClock(), random: seededRandom(seed) };
}

/** A stand-in for the browser's device key: a fixed secret wrapping the account key. */
export function testDeviceWrapper(secret = new Uint8Array(32).fill(7)) {
  return secretKeyWrapper('device', secret);
}
