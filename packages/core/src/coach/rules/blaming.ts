/** blaming: makes the partner responsible for one's own feelings or for an outcome. */
import type { Rule } from './types.ts';

const label = 'blaming';
const why = 'This puts your feeling on them; an I-statement keeps it yours and easier to hear.';

export const blamingRules: readonly Rule[] = [
  {
    id: 'bl-made-me',
    label,
    why,
    patterns: [
      '{you} (?:have |are |had )?{adv}(?:made|make|makes|making) me {adv}(?:{feelBad})',
      'what {you} made me do',
      '{you} (?:have )?{adv}made (?:this|it|things|everything|my life) {adv}(?:harder|worse|awkward|difficult|hell|impossible)',
      '{you} {adv}made (?:my|our) (?:parents|family|friends|mum|mom|boss|sister|brother) (?:think|hate|believe)',
      '{you} {adv}made the whole (?:day|night|evening|trip|weekend|party) about',
      '{you} {adv}(?:pushed|drove|forced) me (?:to it|to do it|into it|to this|to drink)',
      '{you} {adv}got (?:us|me) into',
    ],
    guards: ['joke', 'kind'],
    examples: {
      flag: ['You made me feel terrible.', 'look what you made me do', 'you make me so anxious'],
      pass: [
        'you make me feel so safe',
        'you made me so happy today',
        'stop it you are making me blush',
      ],
    },
  },
  {
    id: 'bl-ruined',
    label,
    why,
    patterns: [
      '{you} {adv}(?:have |had )?{adv}(?:ruined|ruin|ruins|wrecked|wreck|spoiled|spoilt|spoil|destroyed) (?:the|my|our|this|it|everything|christmas|dinner|every|a|another|us|tonight|today)',
    ],
    guards: ['joke', 'kind'],
    examples: {
      flag: ['You ruined the evening.', 'you ruined my birthday', 'You always ruin our weekends.'],
      pass: [
        'you ruined me with that cliffhanger recommendation lol',
        'the rain ruined our picnic',
      ],
    },
  },
  {
    id: 'bl-your-fault',
    label,
    why,
    patterns: [
      '(?:it|this|that) (?:is|was|has) {adv}(?:all )?(?:your|ur) fault',
      '(?:^|\\| )(?:its|all) (?:your|ur) fault',
      '(?:is|was|are) {adv}(?:all )?(?:your|ur) fault',
      'because of {you}',
      'thanks to {you}',
      '{you} {be} {adv}(?:the reason|the one who|the cause|why i)',
      '(?:this|that|it) {be} (?:on you|your doing)',
      'i {adv}(?:would|would not|will not) {adv}(?:be|have) {any}if {you}',
      'if {you} {any}i (?:would not|would|will not) (?:be|have)',
      'i (?:only )?{w} because {you} (?:made|pushed|forced|started)',
    ],
    guards: ['joke', 'kind'],
    examples: {
      flag: [
        "It's your fault we're late.",
        "You're the reason I can't sleep.",
        'because of you i missed my bus',
      ],
      pass: [
        "it's your fault i'm addicted to this show now 😂",
        'thanks to you the party was amazing',
        'I felt hurt when plans changed.',
      ],
    },
  },
];
