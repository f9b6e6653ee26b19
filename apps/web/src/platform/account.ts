/**
 * Whether this device is signed in to an account (plain meta: it holds no secret), and the
 * lazy door to the sync engine, which only signed-in devices download.
 */
import type { MetaValue } from '@securebase/core';
import { DexieLocalStore } from './db.ts';
import type { DeviceVault } from './vault.ts';

export const loadSyncEngine = () => import('./syncEngine.ts');

const ACCOUNT_META = 'account';

export interface AccountInfo {
  accountId: string;
  userIdentifier: string;
}

export async function readAccount(device: DeviceVault): Promise<AccountInfo | null> {
  const v = await new DexieLocalStore(device.db).getMeta(ACCOUNT_META);
  return typeof v?.accountId === 'string' && typeof v.userIdentifier === 'string'
    ? { accountId: v.accountId, userIdentifier: v.userIdentifier }
    : null;
}

export async function writeAccount(device: DeviceVault, info: AccountInfo | null): Promise<void> {
  const local = new DexieLocalStore(device.db);
  if (info) await local.putMeta(ACCOUNT_META, { ...info } satisfies MetaValue);
  else await local.deleteMeta(ACCOUNT_META);
}
