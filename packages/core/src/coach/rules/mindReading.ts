/** mind_reading: states as fact what the partner thinks, feels or intends, without asking. */
import type { Rule } from './types.ts';

const GUARDS = ['question', 'conditional', 'owned', 'joke'] as const;
const label = 'mind_reading';

export const mindReadingRules: readonly Rule[] = [
  {
    id: 'mr-dont-care',
    label,
    why: "This states what they feel as a fact; asking can show whether it's true.",
    patterns: [
      '{you} {adv}{dont} {adv}(?:care|give a (?:damn|shit|fuck))',
      '{you} {adv}(?:could not|can not) care less',
    ],
    guards: GUARDS,
    examples: {
      flag: ["you obviously don't care", 'u dont care about my feelings at all'],
      pass: ['Do you not care about the colour?', "if you don't care which film, I'll pick"],
    },
  },
  {
    id: 'mr-dont-want',
    label,
    why: "This decides what they want or feel for them; they haven't said it.",
    patterns: [
      '{you} {adv}{dont} {adv}(?:love|want|like|miss|respect|find|trust|mean|value|need|think) {adv}(?:me|us|my|to be|to spend|to talk|to see|to move|to meet|to come|to marry|to go|being|it|this|about me)',
      '{you} {adv}(?:{dont} )?(?:love|want|like) (?:me|us) {adv}(?:anymore|any more)',
    ],
    guards: GUARDS,
    examples: {
      flag: ["you don't even want to be here with me", "I know u don't find me attractive anymore"],
      pass: [
        "if you don't want to come, that's okay",
        "you don't like coriander, so I left it out",
      ],
    },
  },
  {
    id: 'mr-rather',
    label,
    why: 'This guesses what they would prefer and treats the guess as fact.',
    patterns: [
      '{you} {adv}(?:would|had) {adv}rather',
      '{you} {adv}prefer (?:her|him|them|being|your|to be|work|spending)',
    ],
    guards: GUARDS,
    examples: {
      flag: ["I know you'd rather be with your friends", 'obviously you prefer her company'],
      pass: ['would you rather stay in tonight?', "if you'd rather stay in, that's fine"],
    },
  },
  {
    id: 'mr-on-purpose',
    label,
    why: 'This assigns an intention to what they did, without asking what happened.',
    patterns: [
      '{anyone} {any}(?:on purpose|deliberately|intentionally)',
      '{anyone} {be} {adv}doing it to (?:wind me up|hurt me|annoy me|upset me|punish me|get back at me)',
      '{you} {any}(?:just |only )?to (?:make me jealous|avoid me|hurt me|punish me|annoy me|get back at me|get rid of me|upset me|shut me up|test me|make me feel (?:bad|guilty|small|stupid|jealous|insecure))',
    ],
    guards: GUARDS,
    examples: {
      flag: ['You did that on purpose.', 'you liked her photo to make me jealous'],
      pass: ['did you do that on purpose?', 'I know it was an accident, you didnt mean to'],
    },
  },
  {
    id: 'mr-just-saying',
    label,
    why: 'This assumes their words hide a different motive.',
    patterns: [
      '{you} {be} {adv}(?:just|only) (?:saying|doing|being|texting|calling|pretending|here|asking|acting|apologi[sz]ing|trying|staying|agreeing)',
      '{you} (?:only|just) (?:called|texted|said|came|stay|stayed|apologi[sz]ed|asked|agreed|replied|answered) {ws}(?:because|to|so)',
      '{you} {be} {adv}pretending',
    ],
    guards: GUARDS,
    examples: {
      flag: ['ur just saying that to shut me up', 'you only called because your mum told you to'],
      pass: ['are you just saying that?', 'you only called once, no worries'],
    },
  },
  {
    id: 'mr-you-think',
    label,
    why: "This says what's in their head; only they can say that.",
    patterns: [
      '{you} {adv}(?:think|believe|assume|feel) (?:that )?(?:i am|i have|my|your|i|we|it is|nobody|no one)',
      'i know (?:exactly )?what {you} {be} thinking',
      '{your} (?:mom|mum|mother|dad|father|family|friends|sister|brother|parents) {adv}(?:hates|hate|despises|can not stand|does not like|do not like) me',
    ],
    guards: GUARDS,
    examples: {
      flag: ["you think I'm stupid don't you", 'I know exactly what you are thinking'],
      pass: ['what do you think?', 'do you think it will rain?'],
    },
  },
  {
    id: 'mr-state',
    label,
    why: 'This reads their mood or motive as a fact; it may be something else entirely.',
    patterns: [
      '{you} {be} {adv}(?:bored|sick|tired|done|fed up) (?:of|with) (?:me|us|this|being|my)',
      '{you} {be} {adv}(?:embarrassed|ashamed) (?:of|to be|by)',
      '{anyone} {be} {adv}(?:hiding something|laughing at me|testing me|avoiding|ignoring|pulling away|lying|cheating|seeing someone|still talking to|talking to (?:her|him|your ex)|trying to get rid|punishing|using me|losing interest|over me)',
      '{you} {be} {adv}not {adv}(?:sorry|listening|interested|trying|attracted|happy with me|in love)',
      '{you} {be} {adv}(?:annoyed|angry|mad|upset|pissed|cross|disappointed) (?:with|at|in) me',
      '{you} {adv}(?:just|only|secretly|obviously|clearly|really) (?:want|wish|prefer|hope|stay|like)',
      '{you} {adv}(?:hate|resent) (?:me|us|being with me|spending)',
      '{anyone} (?:can not|could not) stand me',
      '{anyone} {adv}(?:wants|want) me to (?:feel|look|beg|be the|fail|leave|suffer|give up|chase)',
      '(?:stop|quit) pretending {you}',
      '{you} {adv}(?:pretend|pretending) to (?:care|be interested|love|like|listen)',
      '{you} {be} {adv}(?:working late|staying late|going out|out) to avoid me',
    ],
    guards: GUARDS,
    examples: {
      flag: [
        "You're bored of me, I can tell.",
        'you just want an excuse to go out without me',
        'youre avoiding me',
      ],
      pass: [
        'are you tired of me?',
        "I know you're busy today, text me whenever",
        'I worry you might be tired of me; can we talk?',
      ],
    },
  },
  {
    id: 'mr-because-you',
    label,
    why: 'This explains what they did with a motive they have not told you.',
    patterns: [
      '(?:because|so|since) {you} {adv}(?:{dont} {adv}(?:want|care|think|love|like|miss|respect|mean|find|value)|would not have to|{be} {adv}(?:sick|bored|tired|done|embarrassed|ashamed)|have {adv}decided|wanted to (?:avoid|hurt|punish))',
      'i can tell {you} {be}',
      '(?:i bet|i know|obviously|clearly) {you} {be} {adv}(?:glad|happy|relieved|pleased) (?:i am|that i|to be rid|to get rid)',
      '(?:i bet|i know|obviously|clearly) {you} {be} {adv}(?:with (?:her|him|them|your ex)|seeing|talking to|texting|flirting)',
      '{you} {be} {ws}i can tell',
    ],
    guards: GUARDS,
    examples: {
      flag: [
        "you left me on read because you don't want to talk to me",
        'i can tell ur annoyed with me',
      ],
      pass: ["I'm asking because you seemed sad", 'I can tell you worked hard on this'],
    },
  },
  {
    id: 'mr-loaded-why',
    label,
    why: 'This question already holds an answer about their motive; an open question leaves room for theirs.',
    patterns: [
      'why (?:{be} {you}|{you} {be}|{you}) {adv}(?:ignoring|avoiding|punishing|lying|hiding|cheating|pulling away|pushing me away|doing this to me|trying to (?:hurt|upset|punish|avoid|make me)|playing games|testing me|embarrassed (?:of|by) me|ashamed of me|bored (?:of|with) me|tired of me|sick of me|so cold to me|icing me out|ghosting me|freezing me out)(?: me| us)?',
      'why (?:{dont} {you}|{you} {dont}) {adv}(?:care|love me|want me|want to (?:be with|see|talk to|spend time with) me|respect me|like me|trust me|listen to me|ever listen|give a)',
      'why (?:do|does) {you} {adv}(?:hate|resent|despise) me',
      'why (?:do|does) {you} {adv}(?:want to|like to|enjoy|love to) (?:hurt|upset|ignore|embarrass) me',
      'why (?:do|does|would) {you} {adv}(?:keep lying|pretend|even pretend|lie)',
      'why (?:can not|will not) {you} {adv}(?:just )?admit',
      'why (?:are|is) {you} {adv}pretending',
    ],
    guards: ['joke'],
    examples: {
      flag: ['Why are you ignoring me??', "why don't you care", 'why u avoiding me'],
      pass: ['why are you up so early?', "why don't you come over tonight?"],
    },
  },
  {
    id: 'mr-they-think',
    label,
    why: "This says what's in their head as a fact; only they can say that.",
    patterns: [
      '(?:he|she|they|everyone|everybody|people|my (?:boss|friends|mum|mom|dad|family|teacher|colleagues|coworkers)) {adv}(?:think|thinks|must think|probably thinks|probably think|secretly thinks) (?:that )?i am {adv}(?:{trait}|ugly|fat|gross|annoying|weird|a joke|an idiot|a failure|not good enough|useless|incompetent|a loser|a fraud|worthless)',
      '(?:he|she|they|everyone|everybody|people) {adv}(?:hates|hate|laughs at|laugh at|looks down on|look down on|judges|judge) me',
    ],
    guards: ['question', 'conditional', 'joke'],
    examples: {
      flag: ["He thinks I'm an idiot", 'She probably thinks I am ugly'],
      pass: ['does she think i am weird?', 'he thinks the film is good'],
    },
  },
];
