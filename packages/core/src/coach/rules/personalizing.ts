/** personalizing: takes the partner's mood or behaviour as caused by oneself, without evidence. */
import type { Rule } from './types.ts';

const label = 'personalizing';
const why = 'Their mood may have many causes; this takes it as yours before you know.';

export const personalizingRules: readonly Rule[] = [
  {
    id: 'pe-my-fault',
    label,
    why,
    patterns: [
      '(?:it|this|that) (?:is|has|was) {adv}(?:all )?my fault(?! (?:i |for ))',
      '(?:^|\\| )(?:its|all) my fault(?! (?:i |for ))',
      '{your} {ws}{be} {adv}my fault',
      '(?:because|bc|cause|due) (?:of|to) me',
      'because of (?:something|what) i (?:did|said)',
      'because i (?:did|said) something',
    ],
    // Owning a real act ("it's my fault we're late, I couldn't find my keys, sorry") is not this.
    unless: ['sorry', 'my bad', 'i (?:forgot|lost|could not|did not|was late|missed|broke)'],
    guards: ['joke'],
    examples: {
      flag: [
        "It's my fault you're stressed.",
        "You're quiet because of something I did.",
        'ur grumpy bc of me again',
      ],
      pass: [
        'sorry, my fault i forgot the tickets',
        'I was in a bad mood earlier because of work',
        "it's my fault we're late, i couldn't find my keys, sorry!",
      ],
    },
  },
  {
    id: 'pe-reason',
    label,
    why,
    patterns: [
      'i {be} {adv}(?:the reason|why {you}|the problem|to blame|what is (?:stressing|bothering|upsetting|wrong))',
      'i (?:must|might) be (?:the problem|the reason|why)',
      'i (?:must|probably|must have|probably have|might have) {adv}(?:done|said|upset|messed|annoyed|hurt|made|caused|did|bothered)',
      '(?:it|this) must be (?:me|something i)',
      'i (?:know )?i caused (?:it|this|that)',
      '{you} {be} {adv}{mood} {ws}(?:and|so) (?:it is|its) on me',
      '{you} {be} {adv}{mood} because i ',
    ],
    guards: ['joke'],
    examples: {
      flag: [
        "I'm the reason you're unhappy.",
        'i must have done something to make you upset',
        'it must be me',
      ],
      pass: ['I think the reason is the traffic', 'i must have left my keys at work'],
    },
  },
  {
    id: 'pe-what-did-i-do',
    label,
    why,
    patterns: [
      'what (?:did|have) i {adv}(?:do|done|say|said)(?= (?:wrong|now|this time|again|to)|$)',
      'i {adv}(?:made|make) {you} {adv}(?:sad|upset|angry|mad|unhappy|cry|stressed|miserable|quiet)',
      'i {adv}(?:always |constantly )?(?:ruin|spoil|wreck) (?:your|everything for you|it for you|the mood)',
    ],
    unless: ['sorry', 'apologi[sz]e'],
    guards: ['joke'],
    examples: {
      flag: ['What did I do wrong this time?', 'what did i do now', 'i made you sad again didnt i'],
      pass: ['what did i do with my keys', "I'm sorry I made you sad, that wasn't fair"],
    },
  },
];
