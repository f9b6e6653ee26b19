export { HelpPage } from './HelpPage.tsx';
export { HELPLINES } from './helplines.ts';
export { SafetyCheckPage } from './SafetyCheckPage.tsx';
