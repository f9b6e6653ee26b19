/** UUIDv7 (RFC 9562): 48-bit millisecond timestamp, version and variant bits, 74 random bits. */
import type { Clock, Random } from '../deps.ts';

export function uuidv7(clock: Clock, random: Random): string {
  const b = random(16);
  const ms = Math.max(0, Math.floor(clock.now()));
  // 48-bit big-endian timestamp; split to stay exact in doubles.
  const hi = Math.floor(ms / 2 ** 16);
  const lo = ms % 2 ** 16;
  b[0] = (hi >>> 24) & 255;
  b[1] = (hi >>> 16) & 255;
  b[2] = (hi >>> 8) & 255;
  b[3] = hi & 255;
  b[4] = (lo >>> 8) & 255;
  b[5] = lo & 255;
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x70;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
