/** personalizing: takes the partner's mood or behaviour as caused by oneself, without evidence. */
import type { Rule } from './types.ts';

const label = 'personalizing';
const why = 'Their mood may have many causes; this takes it as yours before you know.';

export const personalizingRules: readonly Rule[] = [
  {
    id: 'pe-outcome',
    label,
    why: 'An ending has many causes; this takes all of it on yourself.',
    patterns: [
      '(?:marriage|relationship|it|we|things|he|she|they|everything|the engagement) {adv}(?:ended|failed|fell apart|broke up|left|went wrong|split up|split|cheated|left me|gave up) {ws}(?:because|cause|bc) (?:of me|i (?:failed|was not|am not|messed|screwed|ruined|was too|was so|could not|did not|never|was never|am never|am too|am so|pushed|drove))',
      '(?:because|since) i (?:failed|was not good enough|was not enough|am not enough|am too much|was too much)',
      '(?:he|she|they) (?:left|cheated|gave up|stopped loving me|fell out of love) (?:because of me|and it is my fault)',
      'i (?:drove|pushed) (?:him|her|them) away',
    ],
    guards: ['joke', 'question'],
    examples: {
      flag: ['The marriage ended because I failed', 'she left because i was not enough'],
      pass: ['we missed the train because i was late, sorry', 'it ended because the lease ran out'],
    },
  },
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
      '(?:is|was) it {adv}(?:me|my fault|because of me|because i|bc i|cause i)',
      'am i the (?:problem|reason)',
      '(?:it is|its) me {adv}(?:is not it|right|isnt it)?$',
      'i (?:have|ve) {adv}made {you} {adv}(?:miserable|unhappy|sad|upset|angry|stressed)',
      '{you} {be} {adv}(?:{mood}|not talking to me|working late|quiet|distant) (?:because|bc|cause) (?:of )?(?:me|i|what i|the thing i|something i|the mess i)',
      '{you} (?:went|got|have been|are) {adv}(?:quiet|distant|a headache|upset|cold|off) (?:because|bc|cause) (?:of )?(?:me|i|what i|the thing i|something i)',
      'if i (?:was|were) {adv}(?:more|less|better|thinner|prettier|fitter|fun|funnier) {any}{you} (?:would|would not|will|will not)',
      'did i (?:mess up|do something|say something|upset you|annoy you)',
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
