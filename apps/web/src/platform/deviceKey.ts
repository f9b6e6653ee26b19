/**
 * The device key: a non-extractable AES-GCM key made by WebCrypto and kept in IndexedDB.
 * Script can ask the browser to use it but can never read its bytes, so a copy of the
 * database files alone does not open the account key (an attacker needs this browser
 * profile). It wraps the account key when no passphrase lock is set.
 */
import type { Result } from '@securebase/core';
import { utf8 } from '@securebase/core';
import type { KeyWrapper, UnwrapError, WrappedKey } from '@securebase/core/vault';
import type { SecureBaseDb } from './db.ts';

const AAD = utf8('securebase/wrap/device/1');
/** WebCrypto wants ArrayBuffer-backed views; core's bytes may be views on any buffer. */
const own = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);

async function deviceKey(db: SecureBaseDb, create: boolean): Promise<CryptoKey | undefined> {
  const row = await db.deviceKeys.get('device');
  if (row || !create) return row?.key;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  await db.deviceKeys.put({ id: 'device', key });
  return key;
}

export function deviceKeyWrapper(db: SecureBaseDb): KeyWrapper {
  return {
    kind: 'device',
    async wrap(ak) {
      const key = await deviceKey(db, true);
      if (!key) throw new Error('device key could not be created');
      const nonce = crypto.getRandomValues(new Uint8Array(12));
      const ct = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: nonce, additionalData: own(AAD) },
        key,
        own(ak),
      );
      const wrapped: WrappedKey = {
        kind: 'device',
        format: 1,
        nonce,
        ciphertext: new Uint8Array(ct),
      };
      return wrapped;
    },
    async unwrap(w): Promise<Result<Uint8Array, UnwrapError>> {
      const key = await deviceKey(db, false);
      if (!key) return { ok: false, error: { type: 'KeyUnavailable' } };
      try {
        const pt = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: own(w.nonce), additionalData: own(AAD) },
          key,
          own(w.ciphertext),
        );
        return { ok: true, value: new Uint8Array(pt) };
      } catch {
        return { ok: false, error: { type: 'WrongKey' } };
      }
    },
  };
}

export async function forgetDeviceKey(db: SecureBaseDb): Promise<void> {
  await db.deviceKeys.clear();
}
