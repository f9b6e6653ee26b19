/**
 * Opens the journal in one tab at a time (platform/tabLock.ts says why). While another tab
 * holds it, this tab shows the `elsewhere` screen the app passes in (app/OpenElsewhere.tsx);
 * "Use it here" asks that tab to let go and waits.
 *
 * Hand-over, in the tab asked to let go: the journal's screens unmount first (their
 * cleanups queue any pending saves, e.g. a spiral draft), then the vault's `shutdown`
 * waits for those writes and closes the vault and database, and only then is the lock
 * released. So the other tab opens from storage that already holds every write.
 */
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
import { browserTabPorts, tabLock, type VaultHold } from '../platform/index.ts';

type Gate =
  | { kind: 'claiming' }
  | { kind: 'here' }
  | { kind: 'leaving' }
  | { kind: 'elsewhere'; moved: boolean; asking: boolean; late: boolean };

/** What the screen shown while another tab holds the journal gets. */
export interface ElsewhereProps {
  /** This tab had the journal and let another tab take it. */
  moved: boolean;
  asking: boolean;
  /** The other tab did not let go in time. */
  late: boolean;
  onUseHere: () => void;
}

/** Where the vault leaves the function that saves and closes it before a hand-over. */
interface Slot {
  shutdown: () => Promise<void>;
}
const newSlot = (): Slot => ({ shutdown: async () => undefined });
const SlotCtx = createContext<Slot | null>(null);

/** Registers how to save and close the vault when this tab lets go (a no-op outside a gate). */
export function useHandOver(shutdown: () => Promise<void>) {
  const slot = useContext(SlotCtx);
  useEffect(() => {
    if (slot) slot.shutdown = shutdown;
  }, [slot, shutdown]);
}

export function TabGate({
  children,
  fallback,
  elsewhere: OpenElsewhere,
}: {
  children: ReactNode;
  fallback: ReactNode;
  elsewhere: ComponentType<ElsewhereProps>;
}) {
  const tabs = useMemo(() => tabLock(browserTabPorts()), []);
  const [gate, setGate] = useState<Gate>({ kind: 'claiming' });
  // A fresh slot per stay in this tab: the vault mounted for it fills it in.
  const [slot, setSlot] = useState(newSlot);
  const hold = useRef<VaultHold | null>(null);
  const mounted = useRef(true);

  const asked = useCallback(
    () => setGate((g) => (g.kind === 'here' ? { kind: 'leaving' } : g)),
    [],
  );
  const holdHere = useCallback((h: VaultHold) => {
    if (!mounted.current) return h.release();
    hold.current = h;
    setSlot(newSlot());
    setGate({ kind: 'here' });
  }, []);

  useEffect(() => {
    let live = true;
    mounted.current = true;
    tabs.claim(asked).then(
      (h) => {
        if (!live) h?.release();
        else if (h) holdHere(h);
        else setGate({ kind: 'elsewhere', moved: false, asking: false, late: false });
      },
      // The lock manager itself failed: open as if there were no Web Locks.
      () => live && setGate({ kind: 'here' }),
    );
    return () => {
      live = false;
      mounted.current = false;
      hold.current?.release();
      hold.current = null;
      tabs.dispose();
    };
  }, [tabs, asked, holdHere]);

  useEffect(() => {
    if (gate.kind !== 'leaving') return;
    slot
      .shutdown()
      .catch(() => undefined)
      .finally(() => {
        hold.current?.release();
        hold.current = null;
        setGate({ kind: 'elsewhere', moved: true, asking: false, late: false });
      });
  }, [gate.kind, slot]);

  const asking = useRef(false);
  const takeHere = useCallback(() => {
    if (asking.current) return;
    asking.current = true;
    setGate((g) => (g.kind === 'elsewhere' ? { ...g, asking: true, late: false } : g));
    const notYet = () =>
      setGate((g) => (g.kind === 'elsewhere' ? { ...g, asking: false, late: true } : g));
    tabs
      .takeOver(asked)
      .then((h) => (h ? holdHere(h) : notYet()), notYet)
      .finally(() => {
        asking.current = false;
      });
  }, [tabs, asked, holdHere]);

  if (gate.kind === 'claiming') return fallback;
  if (gate.kind === 'leaving')
    return (
      <p className="lede" role="status">
        Saving your journal…
      </p>
    );
  if (gate.kind === 'elsewhere')
    return (
      <OpenElsewhere
        moved={gate.moved}
        asking={gate.asking}
        late={gate.late}
        onUseHere={takeHere}
      />
    );
  return <SlotCtx.Provider value={slot}>{children}</SlotCtx.Provider>;
}
