/**
 * The session layer: what every screen stands on once the journal is open in this tab.
 * It imports only platform/ and ui/ (and core); the app passes in the screens it shows
 * around the journal (the lock screen, the "open elsewhere" screen) as components.
 */

export { type Autosave, autosave } from './autosave.ts';
export { NotifyToggle } from './NotifyToggle.tsx';
export { useRecord, useRecords } from './records.ts';
export { type ElsewhereProps, TabGate, useHandOver } from './tabGate.tsx';
export { type ThemeChoice, useTheme } from './theme.ts';
export { useAutosave, useFlushOnLeave } from './useAutosave.ts';
export { type Draft, useDraft } from './useDraft.ts';
export { type LockScreenProps, Opening, useVault, useVaultApi, VaultProvider } from './vault.tsx';
