/**
 * Key material of an account on the client (docs/design.md §5). The account key AK is stored on
 * the server only wrapped: under a key derived by HKDF from the OPAQUE export key (which
 * only the right password reproduces) and under one derived from the recovery key. The
 * keyring goes up sealed under AK. The server stores these blobs and cannot open them.
 *
 * The recovery key is 32 random bytes shown as 52 base32 characters in groups. Two
 * independent keys come from it by HKDF: one wraps AK, the other is the recovery token the
 * server keeps a hash of. Neither reveals the other.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import * as z from 'zod/mini';
import { concatBytes, fromBase64, fromUtf8, toBase64, utf8 } from '../bytes.ts';
import {
  type Keyring,
  type KeyWrapper,
  openKeyring,
  secretKeyWrapper,
  WRAP_KINDS,
  type WrappedKey,
} from '../crypto/keys.ts';
import type { Random } from '../deps.ts';
import { err, ok, type Result } from '../result.ts';

const derive = (ikm: Uint8Array, info: string) =>
  hkdf(sha256, ikm, utf8('securebase/account/1'), utf8(info), 32);

/** OPAQUE's export key is base64url without padding. */
export function fromBase64Url(s: string): Uint8Array | null {
  const b = s.replace(/-/g, '+').replace(/_/g, '/');
  return fromBase64(b + '='.repeat((4 - (b.length % 4)) % 4));
}

export function opaqueWrapper(exportKey: string): KeyWrapper {
  const ikm = fromBase64Url(exportKey);
  if (!ikm || ikm.length < 32) throw new Error('OPAQUE export key is malformed');
  return secretKeyWrapper('opaque', derive(ikm, 'wrap/opaque'));
}

// ---- recovery key --------------------------------------------------------------------------

const B32 = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789'.slice(0, 32);

export function newRecoveryKey(random: Random): Uint8Array {
  return random(32);
}

/** 32 bytes as 52 base32 characters in groups of four, easy to copy by hand. */
export function formatRecoveryKey(key: Uint8Array): string {
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const byte of key) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += B32[(acc << (5 - bits)) & 31];
  return (out.match(/.{1,4}/g) ?? []).join('-');
}

/** Reads a recovery key as typed: case, spaces and dashes do not matter; O→0, I/L→1. */
export function parseRecoveryKey(text: string): Uint8Array | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 52) return null;
  const out = new Uint8Array(32);
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const ch of clean) {
    const v = B32.indexOf(ch);
    if (v < 0) return null;
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8 && o < 32) {
      out[o++] = (acc >>> (bits - 8)) & 255;
      bits -= 8;
    }
  }
  return o === 32 ? out : null;
}

export function recoveryMaterial(key: Uint8Array): { wrapper: KeyWrapper; token: string } {
  return {
    wrapper: secretKeyWrapper('recovery', derive(key, 'wrap/recovery')),
    token: toBase64(derive(key, 'token/recovery')),
  };
}

// ---- blobs ---------------------------------------------------------------------------------

const wrappedSchema = z.strictObject({
  v: z.literal(1),
  kind: z.enum(WRAP_KINDS),
  format: z.number(),
  nonce: z.string(),
  ciphertext: z.string(),
});

export function encodeWrappedKey(w: WrappedKey): string {
  const json = JSON.stringify({
    v: 1,
    kind: w.kind,
    format: w.format,
    nonce: toBase64(w.nonce),
    ciphertext: toBase64(w.ciphertext),
  });
  return toBase64(utf8(json));
}

export function decodeWrappedKey(blob: string): WrappedKey | null {
  const bytes = fromBase64(blob);
  if (!bytes) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(fromUtf8(bytes));
  } catch {
    return null;
  }
  const p = wrappedSchema.safeParse(raw);
  if (!p.success) return null;
  const nonce = fromBase64(p.data.nonce);
  const ciphertext = fromBase64(p.data.ciphertext);
  if (!nonce || !ciphertext) return null;
  return { kind: p.data.kind, format: p.data.format, nonce, ciphertext };
}

/** The keyring sealed under AK (`KeyCustody.sealKeyring`), as one blob: 24-byte nonce then ciphertext. */
export function encodeSealedKeyring(sealed: { nonce: Uint8Array; ciphertext: Uint8Array }): string {
  return toBase64(concatBytes(sealed.nonce, sealed.ciphertext));
}

export function decodeKeyring(
  ak: Uint8Array,
  blob: string,
): Result<Keyring, { type: 'WrongKey' } | { type: 'Corrupt' }> {
  const bytes = fromBase64(blob);
  if (!bytes || bytes.length < 40) return err({ type: 'Corrupt' });
  try {
    return openKeyring(ak, { nonce: bytes.slice(0, 24), ciphertext: bytes.slice(24) });
  } catch {
    return err({ type: 'Corrupt' });
  }
}

/** Unwraps AK from a server blob with `wrapper`. */
export async function unwrapBlob(
  wrapper: KeyWrapper,
  blob: string | undefined,
): Promise<Result<Uint8Array, { type: 'WrongKey' } | { type: 'Corrupt' }>> {
  const w = blob ? decodeWrappedKey(blob) : null;
  if (!w) return err({ type: 'Corrupt' });
  const r = await wrapper.unwrap(w);
  return r.ok && r.value.length === 32 ? ok(r.value) : err({ type: 'WrongKey' });
}

/** A fresh HLC node id for this device: a keyring from the server carries another's. */
export function withNewNode(ring: Keyring, random: Random): Keyring {
  const node = Array.from(random(8), (b) => b.toString(16).padStart(2, '0')).join('');
  return { ...ring, node };
}
