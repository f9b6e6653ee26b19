import { describe, expect, it } from 'vitest';
import { seal } from '../crypto/envelope.ts';
import { fromWireEnvelope, toPushEnvelope } from './codec.ts';
import { errorBodySchema } from './errors.ts';
import { pullQuerySchema, pushRequestSchema, wireEnvelopeSchema } from './protocol.ts';

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
