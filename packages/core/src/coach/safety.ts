/**
 * The safety screen runs before any coaching. Self-harm, fear of the partner, threats and
 * violence get no rewrites: only a gentle pointer to the Help page. It errs towards
 * catching: a missed crisis costs more than a misplaced pointer. Laughter does not
 * silence it (people soften what scares them).
 */
import { compileAny } from './pattern.ts';
import type { Sentence } from './tokens.ts';
import type { Safety, SafetyCategory } from './types.ts';

interface SafetyRule {
  id: string;
  category: SafetyCategory;
  patterns: readonly string[];
  examples: { flag: readonly string[]; pass: readonly string[] };
}

const WHO = '(?:he|she|they|you|my (?:{partnerNoun}|ex)|him|her|them)';
const HURT_VERBS =
  '(?:hit|hits|punched|punches|punch|slapped|slaps|kicked|kicks|choked|chokes|strangled|strangles|shoved|shoves|beat|beats|beaten|smacked|smacks|dragged|drags|raped|rapes|pinned|stabbed|burned|burnt|spat on|headbutted|bit|bites|scratched|slammed|threw|throws|attacked|strangling|choking|hitting|punching|slapping|kicking)';

export const SAFETY_RULES: readonly SafetyRule[] = [
  {
    id: 'safety-self-harm',
    category: 'self_harm',
    patterns: [
      '(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|end) myself',
      'suicid[a-z]*',
      'self harm[a-z]*|self-harm[a-z]*|selfharm[a-z]*',
      '(?:want|wish|wanna|going|wanting|like) to die(?! alone| of| laughing| for| when| if)',
      'wish i (?:was|were) dead|better off (?:dead|without me)|might as well be dead',
      '(?:end|ending|take|taking) (?:it all|my (?:own )?life)',
      '(?:do not|no longer|never) want to (?:be here|live|exist|be alive|wake up)',
      '(?:no|not any|not a) (?:point|reason) (?:in |to )?(?:living|live|going on|keep going|being alive|be alive)',
      'see a reason to (?:keep going|live|go on|stay)',
      '(?:can not|can no longer) (?:go on|keep going|keep living)',
      '(?:life|living) {be} (?:not )?(?:worth living|worth it)|not worth living',
      '(?:take|taking|swallow|swallowing) all (?:of )?(?:my|the) (?:pills|tablets|meds)',
      'overdos[a-z]*',
      'goodbye (?:note|letter)',
      'if i died|if i was dead|if i were dead',
      '(?:jump|jumping) (?:off|from|in front)',
      'never wake up|disappear forever',
      'done with (?:life|living)',
      'not safe with myself',
    ],
    examples: {
      flag: [
        'I want to die.',
        'i dont want to be here anymore',
        'everyone would be better off without me',
      ],
      pass: [
        "i'd die for a coffee right now",
        'this heat is killing me',
        "I'm going to die alone with ten cats",
      ],
    },
  },
  {
    id: 'safety-fear',
    category: 'fear',
    patterns: [
      `(?:scared|afraid|terrified|frightened|fearful) (?:of|for) ${WHO}(?! spiders)`,
      '(?:scared|afraid|terrified|frightened) (?:of )?(?:what|how) (?:he|she|they|you) (?:will|would|might|could|is going to|are going to|does|do|did|is|are)',
      '(?:scared|afraid|terrified|frightened) (?:to|that i will|i will) (?:go home|go back|leave|say no|be home|be alone with)',
      '(?:scared|afraid|terrified|frightened) (?:that )?(?:he|she|they|you) (?:will|would|might|is going to|are going to) (?:hurt|hit|kill|find|do something)',
      '(?:do not|not|never|no longer) feel safe',
      '(?:i am|i am not|am not) (?:not )?safe (?:with|at home|around)',
      '(?:scared|afraid) for my (?:safety|life)',
      'walk on eggshells',
      'i hide {any}(?:when|from) (?:he|she|they|him|her)',
      '(?:locks|locked|lock) me (?:in|out)',
      '(?:will not|does not|would not|do not) let me (?:see|leave|go|have|out)',
      '(?:controls|takes) (?:all )?my (?:money|phone|bank)',
    ],
    examples: {
      flag: [
        "I'm scared of him.",
        'im afraid of what he will do when he gets home',
        'i dont feel safe at home',
      ],
      pass: [
        "I'm scared of spiders lol",
        "I'm scared about the job interview tomorrow",
        'I got scared when I could not reach you',
      ],
    },
  },
  {
    id: 'safety-threat',
    category: 'threat',
    patterns: [
      'threat[a-z]* (?:me|us|my|him|her|them|you|to (?:hurt|kill|hit|harm|beat|take|post|share|ruin|burn|break|report|leave me|stab|throw))',
      '(?:said|says|told me|promised) (?:he|she|they|you) (?:would|will|is going to|are going to|was going to|were going to) (?:kill|hurt|hit|break|burn|ruin|find|take|beat|stab|destroy)',
      '(?:i|he|she|they|you) (?:will|would|am going to|is going to|are going to|am gonna|is gonna) {adv}(?:kill|hurt|hit|beat|stab|punch|strangle|choke) (?:you|me|him|her|them|myself|himself|herself)',
      'regret it if i',
      'police',
      'find (?:my|your) body',
      'make you pay',
      'you will see what happens',
      '(?:with|has|had|pulled) a (?:knife|gun)|knife to',
    ],
    examples: {
      flag: [
        "he said he'd kill me if i ever left",
        'she threatened to hurt me',
        "i'm going to hurt you",
      ],
      pass: [
        "my boss will kill me if i'm late again haha",
        'this heat is killing me',
        'she threatened to quit the team lol',
      ],
    },
  },
  {
    id: 'safety-violence',
    category: 'violence',
    patterns: [
      `${WHO} {adv}(?!hit me up)${HURT_VERBS} {ws}(?:me|my|at me)`,
      `(?:^|and |then |\\| )(?!hit me up)${HURT_VERBS} (?:me|my)`,
      `${WHO} (?:grabbed|grabs|pushed|pushes|shoved) me (?:by|down|against|into|over|and i fell|off|out|so hard)`,
      `${WHO} (?:grabbed|grabs|choked|squeezed) my (?:throat|neck|arm|wrist|hair)`,
      '(?:forced|forces|made) me (?:to have sex|to do sexual|into sex)',
      'rape[a-z]*|raping',
      'bruis[a-z]*',
      'my (?:arm|face|neck|ribs|back|head|wrist|eye|lip) (?:still )?(?:hurts|is bleeding|is swollen)',
      'threw me|thrown me',
    ],
    examples: {
      flag: ['he hit me again', 'she pushed me down the stairs', 'he grabbed my throat'],
      pass: [
        'hit me up later if you want to get food',
        'you pushed me to it',
        'the dog bit my sock lol',
      ],
    },
  },
];

const HELP_MESSAGE =
  'This sounds really hard, and you deserve support from a person right now. The Help page lists people you can reach, any time.';

interface CompiledSafety {
  rule: SafetyRule;
  any: RegExp;
}
const COMPILED: readonly CompiledSafety[] = SAFETY_RULES.map((rule) => ({
  rule,
  any: compileAny(rule.patterns, 'message'),
}));

/** Returns the first safety concern in the tokenised text, or null. */
export function screen(sentences: readonly Sentence[]): Safety | null {
  for (const sentence of sentences) {
    for (const { rule, any } of COMPILED) {
      if (any.test(sentence.line)) {
        return {
          category: rule.category,
          ruleId: rule.id,
          message: HELP_MESSAGE,
          helpPath: '/help',
        };
      }
    }
  }
  return null;
}
