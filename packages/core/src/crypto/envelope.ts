/**
 * The envelope: the only form in which a record is ever stored or sent (docs/design.md §4–§5).
 *
 * XChaCha20-Poly1305 with a fresh random 24-byte nonce drawn here, never by a caller.
 * The associated data binds the format version, record id, space id and key id, so a
 * ciphertext copied to another id or space, or relabelled with another key id, fails to
 * open instead of being read as some other record.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { utf8 } from '../bytes.ts';
import { err, ok, type Result } from '../result.ts';
import { pad, unpad } from './padding.ts';

export const ENVELOPE_FORMAT = 1;
const NONCE_LEN = 24;
const KEY_LEN = 32;

export interface Envelope {
  format: number;
  id: string;
  spaceId: string;
  /** Server version of this record in its space; 0 until the server has it. */
  version: number;
  keyId: string;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

export interface SpaceKey {
  spaceId: string;
  keyId: string;
  key: Uint8Array;
}

export type OpenError =
  | { type: 'UnknownKey'; keyId: string }
  | { type: 'UnsupportedFormat'; format: number }
  | { type: 'Corrupt' };

function associatedData(format: number, id: string, spaceId: string, keyId: string): Uint8Array {
  return utf8(JSON.stringify(['securebase/envelope', format, id, spaceId, keyId]));
}

export function seal(key: SpaceKey, id: string, plaintext: Uint8Array, version = 0): Envelope {
  if (key.key.length !== KEY_LEN) throw new Error('space key must be 32 bytes');
  const nonce = randomBytes(NONCE_LEN);
  const aad = associatedData(ENVELOPE_FORMAT, id, key.spaceId, key.keyId);
  const ciphertext = xchacha20poly1305(key.key, nonce, aad).encrypt(pad(plaintext));
  return {
    format: ENVELOPE_FORMAT,
    id,
    spaceId: key.spaceId,
    version,
    keyId: key.keyId,
    nonce,
    ciphertext,
  };
}

export function open(
  keys: (keyId: string, spaceId: string) => SpaceKey | undefined,
  env: Envelope,
): Result<Uint8Array, OpenError> {
  if (env.format !== ENVELOPE_FORMAT) return err({ type: 'UnsupportedFormat', format: env.format });
  const key = keys(env.keyId, env.spaceId);
  if (!key) return err({ type: 'UnknownKey', keyId: env.keyId });
  if (env.nonce.length !== NONCE_LEN) return err({ type: 'Corrupt' });
  const aad = associatedData(env.format, env.id, env.spaceId, env.keyId);
  try {
    const padded = xchacha20poly1305(key.key, env.nonce, aad).decrypt(env.ciphertext);
    const plain = unpad(padded);
    return plain ? ok(plain) : err({ type: 'Corrupt' });
  } catch {
    // Authentication failure: wrong key, or any bit of ciphertext or binding changed.
    return err({ type: 'Corrupt' });
  }
}
