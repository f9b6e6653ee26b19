import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../bytes.ts';
import { seal } from '../crypto/envelope.ts';
import { bucketSize } from '../crypto/padding.ts';
import { loginStartSchema } from './auth.ts';
import { fromWireEnvelope, toPushEnvelope } from './codec.ts';
import { errorBodySchema } from './errors.ts';
import {
  LIMITS,
  pullQuerySchema,
  pushRequestSchema,
  userIdentifier,
  wireEnvelopeSchema,
} from './protocol.ts';

const key = {
  spaceId: '01890a5d-ac96-774b-bcce-b302099a8057',
  keyId: 'k1-test',
  key: new Uint8Array(32).fill(7),
};
const recordId = '01890a5d-ac96-774b-bcce-b302099a8058';

describe('sync protocol', () => {
  it('round-trips an envelope through its wire form', () => {
    const env = seal(key, recordId, new TextEncoder().encode('hello'), 0);
    const wire = { ...toPushEnvelope(env), version: 3 };
    expect(wireEnvelopeSchema.safeParse(wire).success).toBe(true);
    const back = fromWireEnvelope(wire);
    expect(back.ok && back.value).toEqual({ ...env, version: 3 });
  });

  it('accepts a push and rejects unknown fields, bad base64 and empty batches', () => {
    const envelope = toPushEnvelope(seal(key, recordId, new Uint8Array(3)));
    const mutation = { mutationId: recordId, baseVersion: 0, envelope };
    expect(pushRequestSchema.safeParse({ mutations: [mutation] }).success).toBe(true);
    expect(pushRequestSchema.safeParse({ mutations: [mutation], extra: 1 }).success).toBe(false);
    expect(pushRequestSchema.safeParse({ mutations: [{ ...mutation, x: 1 }] }).success).toBe(false);
    const bad = { ...mutation, envelope: { ...envelope, nonce: 'not base64!' } };
    expect(pushRequestSchema.safeParse({ mutations: [bad] }).success).toBe(false);
    expect(pushRequestSchema.safeParse({ mutations: [] }).success).toBe(false);
    expect(
      pushRequestSchema.safeParse({ mutations: [{ ...mutation, baseVersion: -1 }] }).success,
    ).toBe(false);
  });

  it('refuses nonces that are not 24 bytes and ciphertexts shorter than a sealed empty record', () => {
    const envelope = toPushEnvelope(seal(key, recordId, new Uint8Array(0)));
    expect(fromBase64(envelope.ciphertext)?.length).toBe(LIMITS.ciphertextMinBytes);
    expect(LIMITS.ciphertextMinBytes).toBe(bucketSize(0) + 16);
    const push = (e: object) =>
      pushRequestSchema.safeParse({
        mutations: [{ mutationId: recordId, baseVersion: 0, envelope: { ...envelope, ...e } }],
      }).success;
    const b64 = (n: number) => toBase64(new Uint8Array(n).fill(1));
    expect(push({})).toBe(true);
    for (const n of [0, 1, 23, 25]) expect(push({ nonce: b64(n) }), `nonce ${n}`).toBe(false);
    for (const n of [0, 1, 16, LIMITS.ciphertextMinBytes - 1])
      expect(push({ ciphertext: b64(n) }), `ciphertext ${n}`).toBe(false);
    expect(push({ ciphertext: b64(LIMITS.ciphertextBytes) })).toBe(true);
    expect(push({ ciphertext: b64(LIMITS.ciphertextBytes + 1) })).toBe(false);
  });

  it('normalises account names to NFC, so composed and decomposed forms are one name', () => {
    const composed = 'Ren\u00e9e';
    const decomposed = 'Rene\u0301e';
    expect(composed).not.toBe(decomposed);
    expect(userIdentifier.parse(decomposed)).toBe(composed);
    const start = loginStartSchema.parse({ userIdentifier: decomposed, startLoginRequest: 'abc' });
    expect(start.userIdentifier).toBe(composed);
  });

  it('parses pull queries strictly', () => {
    expect(pullQuerySchema.parse({ since: '12', limit: '5000' })).toEqual({
      since: 12,
      limit: 1000,
    });
    for (const since of ['-1', '01', '1.5', '', 'abc', '99999999999999999']) {
      expect(pullQuerySchema.safeParse({ since }).success).toBe(false);
    }
    expect(pullQuerySchema.safeParse({ since: '0', other: '1' }).success).toBe(false);
  });

  it('knows its reason codes', () => {
    expect(errorBodySchema.safeParse({ error: { code: 'conflict' } }).success).toBe(false);
    expect(
      errorBodySchema.parse({ error: { code: 'rate_limited', retryAfter: 2 } }).error.code,
    ).toBe('rate_limited');
  });
});
