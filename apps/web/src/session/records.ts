/** Hooks that read records from the journal and re-render after every write. */
import type { Journal, Rec, RecordTypeName } from '@securebase/core';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useVault } from './vault.tsx';

/** The vault's change counter: components using it re-render after every write. */
function useRevision(vault: Journal): number {
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
