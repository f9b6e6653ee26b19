/**
 * Key custody: the one holder of an unlocked account key (AK) and its keyring. Nothing else
 * keeps either: the vault seals and opens through it (as `SpaceKeys`), and the platform's
 * vault and account modules ask it to wrap AK or seal the keyring for them. The raw AK never
 * leaves this object except wrapped by a `KeyWrapper`; the journal screens use cannot reach
 * it at all.
 *
 * Invariants: a custody owns copies of the bytes it was given, so zeroing one (on lock)
 * never zeroes another's; after `close()` every key is zero and nothing can be sealed.
 */
import { toBase64 } from '../bytes.ts';
import type { SpaceKey } from '../crypto/envelope.ts';
import {
  currentSpaceKey,
  type Keyring,
  type KeyWrapper,
  newAccountKey,
  sealKeyring,
  type WrappedKey,
} from '../crypto/keys.ts';
import type { Clock, Random } from '../deps.ts';
import { uuidv7 } from '../records/ids.ts';

/** What sealing and opening envelopes needs: the space keys, by space or by key id. */
export interface SpaceKeys {
  readonly closed: boolean;
  /** The key a new envelope in `spaceId` is sealed with: the newest for that space. */
  currentKey(spaceId: string): SpaceKey | undefined;
  findKey(keyId: string, spaceId: string): SpaceKey | undefined;
}

/** What the account flows need of the keys: AK wrapped their way, the keyring sealed. */
export interface AccountKeyUse {
  readonly privateSpaceId: string;
  wrapAccountKey(wrapper: KeyWrapper): Promise<WrappedKey>;
  sealKeyring(): { nonce: Uint8Array; ciphertext: Uint8Array };
}

const copyRing = (ring: Keyring): Keyring => ({
  ...ring,
  spaceKeys: ring.spaceKeys.map((k) => ({ ...k, key: k.key.slice() })),
});

/** A keyring whose private space is new: a fresh space id and key (the node id is kept). */
export function withNewPrivateSpace(deps: { clock: Clock; random: Random }, node: string): Keyring {
  const privateSpaceId = uuidv7(deps.clock, deps.random);
  const keyId = `k1-${toBase64(deps.random(6))}`.replace(/[+/=]/g, 'x');
  return {
    privateSpaceId,
    node,
    spaceKeys: [{ spaceId: privateSpaceId, keyId, key: deps.random(32) }],
  };
}

export class KeyCustody implements SpaceKeys, AccountKeyUse {
  readonly #ak: Uint8Array;
  readonly #ring: Keyring;
  #closed = false;

  private constructor(ak: Uint8Array, ring: Keyring) {
    this.#ak = ak;
    this.#ring = ring;
  }

  /** Custody of copies of `ak` and `ring` (the caller may zero its own). */
  static of(ak: Uint8Array, ring: Keyring): KeyCustody {
    return new KeyCustody(ak.slice(), copyRing(ring));
  }

  /** A new account: a fresh AK, a new private space and key, a new HLC node id. */
  static create(deps: { clock: Clock; random: Random }): KeyCustody {
    const node = Array.from(deps.random(8), (b) => b.toString(16).padStart(2, '0')).join('');
    return new KeyCustody(newAccountKey(), withNewPrivateSpace(deps, node));
  }

  get privateSpaceId(): string {
    return this.#ring.privateSpaceId;
  }
  /** The HLC node id of this install (not secret). */
  get node(): string {
    return this.#ring.node;
  }
  get closed(): boolean {
    return this.#closed;
  }

  currentKey(spaceId: string): SpaceKey | undefined {
    return this.#closed ? undefined : currentSpaceKey(this.#ring, spaceId);
  }
  findKey(keyId: string, spaceId: string): SpaceKey | undefined {
    if (this.#closed) return undefined;
    return this.#ring.spaceKeys.find((k) => k.keyId === keyId && k.spaceId === spaceId);
  }

  wrapAccountKey(wrapper: KeyWrapper): Promise<WrappedKey> {
    this.#assertOpen();
    return wrapper.wrap(this.#ak);
  }

  /** The keyring sealed under AK, as stored in meta and uploaded to the account. */
  sealKeyring(): { nonce: Uint8Array; ciphertext: Uint8Array } {
    this.#assertOpen();
    return sealKeyring(this.#ak, this.#ring);
  }

  /** The same AK over another keyring (an account's, or a new private space). */
  withKeyring(ring: Keyring): KeyCustody {
    this.#assertOpen();
    return KeyCustody.of(this.#ak, ring);
  }

  /** The same AK and node id with a private space of its own: a device that was in another account moves its journal there before a sign-up. */
  withNewPrivateSpace(deps: { clock: Clock; random: Random }): KeyCustody {
    return this.withKeyring(withNewPrivateSpace(deps, this.#ring.node));
  }

  /** Zeroes AK and every space key (on lock or hand-over). */
  close(): void {
    this.#closed = true;
    this.#ak.fill(0);
    for (const k of this.#ring.spaceKeys) k.key.fill(0);
  }

  #assertOpen() {
    if (this.#closed) throw new Error('vault is closed');
  }
}
