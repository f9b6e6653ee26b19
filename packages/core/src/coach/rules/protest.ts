/**
 * protest: a move meant to force a response instead of asking for one — announcing
 * surveillance, keeping score, withdrawing or stonewalling, threatening to leave or
 * disappear, provoking jealousy. An owned time-out with a return is not protest.
 */
import type { Rule } from './types.ts';

const label = 'protest';
// "I need twenty minutes, then let's talk": the breathing-space practice, not a withdrawal.
const TIMEOUT =
  'i (?:need|am taking|will take|want) {ws}(?:minutes|minute|an hour|a break|a bit|some time|some space|a moment|a walk) {any}(?:then|after|later|come back|talk|tomorrow|in the morning)';

export const protestRules: readonly Rule[] = [
  {
    id: 'pr-watching',
    label,
    why: 'Saying what you watched can feel like a trap; asking how they are opens a door.',
    patterns: [
      'i (?:can )?(?:see|saw|noticed|notice|know) {you} {be} {adv}(?:online|active|on (?:insta|instagram|whatsapp|facebook|snap|snapchat|tiktok|your phone)|posting|typing|liking)',
      '{you} (?:have )?{be} {adv}(?:online|active) {any}(?:but|and|yet|still|so|not)',
      '(?:spotify|insta|instagram|snap|snapchat|location|strava|find my|whatsapp) (?:says|said|shows|showed)',
      'i (?:see|saw|noticed) {you} (?:have )?(?:got|had|have|found) (?:time|the time)',
      '(?:saw|see) {you} liked',
      '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:unanswered|missed|ignored) (?:msgs|messages|texts|calls)',
      '(?:it is|its) been (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|over \\w+) (?:hours|days|minutes)',
      '(?:delivered|read|seen) (?:\\d+|two|three|four|five|an|a few) (?:hours|hour|minutes|days) ago',
      '{you} (?:had|have|found|got) {adv}time to (?:post|like|comment|be online|scroll|go out|reply to|text|answer)',
      'i (?:can )?(?:see|saw) {you} (?:read|opened|liked|viewed|watched|saw|posted|commented)',
      '{you} (?:viewed|watched|saw|liked) my (?:story|post|status)',
      'read (?:receipts|receipt) (?:are|is|say|said)',
      'last seen',
    ],
    guards: ['joke', 'kind'],
    examples: {
      flag: ['I can see you were online.', 'you had time to post a story but not to text me'],
      pass: ['I noticed you were busy today, how was it?', 'you were online? lol i was asleep'],
    },
  },
  {
    id: 'pr-score',
    label,
    why: 'Counting what they did not do can feel like a charge; saying what you missed is easier to hear.',
    patterns: [
      'i (?:have )?(?:texted|called|messaged|rang|tried|phoned) {you} (?:like )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|so many|a hundred|a million|\\w+ hundred) times',
      '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:texts|messages|calls|missed calls) (?:and|later|now)',
      '{you} (?:replied|answered|texted back|called back|responded) (?:once|one time|twice|with one word)',
      'i (?:always|am the only one who) (?:text|call|message|reach out|make the effort|plan|ask) first',
      'after (?:everything|all) i (?:did|have done|do|gave) for {you}',
      'i (?:did|do|have done) everything (?:for {you}|and {you})',
    ],
    guards: ['joke'],
    examples: {
      flag: [
        'I texted you four times and you replied once.',
        'i called you like ten times and nothing',
      ],
      pass: ['i called you twice about the keys, found them!', 'thanks for everything you did'],
    },
  },
  {
    id: 'pr-withdraw',
    label,
    why: 'Pulling back to make them notice can hide what you need; saying it gives them a chance.',
    patterns: [
      '^(?:fine |ok |okay |k |well )?whatever$',
      '^(?:fine|ok|okay|k) whatever$',
      '(?:^|\\| )(?:fine |well |ok |okay |just )*do what(?:ever)? {you} (?:want|like)$',
      '(?:^|\\| )whatever {you} (?:want|say)$',
      '(?<!(?:so|that|until|then|and) )i will (?:just )?(?:stop bothering|leave {you} alone|stop texting|stop trying|stop caring|stop asking|not bother|go away|stay out of your way)',
      'i will not (?:bother|text|message|call) {you} (?:again|anymore|any more)',
      '(?:^|\\| )(?:never mind|nevermind|forget it|forget i (?:asked|said anything|exist))$',
      'thanks for nothing',
      '(?:good|nice) to know (?:where i stand|how (?:much )?i matter|i matter)',
      'i (?:see|know) (?:how it is|where i stand)',
      'i guess i am (?:just )?(?:not|nothing)',
      'have fun without me',
      'i am done (?:trying|caring|asking|talking|reaching out|texting)',
      'do not (?:bother|worry) (?:replying|answering|texting|calling|coming)',
    ],
    unless: [TIMEOUT],
    guards: ['joke', 'question'],
    examples: {
      flag: [
        'Whatever. Do what you want.',
        "Fine, I'll stop bothering you.",
        "I guess I'm just not important to you",
        'Cool. Great. Thanks for nothing.',
      ],
      pass: [
        'Fine by me, see you at 8!',
        'Never mind, I got the milk.',
        'do what you want for dinner, I am easy',
        "I need twenty minutes to calm down, then I'd like to talk.",
      ],
    },
  },
  {
    id: 'pr-leave',
    label,
    why: 'A threat to leave or vanish can force an answer but not closeness; saying what hurts can.',
    patterns: [
      'maybe i (?:should|will|might) (?:just )?(?:leave|go|disappear|move out|break up|end it|block {you}|find someone)',
      'i (?:should|will|am going to|might|am gonna) just (?:(?:leave|disappear|vanish|go)(?: then| for good| forever| now)?(?= \\||$)|block {you}|delete your number)',
      'i am (?:blocking|deleting) {you}',
      '{you} will not (?:hear|see) from me',
      'i will (?:just )?(?:find|get) (?:someone|somebody) (?:else|who)',
      '(?:do not|never) (?:text|call|contact|message) me (?:again|ever)',
      'lose my number',
      'see how {you} like it',
      'then i will (?:just )?(?:leave|go|be gone)',
    ],
    unless: [TIMEOUT],
    guards: ['joke'],
    examples: {
      flag: ['maybe i should just leave then', "you won't hear from me again"],
      pass: ['i will just leave the keys under the mat', 'I might go to bed early tonight'],
    },
  },
  {
    id: 'pr-jealousy',
    label,
    why: 'Stirring jealousy can get a reaction but not the reassurance you want; asking can.',
    patterns: [
      'maybe i (?:will|should|might) (?:just )?(?:go out|hang out|text|call|see|meet|sleep|dance|talk)(?: with| to)? (?:my ex|him|her|someone|other|that)',
      '(?:my ex|other (?:guys|girls|men|women|people)|someone else|plenty of (?:guys|girls|people)) {adv}(?:would|never|always|actually|at least|wants|want|would love)',
      '(?:guys|girls|men|women|people) (?:hit on me|flirt with me|ask me out) all the time',
    ],
    guards: ['joke', 'question'],
    examples: {
      flag: ['Maybe I’ll just go out with my ex then.', 'someone else would appreciate me'],
      pass: ['my ex and I are still friends, you know that', 'someone else is picking up the kids'],
    },
  },
  {
    id: 'pr-cold-shoulder',
    label,
    why: 'Going quiet or pulling away to be noticed leaves them guessing; saying what you need gives them a chance.',
    patterns: [
      '(?:do not|dont) (?:text|try to reach me|try to call|try|bother trying|wait (?:up )?for me|expect me to (?:pick up|answer|reply|text|call))(?: me)?(?: tonight| again| anymore)?$',
      'turn(?:ing)? my phone off',
      'going dark',
      'i am not (?:coming back|going to (?:text|chase|answer|reply|call)|speaking to {you}|talking to {you}|answering|replying)',
      'not (?:speaking|talking) to {you} (?:until|till)',
      'why do i (?:even )?bother',
      'what is the point (?:of|in) {ws}(?:having|trying|texting|being|even)',
      'might as well (?:talk to (?:a|the) wall|be single|not be here)',
      'hope {you} {be} happy(?: now)?$',
      'last time i (?:make|making|made) (?:the|an) effort',
      '(?:giving|given) up on (?:getting|you|us|a reply)',
      '(?:do not|dont) (?:mind|worry about) me',
      'i will just (?:sit|eat|be|go to bed|entertain|wait|stay|sleep|spend|have) {any}(?:alone|on my own|by myself|here|then|as (?:usual|always|per))',
      '(?:alone|on my own|by myself) {any}(?:again|as usual|as per|like always)$',
      'sorry for existing',
      'not anymore$',
    ],
    unless: [TIMEOUT],
    guards: ['joke', 'kind'],
    examples: {
      flag: ["gonna turn my phone off now. don't bother trying.", 'why do I even bother'],
      pass: [
        'ok see you at 8',
        "don't wait up, the train is delayed, back by 11",
        'no worries, noted!',
      ],
    },
  },
  {
    id: 'pr-ultimatum',
    label,
    why: 'A threat can force an answer but not closeness; saying what hurts can.',
    patterns: [
      'or (?:i am|i will be|i will|it is) (?:leaving|gone|out|done|locking|going|moving|in the bin|over)',
      '{you} have until {any}(?:to|or|after)',
      'after that i am (?:gone|done|leaving|out)',
      'either {any} or (?:i|it|we) ',
      '(?:me or (?:the|your|them|her|him) {w}|(?:choose|pick)(?: between)? me or)',
      'if {you} {any}i am (?:leaving|gone|going|done|out|breaking)',
      '(?:we are|it is|we re) (?:finished|over|done)(?:,| |\\|)*i mean it',
    ],
    guards: ['joke', 'question', 'polite'],
    examples: {
      flag: [
        'You have until tonight to decide. After that I’m gone.',
        'either you come home now or I’m locking the door',
      ],
      pass: [
        'either tuesday or wednesday works for me',
        'you have until friday to send the form, no rush',
      ],
    },
  },
  {
    id: 'pr-jealousy-hint',
    label,
    why: 'Stirring jealousy can get a reaction but not the reassurance you want; asking can.',
    patterns: [
      '(?:from work|from the gym|from uni|from college|from the office) (?:asked me out|keeps messaging me|has been messaging me|keeps texting me|wants to take me out)',
      'maybe i will say yes',
      'at least (?:he|she|someone|somebody|they) {adv}(?:is|listens|cares|notices|texts|replies|answers|has time|wants)',
      '(?:he|she) is (?:fun|nice|sweet|attentive) at least',
      'might reply since',
    ],
    guards: ['joke'],
    examples: {
      flag: ['Liam from work asked me out for drinks. Maybe I’ll say yes.', "He's fun at least."],
      pass: ['at least the rain stopped', 'she is fun, you will like her'],
    },
  },
];
