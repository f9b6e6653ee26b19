/** demanding: an order, ultimatum, or must/should aimed at the partner, with pressure. */
import type { Rule } from './types.ts';

const label = 'demanding';
const why = 'An order or ultimatum can push them away; a request leaves room to say yes.';
const LEAD = '(?:^|\\| )(?:(?:just|now|please|so|and|then|ok|okay|babe|seriously) )*';
const PRESSURE =
  '(?:now|i mean it)$|right now|right away|immediately|asap|this instant|this minute|this second|or else|no excuses|end of discussion|damn';
export const demandingRules: readonly Rule[] = [
  {
    id: 'de-order-pressure',
    label,
    why,
    patterns: [
      `${LEAD}(?:call|answer|reply|text|ring|pick up|come|get|respond|tell|send|log out|explain)(?: me| back| home| here| up| over)*(?: \\w+){0,4}`,
      '{you} will {adv}(?:come|do|call|tell|apologi[sz]e|stop|answer|be home|not|text|reply)',
    ],
    requires: [PRESSURE],
    guards: ['joke', 'polite', 'question'],
    examples: {
      flag: ['Call me right now.', 'come home now', 'call me back immediately'],
      pass: [
        'call me when you can, no rush',
        'Could you call me when you are free?',
        'text me when you land? just so i know you are safe',
      ],
    },
  },
  {
    id: 'de-control',
    label,
    why,
    patterns: [
      `${LEAD}(?:answer|pick up) (?:your|the|me|my)(?: damn| fucking| bloody)?(?: phone| call| calls)?`,
      `${LEAD}(?:delete|block|unfollow|unadd) (?:her|his|him|them|their|that|those|your ex)`,
      `${LEAD}stop (?:ignoring|texting|seeing|talking to|lying|following|messaging|calling|liking|avoiding)`,
      `${LEAD}give me (?:your|the) (?:password|phone|passcode|pin|login)`,
      `${LEAD}show me (?:your|the|all) (?:messages|phone|texts|chats|dms|receipts)`,
      `${LEAD}tell me (?:where|who|the truth|everything(?! about| when)|right now|what you did)`,
      `${LEAD}send me {ws}(?:of where|proof|your location)`,
      `${LEAD}get off (?:your|the|that) (?:phone|laptop|game)`,
      `${LEAD}(?:cut (?:\\w+ )?off|log out of)`,
      '^(?:answer|reply|respond|choose|now)$',
      '(?:me or (?:them|her|him|the job|your \\w+|it|that)|(?:them|her|him|it|that) or me)$',
      'do not you dare',
      '^do not (?:ever|you ever)',
      'i want (?:an answer|answers|the truth|to know) {adv}(?:now|right now|today|tonight)',
      'end of (?:discussion|story)',
      '(?:^|so |\\| )just say it',
    ],
    guards: ['joke'],
    examples: {
      flag: [
        'answer your phone',
        'stop ignoring me',
        'Delete her number.',
        "don't you dare hang up on me",
      ],
      pass: [
        'answer whenever, i know you are driving',
        'send me a pic of the new haircut',
        'tell your mum i said hi',
        'tell me everything about the trip when you are back!',
      ],
    },
  },
  {
    id: 'de-should',
    label,
    why: "'Should' and 'must' put pressure on them; saying what you need invites a yes.",
    patterns: [
      '{you} {adv}should (?:have|of) {adv}(?:told|asked|called|known|invited|been|texted|said|checked|thought|warned|mentioned|replied|answered|come|cared|listened|helped)',
      '{you} {adv}(?:must|need to|have to|have got to|got to|are going to have to) {adv}(?:not )?(?:tell|text|call|stop|cut|apologi[sz]e|choose|fix|start|pay|be home|come home|explain|delete|answer|reply|promise|change|decide|listen|block|sort|get rid|respect|understand|prove|put|do|be here|talk|see|show|let me|make|give|be back|spend|quit)',
      '{you} {adv}should (?:be|know|not|stop|start|apologi[sz]e|tell|call|text|care|want|put|spend|make|never)',
      '{you} (?:had |would )?better',
    ],
    unless: [
      '{you} {adv}should (?:have|of) {adv}seen',
      '(?:need to|have to|must|should) {adv}(?:try|see|watch|hear|meet|rest|sleep|relax|eat|be (?:so |really )?(?:tired|exhausted|proud|hungry|cold|starving))',
    ],
    guards: ['joke', 'question'],
    examples: {
      flag: [
        'You should have told me.',
        'you need to apologise to me',
        'You better be home by 10.',
      ],
      pass: [
        'you should totally try the new ramen place',
        'you must be exhausted after that shift',
        'you should have seen the dogs face lol',
      ],
    },
  },
  {
    id: 'de-ultimatum',
    label,
    why: 'An ultimatum can end the conversation it is trying to start.',
    patterns: [
      'if {you} {any}(?:do not (?:come back|bother|come home)|we {be} (?:done|finished|over|through)|it is over|(?:then )?i am (?:leaving|done|out|moving out|gone|breaking up)|i will (?:leave|be gone|break up|move out)|(?:then )?(?:we|it) {be} over)',
      'or (?:else|i am leaving|i will leave|we are done|it is over|we are over|i am gone|i am out)',
      '{you} (?:have to|need to|must|got to) choose',
      'one more time (?:and|i am|we are)',
    ],
    guards: ['joke', 'question'],
    examples: {
      flag: [
        "If you go out tonight, don't come back.",
        'you have to choose, them or me',
        'If you miss dinner one more time, I am moving out.',
      ],
      pass: ['if you go out tonight, have fun!', 'one more sleep till I see you'],
    },
  },
];
