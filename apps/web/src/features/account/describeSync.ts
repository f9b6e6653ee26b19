/** The sync state in words, for the status line on Home and the account screens. */
import type { SyncState } from '@securebase/core/sync-client';
import { formatDateTime } from '../../ui/format.ts';

function ago(at: number | null): string {
  if (at === null) return 'Not synced yet';
  const min = Math.round((Date.now() - at) / 60_000);
  if (min < 1) return 'Synced just now';
  if (min < 60) return `Synced ${min} min ago`;
  return `Synced ${formatDateTime(at)}`;
}

export function describeSync(s: SyncState): string {
  // Entries too large to sync are told apart by the error, not counted as about to go.
  const n = Math.max(0, s.pending - s.tooLarge);
  const waiting = n === 0 ? '' : ` · ${n} ${n === 1 ? 'change' : 'changes'} waiting`;
  if (s.status === 'syncing') return `Syncing…${waiting}`;
  if (s.status === 'offline') return `Offline: changes stay safe on this device${waiting}`;
  if (s.status === 'error') return `${s.error?.message ?? 'Sync stopped.'}${waiting}`;
  return `${ago(s.lastSyncedAt)}${waiting}`;
}
