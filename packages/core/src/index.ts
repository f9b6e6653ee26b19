/** @securebase/core: pure TypeScript shared by the web app and the server. */
export * from './bytes.ts';
export * from './crypto/envelope.ts';
export * from './crypto/keys.ts';
export * from './data/exportFormat.ts';
export * from './deps.ts';
export * from './records/hlc.ts';
export * from './records/ids.ts';
export * from './records/record.ts';
export * from './records/registry.ts';
export * from './records/types/index.ts';
export * from './result.ts';
export * from './store/journal.ts';
export * from './store/memory.ts';
export * from './store/merge.ts';
export * from './store/ports.ts';
export * from './store/unlock.ts';
export * from './store/vault.ts';
