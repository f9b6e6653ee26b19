/**
 * The unlocked vault for the whole app, and hooks that re-render on change.
 * Records live decrypted in the vault's memory index only.
 */
import type { BodyOf, Rec, RecordTypeName, Vault } from '@securebase/core';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { type DeviceVault, openDeviceVault, resetDevice } from '../platform/index.ts';

interface VaultApi {
  vault: Vault;
  /** Erases everything on this device and starts again with an empty vault. */
  eraseEverything(): Promise<void>;
}

const Ctx = createContext<VaultApi | null>(null);

type State =
  | { status: 'opening' }
  | { status: 'open'; device: DeviceVault }
  | { status: 'failed'; reason: string };

export function VaultProvider({ children, dbName }: { children: ReactNode; dbName?: string }) {
  const [state, setState] = useState<State>({ status: 'opening' });
  useEffect(() => {
    let live = true;
    openDeviceVault(dbName).then(
      (r) => {
        if (!live) return;
        setState(
          r.ok ? { status: 'open', device: r.value } : { status: 'failed', reason: r.error.type },
        );
      },
      (e: unknown) =>
        live && setState({ status: 'failed', reason: e instanceof Error ? e.name : 'Unknown' }),
    );
    return () => {
      live = false;
    };
  }, [dbName]);

  const eraseEverything = useCallback(async () => {
    if (state.status !== 'open') return;
    setState({ status: 'open', device: await resetDevice(state.device) });
  }, [state]);

  const api = useMemo(
    () => (state.status === 'open' ? { vault: state.device.vault, eraseEverything } : null),
    [state, eraseEverything],
  );

  if (state.status === 'opening')
    return (
      <p className="lede" role="status">
        Opening your journal…
      </p>
    );
  if (state.status === 'failed') return <OpenFailed reason={state.reason} />;
  return <Ctx.Provider value={api}>{children}</Ctx.Provider>;
}

function OpenFailed({ reason }: { reason: string }) {
  return (
    <div className="card stack" role="alert">
      <h1>Your journal could not be opened</h1>
      {reason === 'KeyUnavailable' || reason === 'WrongKey' ? (
        <p>
          The key that opens your journal on this device is missing or has changed, so the entries
          here cannot be read. Nothing has been deleted. If you have an export file, you can start
          again and import it.
        </p>
      ) : (
        <p>
          This browser would not let Secure Base use its storage. Private or incognito windows often
          block it. Please try a normal window; nothing has been deleted.
        </p>
      )}
      <p className="meta">Reason: {reason}</p>
    </div>
  );
}

export function useVaultApi(): VaultApi {
  const api = useContext(Ctx);
  if (!api) throw new Error('useVault outside VaultProvider');
  return api;
}

export const useVault = (): Vault => useVaultApi().vault;

/** The vault's change counter: components using it re-render after every write. */
function useRevision(vault: Vault): number {
  return useSyncExternalStore(
    useCallback((cb) => vault.subscribe(cb), [vault]),
    () => vault.revision,
  );
}

export function useRecords<T extends RecordTypeName>(type: T): Rec<T>[] {
  const vault = useVault();
  const rev = useRevision(vault);
  // biome-ignore lint/correctness/useExhaustiveDependencies: rev is the vault's change signal
  return useMemo(() => vault.list(type), [vault, type, rev]);
}

export function useRecord<T extends RecordTypeName>(
  type: T,
  id: string | undefined,
): Rec<T> | undefined {
  const vault = useVault();
  const rev = useRevision(vault);
  // biome-ignore lint/correctness/useExhaustiveDependencies: rev is the vault's change signal
  return useMemo(() => (id ? vault.get(type, id) : undefined), [vault, type, id, rev]);
}

export type { BodyOf };
