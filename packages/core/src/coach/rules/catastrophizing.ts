/** catastrophizing: treats an event as a disaster or predicts the worst outcome. */
import type { Rule } from './types.ts';

const label = 'catastrophizing';
const why = 'This makes one hard moment feel permanent and total.';
const SUBJECT =
  '(?:(?:this|it|that|we|everything|it all|things|the relationship|our relationship|my life|life|my whole life|my entire life|us|so are we|the whole (?:weekend|trip|day|evening|night|holiday|thing)) {be}|its|everythings|thats|it is all|(?:we|it) {be} all)';

export const catastrophizingRules: readonly Rule[] = [
  {
    id: 'ca-over',
    label,
    why,
    patterns: [
      `${SUBJECT} {adv}(?:over|finished|done|doomed|ruined|hopeless|dead|pointless|falling apart|through|a (?:total |complete )?(?:disaster|catastrophe|nightmare)|the end)`,
      '(?:it is|its) over (?:between us|for us)',
      'this (?:is|means) the end',
    ],
    unless: [
      '(?:when|after|until|till|before) (?:this|it|that|the \\w+) {be} (?:over|done|finished)',
      '(?:done|finished) (?:with|by) (?:work|the|my|your)',
    ],
    guards: ['joke'],
    examples: {
      flag: ['This is over.', "we're doomed", 'its over isnt it', 'Everything is ruined.'],
      pass: [
        'this exam is over finally',
        'call me when it is over',
        'That film was a disaster, haha.',
      ],
    },
  },
  {
    id: 'ca-alone',
    label,
    why: 'This predicts the worst about the future as if it were certain.',
    patterns: [
      'i (?:am |will )?{adv}(?:going to |gonna )?(?:never )?(?:end up|die|be|stay|grow old) {adv}(?:alone|single|by myself|unhappy|miserable|unloved)',
      'i (?:will|am going to|am) {adv}never (?:going to )?(?:find|be happy|be loved|meet|have|get over|be enough)',
      'alone forever',
    ],
    guards: ['joke'],
    examples: {
      flag: [
        "I'm going to end up alone.",
        "I'll never find anyone who loves me.",
        "i'm never going to be happy",
      ],
      pass: ["I'm home alone tonight, want to call?", "I'll never find my other sock lol"],
    },
  },
  {
    id: 'ca-future',
    label,
    why: 'This predicts the worst about the future as if it were certain.',
    patterns: [
      '(?:i am going to|i will|i am gonna) {adv}(?:lose you|mess this up|mess it up|ruin this|ruin it|ruin us|blow it|mess everything up)',
      '{you} (?:are going to|will|are gonna) {adv}(?:leave me|find someone|get bored|get sick of me|forget me|dump me|break up with me|get tired of me|leave eventually)',
      'we (?:are|will) {adv}(?:never|not) (?:going to )?(?:make|get past|survive|last|recover|work|be (?:ok|okay|the same|happy|together))',
      'we {be} {adv}(?:going to|gonna) (?:break up|split|fall apart)',
      '(?:headed|heading) for a (?:breakup|break up|disaster)',
      '(?:going to|will) (?:destroy|ruin|end) us',
      '(?:going to|will) fall apart',
      'nothing will ever be the same',
      'worst thing that could (?:ever )?happen',
      'ruining my (?:whole |entire )?life',
      'no coming back',
      'end in (?:disaster|tears)',
      'i can not survive',
    ],
    guards: ['question', 'joke'],
    examples: {
      flag: [
        "You're going to leave me, I just know it.",
        "we'll never get past this",
        'i just know this will end in disaster',
      ],
      pass: [
        'are you going to leave early?',
        "we're going to make it work",
        'will you be home for dinner?',
      ],
    },
  },
  {
    id: 'ca-ruined',
    label,
    why,
    patterns: [
      '(?:i|i have|you|you have|this|it|that|this has) {adv}(?:ruined|wrecked|destroyed|blew|blown) (?:it all|everything|the whole relationship|us|it|the relationship|our relationship|what we had)',
      '(?:everything|it all) {be} {adv}(?:ruined|wrecked|destroyed)',
    ],
    guards: ['joke'],
    examples: {
      flag: ["I've ruined everything.", 'this ruined everything between us', 'i blew it'],
      pass: [
        'the cake is ruined but it still tastes great haha',
        'you ruined my shoes with that mud lol',
      ],
    },
  },
];
