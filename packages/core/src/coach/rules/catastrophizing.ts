/** catastrophizing: treats an event as a disaster or predicts the worst outcome. */
import type { Rule } from './types.ts';

const label = 'catastrophizing';
const why = 'This makes one hard moment feel permanent and total.';
const SUBJECT =
  '(?:(?:this|it|that|we|everything|it all|things|the relationship|our relationship|my life|life|my whole life|my entire life|us|so are we|the whole (?:weekend|trip|day|evening|night|holiday|thing)) {be}|its|everythings|thats|it is all|(?:we|it) {be} all)';

export const catastrophizingRules: readonly Rule[] = [
  {
    id: 'ca-life',
    label,
    why: 'This predicts the worst about the future as if it were certain.',
    patterns: [
      'i (?:could|will|am going to|am gonna|might|would|am definitely going to) {adv}(?:get fired|be fired|lose my job|be homeless|end up homeless|end up on the street|lose everything|fail (?:everything|my exams|the exam|out|the course|the year)|never (?:get|find) (?:a|another) job|be broke forever|never recover|die alone)',
      '(?:my (?:life|career|future)|everything i worked for) {be} {adv}(?:over|ruined|finished|done|destroyed)',
      '(?:i am|we are) (?:going to|gonna) lose (?:the house|everything|the flat|our home)',
    ],
    guards: ['joke', 'question', 'good', 'conditional'],
    examples: {
      flag: ['I could get fired', 'I will be homeless', 'my career is over'],
      pass: ['could i get fired for that? asking for a friend lol', 'will you be home soon?'],
    },
  },
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
      '(?:when|after|until|till|before|now that|since|once|because) (?:this|it|that|the \\w+|our \\w+|my \\w+) {be} (?:over|done|finished)',
      '(?:was|were) over (?:by|before|when|after|long|years|months|weeks|a year|a month)',
      '(?:it|that|this) {be} {adv}done (?:now|already)',
      'signed the papers|divorce (?:is|was) final|moved on|for the best|amicabl',
      '(?:done|finished) (?:with|by) (?:work|the|my|your)',
    ],
    guards: ['joke', 'good'],
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
    guards: ['joke', 'good'],
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
    guards: ['question', 'joke', 'good'],
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
    unless: ['sorry|apologi[sz]e|my bad'],
    patterns: [
      '(?:i|i have|this|it|that|this has) {adv}(?:ruined|wrecked|destroyed|blew|blown) (?:it all|everything|the whole relationship|us|it|the relationship|our relationship|what we had)',
      '(?:everything|it all) {be} {adv}(?:ruined|wrecked|destroyed)',
    ],
    guards: ['joke', 'good'],
    examples: {
      flag: ["I've ruined everything.", 'this ruined everything between us', 'i blew it'],
      pass: [
        'the cake is ruined but it still tastes great haha',
        'you ruined my shoes with that mud lol',
      ],
    },
  },
];
