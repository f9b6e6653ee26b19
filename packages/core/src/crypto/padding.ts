/**
 * Plaintext is padded to size buckets before encryption so that ciphertext length reveals
 * only a coarse size class: powers of two from 256 B to 64 KiB, then multiples of 64 KiB.
 * Layout: 4-byte big-endian length, the data, zero bytes.
 */
const MIN_BUCKET = 256;
const LINEAR_STEP = 64 * 1024;

export function bucketSize(n: number): number {
  const needed = n + 4;
  if (needed > LINEAR_STEP) return Math.ceil(needed / LINEAR_STEP) * LINEAR_STEP;
  let size = MIN_BUCKET;
  while (size < needed) size *= 2;
  return size;
}

export function pad(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(bucketSize(data.length));
  new DataView(out.buffer).setUint32(0, data.length);
  out.set(data, 4);
  return out;
}

export function unpad(padded: Uint8Array): Uint8Array | null {
  if (padded.length < 4) return null;
  const n = new DataView(padded.buffer, padded.byteOffset, padded.byteLength).getUint32(0);
  if (n > padded.length - 4) return null;
  return padded.slice(4, 4 + n);
}
