/**
 * Small pure parts of the sync engine: mutation ids derived from outbox entries, and how a
 * failure is worded and whether it is worth retrying.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8 } from '../bytes.ts';
import type { OutboxEntry } from '../store/ports.ts';
import type { TransportError } from './clientHttp.ts';

export type Failure = TransportError | { type: 'TooManyRounds' };

/** A mutation id (UUID-shaped) that names exactly this set of outbox entries. */
export function mutationIdFor(entries: readonly OutboxEntry[]): string {
  const ids = entries.map((e) => e.mutationId).sort();
  const h = sha256(utf8(ids.join(',')));
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x80;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(h.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Plain words for a failure, for the sync status line. */
export function describeFailure(e: Failure) {
  switch (e.type) {
    case 'Offline':
      return { code: 'offline', message: 'No connection. Changes wait on this device.' };
    case 'BadResponse':
      return { code: 'bad_response', message: 'The server gave an answer this app cannot read.' };
    case 'TooManyRounds':
      return { code: 'busy', message: 'Another device is writing a lot; trying again soon.' };
    case 'Http':
      if (e.code === 'unauthorized')
        return { code: e.code, message: 'You are signed out. Sign in again to sync.' };
      if (e.code === 'rate_limited')
        return { code: e.code, message: 'The server asked us to slow down; trying again soon.' };
      return { code: e.code, message: 'The server could not take the changes just now.' };
  }
}

export function retryable(e: Failure): boolean {
  if (e.type === 'Http') return e.code === 'rate_limited' || e.status >= 500;
  return e.type !== 'BadResponse';
}
