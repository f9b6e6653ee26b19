/**
 * `@securebase/core/sync-client`: the client sync engine and its HTTP transport, a separate
 * entry so the web app loads them only once an account is set up.
 */
export * from './sync/client.ts';
export * from './sync/clientHttp.ts';
export * from './sync/clientSupport.ts';
