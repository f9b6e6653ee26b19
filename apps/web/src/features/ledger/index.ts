/** F5 assumptions ledger. */
export { LedgerPage } from './LedgerPage.tsx';
export { ResolvePage } from './ResolvePage.tsx';
export { SaveAssumption } from './SaveAssumption.tsx';
