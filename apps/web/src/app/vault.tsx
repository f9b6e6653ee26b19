/**
 * The unlocked vault for the whole app, and hooks that re-render on change.
 * Records live decrypted in the vault's memory index only.
 */
import type { BodyOf, LockSettings, Rec, RecordTypeName, Vault } from '@securebase/core';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { LockScreen } from '../features/lock/LockScreen.tsx';
import type { SecureBaseDb } from '../platform/db.ts';
import {
  type DeviceVault,
  openDeviceVault,
  removePassphrase,
  resetDevice,
  saveLockSettings,
  setPassphrase,
  unlockWithPassphrase,
} from '../platform/index.ts';

interface VaultApi {
  vault: Vault;
  /** The lock settings when a passphrase is set, else null. */
  lock: LockSettings | null;
  /** Erases everything on this device and starts again with an empty vault. */
  eraseEverything(): Promise<void>;
  /** Drops the decrypted index from memory; the passphrase is needed to open it again. */
  lockNow(): void;
  setPassphrase(phrase: string, lock: LockSettings): Promise<void>;
  removePassphrase(): Promise<void>;
  saveLockSettings(lock: LockSettings): Promise<void>;
  /** The opened device vault, for the account feature's platform calls. */
  device: DeviceVault;
  /** Switches to another opened vault on this device (after joining an account). */
  replaceDevice(next: DeviceVault): void;
}

const Ctx = createContext<VaultApi | null>(null);

type State =
  | { status: 'opening' }
  | { status: 'open'; device: DeviceVault }
  | { status: 'locked'; db: SecureBaseDb; lock: LockSettings }
  | { status: 'failed'; reason: string };

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'scroll'] as const;

/** Locks after `minutes` without a touch, key press or scroll (also counted while the app is hidden). */
function useAutoLock(minutes: number | null, lockNow: () => void) {
  useEffect(() => {
    if (minutes === null) return;
    let last = Date.now();
    const seen = () => {
      last = Date.now();
    };
    const check = () => {
      if (Date.now() - last >= minutes * 60_000) lockNow();
    };
    for (const e of ACTIVITY) window.addEventListener(e, seen, { passive: true });
    document.addEventListener('visibilitychange', check);
    const t = setInterval(check, 5_000);
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, seen);
      document.removeEventListener('visibilitychange', check);
      clearInterval(t);
    };
  }, [minutes, lockNow]);
}

export function VaultProvider({ children, dbName }: { children: ReactNode; dbName?: string }) {
  const [state, setState] = useState<State>({ status: 'opening' });
  useEffect(() => {
    let live = true;
    openDeviceVault(dbName).then(
      (r) => {
        if (!live) return;
        if (r.status === 'open') setState({ status: 'open', device: r.device });
        else if (r.status === 'locked') setState({ status: 'locked', db: r.db, lock: r.lock });
        else setState({ status: 'failed', reason: r.error.type });
      },
      (e: unknown) =>
        live && setState({ status: 'failed', reason: e instanceof Error ? e.name : 'Unknown' }),
    );
    return () => {
      live = false;
    };
  }, [dbName]);

  const device = state.status === 'open' ? state.device : null;
  const current = useRef(state);
  current.current = state;
  const lockNow = useCallback(() => {
    const s = current.current;
    if (s.status !== 'open' || !s.device.lock) return;
    s.device.vault.close();
    setState({ status: 'locked', db: s.device.db, lock: s.device.lock });
  }, []);
  useAutoLock(device?.lock?.idleMinutes ?? null, lockNow);

  const api = useMemo((): VaultApi | null => {
    if (!device) return null;
    const open = (d: DeviceVault) => setState({ status: 'open', device: d });
    return {
      vault: device.vault,
      lock: device.lock,
      lockNow,
      eraseEverything: async () => open(await resetDevice(device.db)),
      setPassphrase: async (phrase, lock) => open(await setPassphrase(device, phrase, lock)),
      removePassphrase: async () => open(await removePassphrase(device)),
      saveLockSettings: async (lock) => open(await saveLockSettings(device, lock)),
      device,
      replaceDevice: open,
    };
  }, [device, lockNow]);

  if (state.status === 'opening')
    return (
      <p className="lede" role="status">
        Opening your journal…
      </p>
    );
  if (state.status === 'failed') return <OpenFailed reason={state.reason} />;
  if (state.status === 'locked')
    return (
      <LockScreen
        onUnlock={async (phrase) => {
          const r = await unlockWithPassphrase(state.db, phrase);
          if (r.ok) setState({ status: 'open', device: r.device });
          return r.ok;
        }}
        onErase={async () => setState({ status: 'open', device: await resetDevice(state.db) })}
      />
    );
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
