/**
 * Words of judgement that attribute without a reporting verb: raising verbs
 * ("the plan seems to stall") and adjectives of stance after "be" ("officials
 * are confident that …").
 */

/** Raising verbs: the writer's judgement, with no source. */
export const RAISING: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared'])

/** Adjectives that report a stance or belief when a clause follows them. */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set([
  'confident',
  'skeptical',
  'sceptical',
  'worried',
  'hopeful',
  'aware',
  'convinced',
  'concerned',
  'optimistic',
  'pessimistic',
  'certain',
  'sure',
  'eager',
  'determined',
  'unsure',
  'doubtful',
  'afraid',
  'fearful',
  'adamant',
  'insistent',
  'wary',
  'reluctant',
  'unwilling',
  'keen',
  'anxious',
  'nervous',
  'frustrated',
  'disappointed',
  'pleased',
  'glad',
  'proud',
  'grateful',
  'outraged',
  'furious',
  'alarmed',
  'troubled',
  'uncertain',
  'critical',
  'supportive',
  'dismissive',
  'enthusiastic',
  'unconvinced',
  'upbeat',
  'bullish',
  'bearish',
  'cautious',
  'emphatic'
])
