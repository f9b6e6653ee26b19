/** reassurance_seeking: asks the partner to confirm love, commitment or that nothing is wrong. */
import type { Rule } from './types.ts';

const label = 'reassurance_seeking';
const why = 'Asking for reassurance can calm the worry for a moment and feed it later.';

export const reassuranceRules: readonly Rule[] = [
  {
    id: 'rs-still-love',
    label,
    why,
    patterns: [
      '(?:do|does) {you} {adv}(?:love|like|miss|care about|need|want|fancy|adore) (?:me(?! to)|us)',
      '(?:do|does) {you} {adv}(?:find me|regret|still want (?:me|us|this|to be with me|to be together|to marry)|want to be with me|want to marry|want this|want us|still care|still love)',
      '(?:do|does) {you} {adv}think (?:we|i am|about leaving|about breaking|of leaving)',
      'will {you} {adv}(?:always|still|ever) (?:love|want|be there|stay)',
      '^(?:still love|still want) me',
      '{you} {adv}(?:love|want|miss|like|care about|find) (?:me(?! to)|us|to be with me|this)',
      '{you} would (?:tell me|never (?:leave|cheat|hurt))',
      '{you} {be} not (?:going to (?:leave|break up|dump)|leaving|cheating|mad|angry|upset|breaking up|bored|tired of me|sick of me)',
    ],
    guards: ['asks', 'joke'],
    examples: {
      flag: ['Do you still love me?', 'you still love me right??', 'do you think we will last?'],
      pass: [
        'Do you want to go to the beach?',
        'do you want me to pick you up from the station?',
        'I love you',
      ],
    },
  },
  {
    id: 'rs-are-we-ok',
    label,
    why,
    // "Are we good for Saturday?" asks about plans, not the relationship.
    unless: [
      '(?:ok|okay|good|fine|alright|set|still on) (?:for|on|with) (?:time|money|cash|the|saturday|sunday|monday|tuesday|wednesday|thursday|friday|tonight|tomorrow|dinner|lunch|breakfast|food|milk|bread|\\d\\S*|this|that|next)',
      '(?:ok|okay|good|fine) to (?:go|leave|meet|book|pay|come)',
    ],
    patterns: [
      '(?:are|is) we {adv}(?:ok|okay|good|fine|alright|all right|going to be (?:ok|okay|fine)|breaking up|over|still together|together|done)',
      'we {be} {adv}(?:ok|okay|fine|good|alright)',
      '(?:is|are) (?:everything|something|anything|it|things) {adv}(?:ok|okay|wrong|alright|fine|good|off) (?:between us|with us)',
      'is (?:this|it) (?:still )?working (?:for (?:you|us))?',
      'is (?:this|it) {adv}over',
      'am i (?:still )?(?:enough|your favourite|your favorite|good enough|too much|annoying you|a burden|boring you|losing you|the one)',
    ],
    guards: ['asks', 'joke'],
    examples: {
      flag: ['Are we okay?', 'r we good?', "we're fine, right?", 'am i enough for you?'],
      pass: [
        'are we still on for dinner at 7?',
        'is everything alright on your end?',
        "we're fine, thanks for asking!",
      ],
    },
  },
  {
    id: 'rs-are-you-mad',
    label,
    why,
    // "Are you angry about the fine? Because I am." is about the fine, not them and me.
    unless: [
      '(?:mad|angry|upset|annoyed|cross|pissed|disappointed|irritated) (?:about|at|with) (?:the|your|work|that|this|him|her|them|my (?:mum|mom|dad|boss))',
    ],
    patterns: [
      'are {you} {adv}(?:mad|angry|upset|annoyed|cross|pissed|disappointed|irritated)',
      'are {you} {adv}(?:tired|bored|sick|done) (?:of|with) (?:me|us)',
      'are {you} {adv}(?:happy with me|happy with us|still happy|still in love|in love|over me|leaving me|breaking up|cheating|seeing someone)',
      'are {you} (?:going to|gonna) (?:leave|break up|dump)',
      'are {you} sure {you} (?:want|are not|still|love|are happy)',
    ],
    guards: ['asks', 'joke'],
    examples: {
      flag: ['Are you mad at me?', 'r u mad at me', 'are you sure you want to be with me?'],
      pass: [
        'are you ok? you sounded tired',
        'are you free on friday?',
        'are you sure the shop is open?',
      ],
    },
  },
  {
    id: 'rs-promise',
    label,
    why,
    patterns: [
      '(?:promise|swear) (?:me )?(?:that )?(?:{you} (?:will (?:not|never|always|stay|love|be)|are not|still|love|do not|did not|are mine)|we|nothing|it is)',
      '(?:tell|say|show) (?:me )?(?:that )?(?:{you}|we|nothing|everything) {adv}(?:love me|love us|want|mean it|miss me|{be} (?:not|ok|okay|fine|good|alright|mine|happy|still|going to be)|will (?:never|not|always|stay)|{be} (?:wrong|okay|ok|fine))',
      '(?:tell|say|show) (?:me )?(?:that )?{you} {adv}(?:still|love|are not going|will not)',
      'reassure me',
    ],
    guards: [],
    examples: {
      flag: ["Promise you won't leave.", 'tell me we are fine', 'please just tell me you love me'],
      pass: [
        'I promise I will be home by 6',
        'tell me about your day',
        'tell me where you parked',
        'promise me you will rest this weekend',
      ],
    },
  },
];
