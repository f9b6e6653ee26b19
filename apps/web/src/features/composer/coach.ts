/**
 * The coach as its own lazy chunk (assets/coach-[hash].js): compromise and the rules load
 * only when a screen that coaches is opened, never with the home screen.
 */
export { analyse, suggest } from '@securebase/core/coach';
