/**
 * The key hierarchy (docs/design.md §5). A random 256-bit account key (AK) never changes. It is
 * stored only wrapped: by the device key today, and by a passphrase, the account server's
 * OPAQUE export key or the recovery key later; each is one `KeyWrapper`, so a new way to
 * unlock is one more wrapping of the same AK, never a re-encryption of the data.
 *
 * AK in turn seals the keyring: the space keys that encrypt records, and the device's HLC
 * node id.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import * as z from 'zod/mini';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../bytes.ts';
import { err, ok, type Result } from '../result.ts';
import type { SpaceKey } from './envelope.ts';

export const WRAP_KINDS = ['device', 'passphrase', 'opaque', 'recovery'] as const;
export type WrapKind = (typeof WRAP_KINDS)[number];

/** An AK wrapped one way. `params` carries what the unwrapper needs besides a secret (e.g. KDF salt and cost). */
export interface WrappedKey {
  kind: WrapKind;
  format: number;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
  params?: Record<string, string | number>;
}

export type UnwrapError = { type: 'WrongKey' } | { type: 'KeyUnavailable' };

export interface KeyWrapper {
  readonly kind: WrapKind;
  wrap(ak: Uint8Array): Promise<WrappedKey>;
  unwrap(wrapped: WrappedKey): Promise<Result<Uint8Array, UnwrapError>>;
}

export interface Keyring {
  /** The private space: the person's own journal. */
  privateSpaceId: string;
  spaceKeys: SpaceKey[];
  /** HLC node id of this install. */
  node: string;
}

const KEYRING_AAD = utf8('securebase/keyring/1');

const keyringSchema = z.strictObject({
  v: z.literal(1),
  privateSpaceId: z.string(),
  node: z.string().check(z.regex(/^[0-9a-z]{1,32}$/)),
  spaceKeys: z.array(z.strictObject({ spaceId: z.string(), keyId: z.string(), key: z.string() })),
});

export function newAccountKey(): Uint8Array {
  return randomBytes(32);
}

export function sealKeyring(
  ak: Uint8Array,
  ring: Keyring,
): { nonce: Uint8Array; ciphertext: Uint8Array } {
  const json = JSON.stringify({
    v: 1,
    privateSpaceId: ring.privateSpaceId,
    node: ring.node,
    spaceKeys: ring.spaceKeys.map((k) => ({
      spaceId: k.spaceId,
      keyId: k.keyId,
      key: toBase64(k.key),
    })),
  });
  const nonce = randomBytes(24);
  return { nonce, ciphertext: xchacha20poly1305(ak, nonce, KEYRING_AAD).encrypt(utf8(json)) };
}

export function openKeyring(
  ak: Uint8Array,
  sealed: { nonce: Uint8Array; ciphertext: Uint8Array },
): Result<Keyring, { type: 'WrongKey' } | { type: 'Corrupt' }> {
  let json: string;
  try {
    json = fromUtf8(xchacha20poly1305(ak, sealed.nonce, KEYRING_AAD).decrypt(sealed.ciphertext));
  } catch {
    return err({ type: 'WrongKey' });
  }
  const parsed = keyringSchema.safeParse(JSON.parse(json));
  if (!parsed.success) return err({ type: 'Corrupt' });
  const spaceKeys: SpaceKey[] = [];
  for (const k of parsed.data.spaceKeys) {
    const key = fromBase64(k.key);
    if (key?.length !== 32) return err({ type: 'Corrupt' });
    spaceKeys.push({ spaceId: k.spaceId, keyId: k.keyId, key });
  }
  return ok({ privateSpaceId: parsed.data.privateSpaceId, node: parsed.data.node, spaceKeys });
}

/** The key a new record in `spaceId` is sealed with: the newest one for that space. */
export function currentSpaceKey(ring: Keyring, spaceId: string): SpaceKey | undefined {
  return ring.spaceKeys.filter((k) => k.spaceId === spaceId).at(-1);
}

/**
 * A KeyWrapper over a raw 32-byte secret with XChaCha20-Poly1305. Used for secrets that
 * core derives itself (passphrase via Argon2id, OPAQUE export key, recovery key) and by
 * tests; the browser's device key is a non-extractable WebCrypto key instead.
 */
export function secretKeyWrapper(
  kind: WrapKind,
  secret: Uint8Array,
  params?: Record<string, string | number>,
): KeyWrapper {
  const aad = utf8(`securebase/wrap/${kind}/1`);
  return {
    kind,
    async wrap(ak) {
      const nonce = randomBytes(24);
      const ciphertext = xchacha20poly1305(secret, nonce, aad).encrypt(ak);
      return params
        ? { kind, format: 1, nonce, ciphertext, params }
        : { kind, format: 1, nonce, ciphertext };
    },
    async unwrap(w) {
      if (w.kind !== kind || w.format !== 1) return err({ type: 'WrongKey' });
      try {
        return ok(xchacha20poly1305(secret, w.nonce, aad).decrypt(w.ciphertext));
      } catch {
        return err({ type: 'WrongKey' });
      }
    },
  };
}
