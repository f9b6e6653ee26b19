/**
 * @securebase/core: what every part of the app may use — records and their types, the
 * journal screens read and write, the export format, results and the clock and random
 * ports. Key handling and the storage engine are not here: they are `@securebase/core/vault`,
 * which only the web platform (apps/web/src/platform) imports.
 */
export * from './bytes.ts';
export * from './data/exportFormat.ts';
export * from './deps.ts';
export * from './records/hlc.ts';
export * from './records/ids.ts';
export * from './records/record.ts';
export * from './records/registry.ts';
export * from './records/types/index.ts';
export * from './result.ts';
export * from './store/journal.ts';
export type { LockSettings } from './store/unlock.ts';
