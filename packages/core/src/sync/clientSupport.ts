/**
 * Small pure parts of the sync engine: its state, mutation ids derived from outbox entries,
 * push batches within the protocol's limits, and how a failure is worded, whether it is
 * worth retrying and after how long.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8 } from '../bytes.ts';
import type { Random } from '../deps.ts';
import { LIMITS, type Mutation, type PushResult, type WireEnvelope } from '../protocol/protocol.ts';
import type { Ack } from '../store/outbox.ts';
import type { OutboxEntry } from '../store/ports.ts';
import type { TransportError } from './clientHttp.ts';

export type Failure = TransportError | { type: 'TooManyRounds' };

export type SyncStatus = 'idle' | 'syncing' | 'offline' | 'error';

export interface SyncState {
  lastSyncedAt: number | null;
  /** Records with a change waiting to be pushed (including any too large to send). */
  pending: number;
  status: SyncStatus;
  /**
   * Why the last pass stopped, or `too_large` when it finished but set records aside whose
   * envelope is over the protocol's limit (they stay on this device).
   */
  error?: { code: string; message: string };
  /** Envelopes from the server that failed their checks and were not applied. */
  rejected: number;
  /** Records the last finished pass kept on this device: too large to sync (in `pending`). */
  tooLarge: number;
}

const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 5 * 60_000;

/** Exponential back-off with jitter, never shorter than what the server asked for. */
export function backoffMs(attempt: number, f: Failure, random: Random): number {
  const jitter = (random(1)[0] ?? 0) / 255;
  const exp = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** attempt) * (0.5 + jitter / 2);
  const asked = f.type === 'Http' && f.retryAfter ? f.retryAfter * 1000 : 0;
  return Math.max(exp, asked);
}

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

/** What a push's answer means for this device. */
export interface PushOutcome {
  acks: Ack[];
  /** Outbox entries whose change the server applied. */
  applied: string[];
  /** The server's copies of conflicting records, each under the id that was pushed. */
  current: WireEnvelope[];
  /** Records the server never had at the version this device knew: push them as new. */
  unknown: string[];
  /**
   * The server went back (restored from a backup): a conflict's copy is older than the
   * version this device saw acknowledged, or a record acknowledged once is missing.
   */
  wentBack: boolean;
}

export function readPushResults(
  results: readonly PushResult[],
  mutations: readonly Mutation[],
  byRecord: ReadonlyMap<string, readonly OutboxEntry[]>,
  knownVersion: (id: string) => number,
): PushOutcome {
  const out: PushOutcome = { acks: [], applied: [], current: [], unknown: [], wentBack: false };
  for (const res of results) {
    const m = mutations.find((x) => x.mutationId === res.mutationId);
    if (!m) continue;
    const recordId = m.envelope.id;
    const known = knownVersion(recordId);
    if (res.status === 'applied') {
      out.acks.push({ recordId, version: res.version });
      for (const e of byRecord.get(recordId) ?? []) out.applied.push(e.mutationId);
    } else if (res.current) {
      if (res.current.version < known) out.wentBack = true;
      if (res.current.id === recordId) out.current.push(res.current);
    } else if (known > 0) out.wentBack = true;
    else out.unknown.push(recordId);
  }
  return out;
}
