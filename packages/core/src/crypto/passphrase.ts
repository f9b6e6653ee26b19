/**
 * The passphrase lock (F14): Argon2id turns a passphrase into a 32-byte key that wraps the
 * account key. A separate entry point (`@securebase/core/passphrase`) because hash-wasm is
 * WebAssembly the app loads only when a lock is set or opened.
 *
 * Cost: m = 64 MiB, t = 3, p = 1 by default (~190 ms here). Stored parameters below
 * m = 19 MiB or t = 2 are refused when unlocking, so a tampered store cannot downgrade the
 * cost an attacker must pay per guess.
 */
import { argon2id } from 'hash-wasm';
import { fromBase64, toBase64 } from '../bytes.ts';
import type { Random } from '../deps.ts';
import { systemRandom } from '../deps.ts';
import { err } from '../result.ts';
import { type KeyWrapper, secretKeyWrapper } from './keys.ts';

export interface Argon2Params {
  /** Memory in KiB. */
  m: number;
  t: number;
  p: number;
}

export const ARGON2_DEFAULT: Argon2Params = { m: 64 * 1024, t: 3, p: 1 };
export const ARGON2_MINIMUM: Argon2Params = { m: 19 * 1024, t: 2, p: 1 };
const SALT_BYTES = 16;

function strongEnough(p: Argon2Params): boolean {
  return (
    p.m >= ARGON2_MINIMUM.m &&
    p.t >= ARGON2_MINIMUM.t &&
    p.p >= 1 &&
    p.p <= 4 &&
    p.m <= 1024 * 1024 &&
    p.t <= 20
  );
}

export async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  params: Argon2Params,
): Promise<Uint8Array> {
  return await argon2id({
    password: passphrase.normalize('NFC'),
    salt,
    memorySize: params.m,
    iterations: params.t,
    parallelism: params.p,
    hashLength: 32,
    outputType: 'binary',
  });
}

/** A KeyWrapper for one passphrase: wrapping draws a fresh salt; unwrapping reads salt and cost from the stored key. */
export function passphraseWrapper(
  passphrase: string,
  opts: { params?: Argon2Params; random?: Random } = {},
): KeyWrapper {
  const params = opts.params ?? ARGON2_DEFAULT;
  if (!strongEnough(params)) throw new Error('Argon2id parameters below the minimum');
  const random = opts.random ?? systemRandom;
  return {
    kind: 'passphrase',
    async wrap(ak) {
      const salt = random(SALT_BYTES);
      const key = await deriveKey(passphrase, salt, params);
      return await secretKeyWrapper('passphrase', key, {
        salt: toBase64(salt),
        m: params.m,
        t: params.t,
        p: params.p,
      }).wrap(ak);
    },
    async unwrap(w) {
      const salt = typeof w.params?.salt === 'string' ? fromBase64(w.params.salt) : null;
      const stored = { m: Number(w.params?.m), t: Number(w.params?.t), p: Number(w.params?.p) };
      if (salt?.length !== SALT_BYTES || !strongEnough(stored)) return err({ type: 'WrongKey' });
      const key = await deriveKey(passphrase, salt, stored);
      return await secretKeyWrapper('passphrase', key).unwrap(w);
    },
  };
}
