/**
 * A screen loaded on first visit; `pick` names the export of the feature's index.ts.
 * Lazy screens keep the home screen's first-load JavaScript within budget; the service
 * worker precaches every chunk, so they open offline too.
 */
import { type ComponentType, lazy } from 'react';

export function lazyPage<M>(load: () => Promise<M>, pick: (m: M) => ComponentType) {
  return lazy(async () => ({ default: pick(await load()) }));
}
