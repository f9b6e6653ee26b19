/**
 * Whether this device is signed in to an account (plain meta: it holds no secret), and the
 * lazy door to the sync engine, which only signed-in devices download.
 */
import type { MetaValue } from '@securebase/core/vault';
import type { DeviceVault } from './vault.ts';

export const loadSyncEngine = () => import('./syncEngine.ts');

const ACCOUNT_META = 'account';

export interface AccountInfo {
  accountId: string;
  userIdentifier: string;
  /** The recovery key from sign-up was shown but not yet confirmed as saved. */
  recoveryPending?: boolean;
}

export async function readAccount(device: DeviceVault): Promise<AccountInfo | null> {
  const v = await device.local.getMeta(ACCOUNT_META);
  if (typeof v?.accountId !== 'string' || typeof v.userIdentifier !== 'string') return null;
  const info: AccountInfo = { accountId: v.accountId, userIdentifier: v.userIdentifier };
  return v.recoveryPending === true ? { ...info, recoveryPending: true } : info;
}

export async function writeAccount(device: DeviceVault, info: AccountInfo | null): Promise<void> {
  if (info) await device.local.putMeta(ACCOUNT_META, { ...info } satisfies MetaValue);
  else await device.local.deleteMeta(ACCOUNT_META);
}
