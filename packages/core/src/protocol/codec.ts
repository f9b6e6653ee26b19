/**
 * Converts between the in-memory Envelope (bytes) and its wire form (base64). Decoding
 * is strict: a non-canonical base64 field is an error value, never a guess.
 */
import { fromBase64, toBase64 } from '../bytes.ts';
import type { Envelope } from '../crypto/envelope.ts';
import { err, ok, type Result } from '../result.ts';
import type { PushEnvelope, WireEnvelope } from './protocol.ts';

export function toPushEnvelope(env: Envelope): PushEnvelope {
  return {
    format: env.format,
    id: env.id,
    spaceId: env.spaceId,
    keyId: env.keyId,
    nonce: toBase64(env.nonce),
    ciphertext: toBase64(env.ciphertext),
  };
}

export function fromWireEnvelope(w: WireEnvelope): Result<Envelope, { type: 'BadBase64' }> {
  const nonce = fromBase64(w.nonce);
  const ciphertext = fromBase64(w.ciphertext);
  if (!nonce || !ciphertext) return err({ type: 'BadBase64' });
  return ok({ ...w, nonce, ciphertext });
}
