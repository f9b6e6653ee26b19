/** overgeneralizing: a universal word turns one complaint into a permanent pattern. */
import type { Rule } from './types.ts';

const label = 'overgeneralizing';
const why = "Words like 'always' and 'never' can turn one hard moment into the whole story.";
// "you never fail to…", "you never let me down": the universal word carries praise.
const PRAISE =
  '{univ} (?:fail|let me down|disappoint|complain|stop|forget to (?:make|say)|cease|judge)|never (?:have|need) to|always (?:remember|know|manage|look out|have my back|support|help|cheer)|{univ} (?:amaze|amazes|amazing|impress|impressing|surprise|surprising|inspire|inspiring|spoil me|spoiling me|look (?:good|great|amazing|beautiful|gorgeous|cute)|find ways to|think of me|thinking of me|know how to|get me|there for me|have my back)';

export const overgeneralizingRules: readonly Rule[] = [
  {
    id: 'og-self',
    label,
    why: "Words like 'always' and 'never' about yourself can turn one hard moment into who you are.",
    patterns: [
      'i {adv}never (?:do|get|say|make|manage) (?:anything|everything|something|it|things) right',
      'i {adv}always (?:do|get|say|make|manage) (?:everything|something|it|things) wrong',
      'i (?:can|could) never (?:do|get|say) (?:anything|something) right',
      'i {adv}(?:fail|mess up|screw up|mess things up|get things wrong|let (?:everyone|people|everybody) down|disappoint (?:everyone|people|everybody)) {ws}(?:all the time|every time|at everything|always|constantly)',
      'i {adv}(?:always|constantly) (?:fail|let (?:everyone|people|everybody|you) down|disappoint)',
      '(?:everyone|everybody|people) {adv}(?:always )?(?:leaves|leave|abandons|abandon|rejects|reject|hates|hate|uses|use) me(?: in the end| eventually)?$',
      'nothing {adv}ever (?:goes|works out|turns out) (?:right|well|for me)',
      'i am {adv}always the one (?:who|to|that)',
      '(?:it is|its) always me',
    ],
    guards: ['joke', 'question'],
    examples: {
      flag: ['I never do anything right', 'i fail all the time at literally everything'],
      pass: ['i always get the 8:15 right on time', 'i always make it right with you in the end'],
    },
  },
  {
    id: 'og-you-univ',
    label,
    why,
    patterns: [
      '(?<!(?:will|would|can|could) ){you} (?:(?:{be}|have|had|do|does|did) )?{adv}{univ} (?!mind)[^ |]+(?: (?!(?:and|but|or|so|because|then|while) )[^ |]+){0,3}',
      '{you} (?:{be} )?{adv}(?:literally )?never once',
    ],
    unless: [PRAISE, '{univ} know (?:exactly )?(?:what|how|when)'],
    guards: ['joke', 'kind'],
    examples: {
      flag: [
        'You never listen.',
        'u always leave ur clothes on the floor',
        "you're constantly on your phone",
      ],
      pass: [
        'You always make me laugh.',
        'you never fail to cheer me up',
        "you'd never leave me would you",
        'you never have to apologise for needing space',
      ],
    },
  },
  {
    id: 'og-every-time',
    label,
    why,
    patterns: [
      'every (?:single )?(?:time|weekend|night|day|week|morning|evening|holiday|birthday) {any}{you} (?!know)[^ |]+',
      '^every (?:single )?time$',
      'every (?:single )?(?:time|weekend|night|day) {any}(?:it is|its) (?:the same|always)',
    ],
    guards: ['joke', 'kind'],
    examples: {
      flag: [
        'Every time I need you, you disappear.',
        'every single time we plan something you cancel',
      ],
      pass: [
        'every time i hear that song i think of you',
        'every time you laugh i fall for you a bit more',
      ],
    },
  },
  {
    id: 'og-nobody-nothing',
    label,
    why,
    patterns: [
      'nothing (?:i|we) {adv}(?:do|say|try|did|said|tried)',
      'nothing {adv}(?:ever )?(?:changes|works|is ever|gets better)',
      '(?:nobody|no one) {ws}(?:ever )?(?:cares|listens|asks|likes|loves|wants|understands|helps|notices|calls|texts|remembers|gives|bothers)',
    ],
    guards: ['joke', 'kind'],
    examples: {
      flag: [
        'nothing i do is ever good enough for you',
        'nobody in your family ever asks about me',
      ],
      pass: ['nothing beats your lasagna honestly', 'nobody makes me laugh like you do'],
    },
  },
  {
    id: 'og-we-never',
    label,
    why,
    patterns: [
      'we {adv}never (?:go|do|see|talk|spend|have|get|eat|visit|make)',
      'we {adv}(?:always|constantly) (?:fight|argue|end up)',
      '(?:it|this|that) {be} {adv}always (?:me|about you|the same|my fault|my job)',
      'why does it always',
      '(?:this|it|that) {adv}always (?:happens|ends)',
      'i {adv}(?:always|constantly) (?:ruin|mess|screw|wreck|destroy|spoil|get it wrong|say the wrong)',
      '(?:he|she|they) {adv}(?:always|never) (?:does|do|did) (?:this|that|it)$',
    ],
    guards: ['joke', 'kind'],
    examples: {
      flag: ['we never go anywhere together anymore', 'why does it always have to be about you'],
      pass: [
        'we always have so much fun together',
        'i always take the 8:15 train so i will be home by 6',
      ],
    },
  },
];
