/**
 * The spiral feature. Home starts a spiral (small, loaded at once); the flow, detail and
 * list are lazy, so importing this entry never pulls the flow into the first-load bundle.
 */
import { lazyPage } from '../../ui/index.ts';

export { startSpiral } from './start.ts';
export const SpiralFlowPage = lazyPage(
  () => import('./SpiralFlow.tsx'),
  (m) => m.SpiralFlowPage,
);
export const SpiralDetailPage = lazyPage(
  () => import('./SpiralDetail.tsx'),
  (m) => m.SpiralDetailPage,
);
export const SpiralList = lazyPage(
  () => import('./SpiralDetail.tsx'),
  (m) => m.SpiralList,
);
