/**
 * @securebase/core/account: the account flows and their key handling, a separate entry so
 * the web app's first load does not carry them (only the account screen imports this).
 */
export * from './sync/clientAccount.ts';
export * from './sync/clientKeys.ts';
export * from './sync/clientReauth.ts';
export * from './sync/clientSession.ts';
