/**
 * The colours of the calendar's days, from how secure the person felt (the mean of that
 * day's check-ins, 0–10) in five bands. Each colour stands out from the page by at least
 * 3:1 in both themes (WCAG 1.4.11, checked by a test), and the bands differ in hue as well
 * as lightness; the colour is never the only cue: every day has a name that says it.
 */
export interface Band {
  /** The lowest mean security in the band. */
  from: number;
  label: string;
  light: string;
  dark: string;
}

export const BANDS: readonly Band[] = [
  { from: 0, label: '0–1', light: '#8c3f6b', dark: '#e7a6ca' },
  { from: 2, label: '2–3', light: '#94521f', dark: '#eeb27e' },
  { from: 4, label: '4–5', light: '#6f6410', dark: '#d9c860' },
  { from: 6, label: '6–7', light: '#2f7540', dark: '#8dd49c' },
  { from: 8, label: '8–10', light: '#1d5f8a', dark: '#8cc8f0' },
];

/** The page colours the days sit on, per theme (styles.css --bg and --surface). */
export const BACKGROUNDS = { light: ['#f6f3ee', '#ffffff'], dark: ['#17191d', '#22252b'] };

/** The band of a day's mean security (rounded as the label says it). */
export function bandOf(mean: number): Band {
  const rounded = Math.round(mean);
  let out = BANDS[0] as Band;
  for (const b of BANDS) if (rounded >= b.from) out = b;
  return out;
}

/** A CSS colour following the theme. */
export const bandColour = (b: Band) => `light-dark(${b.light}, ${b.dark})`;
