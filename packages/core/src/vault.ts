/**
 * `@securebase/core/vault`: key handling and the local-first engine behind the journal —
 * envelopes, the key hierarchy and its custody, the vault (journal and replica), the
 * outbox, the LocalStore port and its memory adapter, creating and unlocking. Only the web
 * platform (apps/web/src/platform) and tests import it; screens get the `Journal` only.
 */
export * from './crypto/envelope.ts';
export * from './crypto/keys.ts';
export * from './store/keyCustody.ts';
export * from './store/memory.ts';
export * from './store/merge.ts';
export * from './store/outbox.ts';
export * from './store/ports.ts';
export * from './store/replica.ts';
export * from './store/sealer.ts';
export * from './store/unlock.ts';
export * from './store/vault.ts';
