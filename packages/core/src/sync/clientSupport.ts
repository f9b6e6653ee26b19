/**
 * Small pure parts of the sync engine: mutation ids derived from outbox entries, push
 * batches within the protocol's limits, and how a failure is worded and whether it is
 * worth retrying.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8 } from '../bytes.ts';
import type { OutboxEntry } from '../store/ports.ts';
import type { TransportError } from './clientHttp.ts';
import { LIMITS, type Mutation } from './protocol.ts';

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

/** Bytes of a push body with no mutation: `{"mutations":[]}`. */
const EMPTY_PUSH_BYTES = utf8(JSON.stringify({ mutations: [] })).length;

/**
 * Splits mutations, in order, into push bodies within the count and byte limits
 * (docs/protocol.md, Limits): the server refuses a whole batch over either, and a refused
 * batch would be sent again on every sync. Sizes are of the JSON the transport sends.
 * Each mutation must fit a body on its own (the caller sets larger ones aside); one that
 * does not is a bug and throws.
 */
export function pushBatches(
  mutations: readonly Mutation[],
  limits: { count: number; bytes: number } = {
    count: LIMITS.pushBatch,
    bytes: LIMITS.pushBodyBytes,
  },
): Mutation[][] {
  const out: Mutation[][] = [];
  let batch: Mutation[] = [];
  let size = EMPTY_PUSH_BYTES;
  for (const m of mutations) {
    const bytes = utf8(JSON.stringify(m)).length;
    if (EMPTY_PUSH_BYTES + bytes > limits.bytes) throw new Error('mutation over the push limit');
    // `+ 1`: the comma after the mutation before it.
    const full = batch.length >= limits.count || size + 1 + bytes > limits.bytes;
    if (batch.length > 0 && full) {
      out.push(batch);
      batch = [];
      size = EMPTY_PUSH_BYTES;
    }
    size += (batch.length > 0 ? 1 : 0) + bytes;
    batch.push(m);
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/** Plain words for records set aside because their envelope is over the protocol's limit. */
export function describeTooLarge(n: number) {
  return {
    code: 'too_large',
    message:
      n === 1
        ? 'One entry is too large to sync. It stays safe on this device; everything else syncs.'
        : `${n} entries are too large to sync. They stay safe on this device; everything else syncs.`,
  };
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
      if (e.code === 'quota_exceeded')
        return {
          code: e.code,
          message:
            'Your account has reached its storage limit on this server. New changes stay safe on this device.',
        };
      if (e.code === 'storage_full')
        return {
          code: e.code,
          message:
            'The server is out of space just now. Changes stay safe on this device; trying again later.',
        };
      return { code: e.code, message: 'The server could not take the changes just now.' };
  }
}

export function retryable(e: Failure): boolean {
  if (e.type === 'Http') return e.code === 'rate_limited' || e.status >= 500;
  return e.type !== 'BadResponse';
}
