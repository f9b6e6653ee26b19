/**
 * @securebase/core/coach: the on-device message coach. Loaded lazily by the web app (it
 * pulls in compromise); nothing here touches storage or the network.
 */
export { analyse } from './analyse.ts';
export { findPlaceholders, type Placeholder } from './placeholders.ts';
export { RULES } from './rules/index.ts';
export { SAFETY_RULES } from './safety.ts';
export { suggest } from './suggest.ts';
export * from './types.ts';
