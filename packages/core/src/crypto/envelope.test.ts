import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../bytes.ts';
import { type Envelope, open, type SpaceKey, seal } from './envelope.ts';
import { bucketSize, pad, unpad } from './padding.ts';

const key = (fill: number, spaceId = 'space-a', keyId = 'k1'): SpaceKey => ({
  spaceId,
  keyId,
  key: new Uint8Array(32).fill(fill),
});
const ring =
  (...keys: SpaceKey[]) =>
  (keyId: string, spaceId: string) =>
    keys.find((k) => k.keyId === keyId && k.spaceId === spaceId);

describe('envelope', () => {
  const k = key(1);
  const env = seal(k, 'rec-1', utf8('hello, secure base'));

  it('round-trips', () => {
    const r = open(ring(k), env);
    expect(r.ok && fromUtf8(r.value)).toBe('hello, secure base');
  });

  it('draws a fresh nonce for every seal', () => {
    expect(seal(k, 'rec-1', utf8('x')).nonce).not.toEqual(seal(k, 'rec-1', utf8('x')).nonce);
  });

  it('fails with the wrong key', () => {
    expect(open(ring(key(2)), env)).toEqual({ ok: false, error: { type: 'Corrupt' } });
  });

  it('fails with an unknown key id', () => {
    expect(open(ring(key(1, 'space-a', 'k2')), env)).toEqual({
      ok: false,
      error: { type: 'UnknownKey', keyId: 'k1' },
    });
  });

  it('detects a flipped ciphertext bit', () => {
    const ct = env.ciphertext.slice();
    ct[5] = (ct[5] ?? 0) ^ 1;
    expect(open(ring(k), { ...env, ciphertext: ct }).ok).toBe(false);
  });

  it('detects a changed nonce', () => {
    const nonce = env.nonce.slice();
    nonce[0] = (nonce[0] ?? 0) ^ 1;
    expect(open(ring(k), { ...env, nonce }).ok).toBe(false);
  });

  it.each<[string, Partial<Envelope>]>([
    ['moved to another record id', { id: 'rec-2' }],
    ['moved to another space', { spaceId: 'space-b' }],
    ['relabelled with another key id', { keyId: 'k2' }],
  ])('rejects a record %s', (_, change) => {
    // The reader holds keys for every space and key id involved: only the binding can catch it.
    const keys = ring(k, { ...k, spaceId: 'space-b' }, { ...k, keyId: 'k2' });
    expect(open(keys, { ...env, ...change }).ok).toBe(false);
  });

  it('rejects an unknown format version', () => {
    expect(open(ring(k), { ...env, format: 2 })).toEqual({
      ok: false,
      error: { type: 'UnsupportedFormat', format: 2 },
    });
  });

  it('pads plaintext so small records share one size', () => {
    const a = seal(k, 'r', utf8('a'));
    const b = seal(k, 'r', utf8('a much longer note of two hundred characters'.repeat(4)));
    expect(a.ciphertext.length).toBe(b.ciphertext.length);
  });
});

describe('padding', () => {
  it.each([0, 1, 251, 252, 253, 1000, 70_000, 200_000])(
    'round-trips %i bytes into a bucket',
    (n) => {
      const data = new Uint8Array(n).fill(3);
      const p = pad(data);
      expect(p.length).toBe(bucketSize(n));
      expect(unpad(p)).toEqual(data);
    },
  );

  it('uses powers of two, then 64 KiB steps', () => {
    expect([0, 252, 253, 5000, 65_532, 65_533].map(bucketSize)).toEqual([
      256, 256, 512, 8192, 65_536, 131_072,
    ]);
  });

  it('rejects a length longer than the buffer', () => {
    expect(unpad(new Uint8Array([0, 0, 1, 0, 1]))).toBeNull();
  });
});
