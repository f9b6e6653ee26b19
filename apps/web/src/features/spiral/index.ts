export { SpiralDetailPage, SpiralList } from './SpiralDetail.tsx';
export { SpiralFlowPage } from './SpiralFlow.tsx';
export { startSpiral } from './start.ts';
