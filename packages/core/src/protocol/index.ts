/** The sync protocol module: wire schemas, reason codes and the envelope codec. */

// The server imports this module, never the package root (which carries key handling).
export { err, ok, type Result } from '../result.ts';
export * from './auth.ts';
export * from './codec.ts';
export * from './errors.ts';
export * from './protocol.ts';
