/**
 * Runs sync while signed in (the engine is a lazy chunk, never loaded while signed out),
 * on the schedule scheduler.ts decides. Signed out, it does nothing and makes no request.
 * The state is shared with the status line on Home and the account section in Settings.
 */
import type { SyncClient, SyncState } from '@securebase/core/sync-client';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import {
  type AccountInfo,
  loadSyncEngine,
  readAccount,
  writeAccount,
} from '../../platform/account.ts';
import { browserPage, browserTimers } from '../../platform/index.ts';
import { useVaultApi } from '../../session/index.ts';
import { scheduleSync } from './scheduler.ts';

interface SyncApi {
  /** null while reading, false when signed out. */
  account: AccountInfo | null | false;
  state: SyncState | null;
  setAccount(info: AccountInfo | null): Promise<void>;
  syncNow(): void;
}

const Ctx = createContext<SyncApi | null>(null);

/** Runs the scheduler (scheduler.ts) for as long as a sync client exists. */
function useScheduler(client: SyncClient | null) {
  const { vault } = useVaultApi();
  useEffect(
    () =>
      client
        ? scheduleSync(client, vault, { timers: browserTimers, page: browserPage })
        : undefined,
    [client, vault],
  );
}

export function SyncProvider({ children }: { children: ReactNode }) {
  const { device } = useVaultApi();
  const [account, setAccountState] = useState<AccountInfo | null | false>(null);
  const [state, setState] = useState<SyncState | null>(null);

  useEffect(() => {
    let live = true;
    readAccount(device).then(
      (a) => live && setAccountState(a ?? false),
      () => live && setAccountState(false),
    );
    return () => {
      live = false;
    };
  }, [device]);

  const [client, setClient] = useState<SyncClient | null>(null);
  useEffect(() => {
    if (!account) return setClient(null);
    let live = true;
    // Only a signed-in device downloads the sync engine, after the first screen is up.
    loadSyncEngine().then(
      (m) => live && setClient(m.newSyncClient(device)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [account, device]);
  useEffect(() => {
    if (!client) return setState(null);
    setState(client.state);
    return client.subscribe(() => setState(client.state));
  }, [client]);
  useScheduler(client);

  const setAccount = useCallback(
    async (info: AccountInfo | null) => {
      await writeAccount(device, info);
      setAccountState(info ?? false);
    },
    [device],
  );
  const syncNow = useCallback(() => {
    client?.sync().catch(() => undefined);
  }, [client]);
  const api = useMemo(
    () => ({ account, state, setAccount, syncNow }),
    [account, state, setAccount, syncNow],
  );
  return <Ctx.Provider value={api}>{children}</Ctx.Provider>;
}

export function useSync(): SyncApi {
  const api = useContext(Ctx);
  if (!api) throw new Error('useSync outside SyncProvider');
  return api;
}
