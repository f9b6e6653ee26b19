/** The sync state in words: waiting changes, and entries too large to sync told apart. */
import type { SyncState } from '@securebase/core/sync-client';
import { describe, expect, it } from 'vitest';
import { describeSync } from './describeSync.ts';

const state = (over: Partial<SyncState>): SyncState => ({
  lastSyncedAt: null,
  pending: 0,
  status: 'idle',
  rejected: 0,
  tooLarge: 0,
  ...over,
});
const tooLarge = {
  code: 'too_large',
  message: 'One entry is too large to sync. It stays safe on this device; everything else syncs.',
};

describe('describeSync', () => {
  it('counts the changes waiting', () => {
    expect(describeSync(state({ pending: 2 }))).toBe('Not synced yet · 2 changes waiting');
    expect(describeSync(state({ status: 'syncing', pending: 1 }))).toBe(
      'Syncing… · 1 change waiting',
    );
  });

  it('says an entry is too large without counting it as about to go', () => {
    const s = state({ status: 'error', pending: 1, tooLarge: 1, error: tooLarge });
    expect(describeSync(s)).toBe(tooLarge.message);
    expect(describeSync({ ...s, pending: 3 })).toBe(`${tooLarge.message} · 2 changes waiting`);
  });
});
