/**
 * The unlocked vault for the whole app, and hooks that re-render on change.
 * Records live decrypted in the vault's memory index only.
 *
 * Under a TabGate (session/tabGate.tsx) this tab holds the vault only until another tab asks
 * for it; `shutdown` then waits for every vault operation in flight and every queued write,
 * closes the vault and the database, and only after that does the gate let go.
 */
import type { Journal, LockSettings } from '@securebase/core';
import {
  type ComponentType,
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { SecureBaseDb } from '../platform/db.ts';
import {
  type DeviceVault,
  type OpenResult,
  openDeviceVault,
  removePassphrase,
  resetDevice,
  saveLockSettings,
  setPassphrase,
  unlockWithPassphrase,
} from '../platform/index.ts';
import { useAutoLock } from './autoLock.ts';
import { useHandOver } from './tabGate.tsx';

interface VaultApi {
  /** The records API: screens never reach the keys or the outbox through it. */
  vault: Journal;
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
/**
 * Where a screen leaves the save it starts as it unmounts (an autosave's flush): a
 * hand-over to another tab waits for every one before it closes the vault.
 */
const TrackCtx = createContext<(p: Promise<unknown>) => void>(() => undefined);
export const useTrackWrite = () => useContext(TrackCtx);

type State =
  | { status: 'opening' }
  | { status: 'open'; device: DeviceVault }
  | { status: 'locked'; db: SecureBaseDb; lock: LockSettings }
  | { status: 'failed'; reason: string };

/** What the lock screen gets; the app passes the screen in, so this layer imports no feature. */
export interface LockScreenProps {
  onUnlock: (phrase: string) => Promise<boolean>;
  onErase: () => Promise<void>;
}

const fromOpen = (r: OpenResult): State =>
  r.status === 'open'
    ? { status: 'open', device: r.device }
    : r.status === 'locked'
      ? { status: 'locked', db: r.db, lock: r.lock }
      : { status: 'failed', reason: r.error.type };

/** Closes whatever the last state holds open, once its queued writes are committed. */
async function closeState(s: State): Promise<void> {
  if (s.status === 'open') {
    await s.device.vault.settled();
    s.device.vault.close();
    s.device.db.close({ disableAutoOpen: true });
  } else if (s.status === 'locked') s.db.close({ disableAutoOpen: true });
}

export function VaultProvider({
  children,
  dbName,
  lockScreen: LockScreen,
}: {
  children: ReactNode;
  dbName?: string;
  /** Shown while a passphrase is needed (the lock feature's screen, given by app/). */
  lockScreen: ComponentType<LockScreenProps>;
}) {
  const [state, setState] = useState<State>({ status: 'opening' });
  // The latest state even after unmounting (a hand-over unmounts first, then closes it).
  const latest = useRef(state);
  const go = useCallback((next: State, show = true) => {
    latest.current = next;
    if (show) setState(next);
  }, []);
  // Vault operations in flight (open, unlock, erase, passphrase), each up to and including
  // its state change: a hand-over waits for them, then closes what the last one opened.
  const ops = useRef(new Set<Promise<unknown>>());
  const track = useCallback(<T,>(p: Promise<T>): Promise<T> => {
    ops.current.add(p);
    const done = () => ops.current.delete(p);
    p.then(done, done);
    return p;
  }, []);
  useHandOver(
    useCallback(async () => {
      while (ops.current.size > 0) await Promise.allSettled([...ops.current]);
      await closeState(latest.current);
    }, []),
  );

  useEffect(() => {
    let live = true;
    void track(
      openDeviceVault(dbName).then(
        (r) => go(fromOpen(r), live),
        (e: unknown) =>
          live && go({ status: 'failed', reason: e instanceof Error ? e.name : 'Unknown' }),
      ),
    );
    return () => {
      live = false;
    };
  }, [dbName, go, track]);

  const device = state.status === 'open' ? state.device : null;
  const lockNow = useCallback(() => {
    const s = latest.current;
    if (s.status !== 'open' || !s.device.lock) return;
    s.device.vault.close();
    go({ status: 'locked', db: s.device.db, lock: s.device.lock });
  }, [go]);
  useAutoLock(device?.lock?.idleMinutes ?? null, lockNow);

  const api = useMemo((): VaultApi | null => {
    if (!device) return null;
    const open = (d: DeviceVault) => go({ status: 'open', device: d });
    const opened = (p: Promise<DeviceVault>) => track(p.then(open));
    return {
      vault: device.vault,
      lock: device.lock,
      lockNow,
      eraseEverything: () => opened(resetDevice(device.db)),
      setPassphrase: (phrase, lock) => opened(setPassphrase(device, phrase, lock)),
      removePassphrase: () => opened(removePassphrase(device)),
      saveLockSettings: (lock) => opened(saveLockSettings(device, lock)),
      device,
      replaceDevice: open,
    };
  }, [device, lockNow, go, track]);

  if (state.status === 'opening') return <Opening />;
  if (state.status === 'failed') return <OpenFailed reason={state.reason} />;
  if (state.status === 'locked')
    return (
      <LockScreen
        onUnlock={(phrase) =>
          track(
            unlockWithPassphrase(state.db, phrase).then((r) => {
              if (r.ok) go({ status: 'open', device: r.device });
              return r.ok;
            }),
          )
        }
        onErase={() =>
          track(resetDevice(state.db).then((device) => go({ status: 'open', device })))
        }
      />
    );
  return (
    <TrackCtx.Provider value={track}>
      <Ctx.Provider value={api}>{children}</Ctx.Provider>
    </TrackCtx.Provider>
  );
}

export function Opening() {
  return (
    <p className="lede" role="status">
      Opening your journal…
    </p>
  );
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

/** The journal: the records API screens use (no keys, no outbox). */
export const useVault = (): Journal => useVaultApi().vault;
