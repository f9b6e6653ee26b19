/** labeling: a global negative label for a whole person, the partner or oneself. */
import type { Rule } from './types.ts';

const label = 'labeling';
const FILL =
  '(?:(?:such|a|an|the|most|total|complete|absolute|real|big|so|being|really|just|too|very|fucking|bloody|literally|honestly|always|actually|the biggest|kind of|a bit of|truly) )*';

export const labelingRules: readonly Rule[] = [
  {
    id: 'lb-you-are',
    label,
    why: 'A label sums up a whole person; naming what happened is easier to hear.',
    patterns: [
      `{you} (?:{be}|have been|have always been) ${FILL}{trait}`,
      `what (?:a|an) ${FILL}{trait}(?: person)? {you} {be}`,
      `{you} (?:{be}|have been) ${FILL}{badAdj} {badRole}`,
    ],
    unless: ['{trait} (?:thing|move|idea|mistake|joke|thing to do|day|week)'],
    guards: ['joke', 'question'],
    examples: {
      flag: [
        "You're so selfish.",
        "You're a liar.",
        'u r so immature',
        'what a selfish person you are',
      ],
      pass: [
        'That was a selfish thing to do.',
        "haha you're such a dork",
        "you're such a good cook",
      ],
    },
  },
  {
    id: 'lb-self',
    label,
    why: 'A harsh label for yourself can hurt more than the moment deserves.',
    patterns: [
      `(?<!(?:think|thinks|thought|say|says|said|call me|called me|calls me|told me|tells me|telling me|yelled|screamed|shouted|wrote|believe|believes) (?:that )?)i (?:{be}|have been|have always been|feel like) ${FILL}{trait}`,
      `i (?:{be}|have been) ${FILL}{badAdj} {badRole}`,
      `what (?:a|an) ${FILL}{trait} i {be}`,
    ],
    unless: [
      '{trait} (?:at|with) (?:parking|maths|math|directions|names|cooking)',
      // Literal uses: a childhood, a body too weak to walk.
      '(?:when|since|as|while|because) i (?:was|were) (?:a |just a |only a |still a )?(?:child|baby|kid|little|young|teenager|toddler)',
      '(?:weak|sick|tired|broken|a mess) (?:that )?i (?:could not|can not|could barely|can barely|could hardly|had to)',
      '(?:weak|sick|broken) (?:from|after|with)',
      // A label bounded to one time is about that time: "I was a mess on Saturday, sorry".
      'i (?:was|have been) (?:(?:a bit of|such|a|an|a total|a complete|kind of|so|being) )*(?:{trait}) (?:on|yesterday|last|earlier|this|today|at|tonight|the other|about|over)',
    ],
    guards: ['joke', 'question', 'conditional'],
    examples: {
      flag: [
        "I'm pathetic.",
        "I'm such an idiot",
        "i'm the worst girlfriend ever",
        'ugh im so dumb',
      ],
      pass: [
        "i'm so dumb haha i put salt in my coffee",
        "I'm a bit tired, going to bed early",
        'when I was a child we lived by the sea',
        "and then she said 'I'm a loser' and laughed",
        "I was so weak I couldn't walk",
      ],
    },
  },
];
