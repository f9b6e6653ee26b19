/** F4 composer, and the coach pieces other screens reuse (the spiral's story step). */
export { CoachFlags, PLAIN_LABEL } from './CoachFlags.tsx';
export { ComposerPage } from './ComposerPage.tsx';
export { useCoach } from './useCoach.ts';
