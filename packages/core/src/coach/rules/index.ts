/** Every coach rule, in a stable order. Adding a rule means adding its examples too. */
import { blamingRules } from './blaming.ts';
import { catastrophizingRules } from './catastrophizing.ts';
import { demandingRules } from './demanding.ts';
import { labelingRules } from './labeling.ts';
import { mindReadingRules } from './mindReading.ts';
import { overgeneralizingRules } from './overgeneralizing.ts';
import { personalizingRules } from './personalizing.ts';
import { protestRules } from './protest.ts';
import { reassuranceRules } from './reassurance.ts';
import type { Rule } from './types.ts';

export type { Guard, Rule } from './types.ts';

export const RULES: readonly Rule[] = [
  ...mindReadingRules,
  ...overgeneralizingRules,
  ...catastrophizingRules,
  ...labelingRules,
  ...demandingRules,
  ...reassuranceRules,
  ...personalizingRules,
  ...blamingRules,
  ...protestRules,
];
