/**
 * One tab at a time holds the vault. Two tabs of one browser profile (or the installed app
 * and a browser tab) share one IndexedDB, but each would keep its own index, clock and
 * sync loop and write stale copies over the other's newer ones. So the vault opens only
 * in the tab that holds the Web Lock `securebase-vault`, for as long as it holds it.
 *
 * Another tab shows that the journal is open elsewhere. Its "Use it here" posts a
 * let-go message on a BroadcastChannel and queues for the lock; the holding tab saves,
 * closes its vault and releases the lock, and the queued request is granted.
 *
 * Where Web Locks are missing, every tab opens the vault, as before this module.
 */

export const VAULT_LOCK = 'securebase-vault';
const LET_GO = 'let-go';

/** The part of `navigator.locks` used here. */
export interface LockPort {
  request(
    name: string,
    options: { signal?: AbortSignal },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<unknown>;
}

/** The part of a BroadcastChannel used here. */
export interface ChannelPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  close(): void;
}

export interface TabPorts {
  /** undefined where the browser has no Web Locks (then nothing is coordinated). */
  locks: LockPort | undefined;
  openChannel(): ChannelPort | undefined;
}

export function browserTabPorts(): TabPorts {
  // Typed as always present, but missing in old browsers and insecure contexts.
  const locks: LockManager | undefined = navigator.locks;
  return {
    locks,
    openChannel: () =>
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(VAULT_LOCK) : undefined,
  };
}

/** This tab holds the vault until it calls `release`. */
export interface VaultHold {
  release(): void;
}

export interface TabLock {
  /** True when tabs coordinate at all (Web Locks exist). */
  readonly coordinated: boolean;
  /**
   * Holds the vault unless another tab does. Waits up to `waitMs` for a tab that is
   * letting go anyway (this same page reloading). `onAsked` runs when, while this tab
   * holds it, another tab asks for the vault.
   */
  claim(onAsked: () => void, waitMs?: number): Promise<VaultHold | null>;
  /** Asks the holding tab to let go, then holds the vault; null if it did not within `waitMs`. */
  takeOver(onAsked: () => void, waitMs?: number): Promise<VaultHold | null>;
  /** Stops listening (the page is going away); a hold still held is released. */
  dispose(): void;
}

const isLetGo = (data: unknown) =>
  typeof data === 'object' && data !== null && 'type' in data && data.type === LET_GO;

/** Resolves with the function that releases the lock once it is granted, or null after `waitMs`. */
function acquire(locks: LockPort, waitMs: number): Promise<(() => void) | null> {
  return new Promise((resolve, reject) => {
    const signal = AbortSignal.timeout(waitMs);
    locks
      .request(VAULT_LOCK, { signal }, () => new Promise<void>((release) => resolve(release)))
      .catch((e: unknown) => (signal.aborted ? resolve(null) : reject(e)));
  });
}

export function tabLock(ports: TabPorts): TabLock {
  let channel: ChannelPort | undefined;
  const channelOnce = () => {
    channel ??= ports.openChannel();
    return channel;
  };
  const held = new Set<VaultHold>();

  const hold = async (onAsked: () => void, waitMs: number): Promise<VaultHold | null> => {
    if (!ports.locks) return { release: () => undefined };
    const release = await acquire(ports.locks, waitMs);
    if (!release) return null;
    const ch = channelOnce();
    const listener = (e: MessageEvent) => isLetGo(e.data) && onAsked();
    ch?.addEventListener('message', listener);
    const h: VaultHold = {
      release: () => {
        if (!held.delete(h)) return;
        ch?.removeEventListener('message', listener);
        release();
      },
    };
    held.add(h);
    return h;
  };

  return {
    coordinated: ports.locks !== undefined,
    claim: (onAsked, waitMs = 1500) => hold(onAsked, waitMs),
    takeOver: (onAsked, waitMs = 10_000) => {
      channelOnce()?.postMessage({ type: LET_GO });
      return hold(onAsked, waitMs);
    },
    dispose: () => {
      for (const h of [...held]) h.release();
      channel?.close();
      channel = undefined;
    },
  };
}
