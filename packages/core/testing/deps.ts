/**
 * Test doubles for core's ports: a controllable clock, a seeded random source and fresh
 * deps for every test. Real crypto runs underneath; nothing is mocked by casting.
 */

import { secretKeyWrapper } from '../src/crypto/keys.ts';
import type { Clock, Random } from '../src/deps.ts';
import type { Journal } from '../src/store/journal.ts';
import type { AccountKeyUse } from '../src/store/keyCustody.ts';
import { MemoryLocalStore } from '../src/store/memory.ts';
import type { LocalStore } from '../src/store/ports.ts';
import { createVault } from '../src/store/unlock.ts';
import type { VaultDeps } from '../src/store/vault.ts';

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

/**
 * The raw account key a custody holds, for tests that compare two devices' keys: custody
 * gives it out only wrapped, so the test wraps it with a throwaway secret and unwraps it.
 */
export async function accountKeyOf(keys: AccountKeyUse): Promise<Uint8Array> {
  const wrapper = secretKeyWrapper('device', new Uint8Array(32).fill(3));
  const r = await wrapper.unwrap(await keys.wrapAccountKey(wrapper));
  if (!r.ok) throw new Error(r.error.type);
  return r.value;
}

/** A fresh journal on an in-memory store, for tests of code that takes a `Journal`. */
export function testJournal(seed = 1): Promise<Journal> {
  return createVault(testDeps(new MemoryLocalStore(), seed), testDeviceWrapper());
}
