/**
 * The rule registry: one record per rule that can propose an attribution.
 *
 * This is the one list of rules. The cue rules take their prior confidence
 * from it, the result stage asks it which rules read a label as the source,
 * `options.rules` is checked against it, the evaluation tool reports every
 * rule in it, and the README's table of rules is generated from it
 * (`node scripts/rules-table.mjs --write`; a test keeps the two in step).
 */

/** The families of rules; each family's rules live in one file of `src/stages/cues/`. */
export type RuleFamily = 'verb' | 'according' | 'reported' | 'judgement' | 'nominal' | 'layout' | 'refusal'

/** What the registry holds for each rule, before the id is attached. */
interface RuleSpec {
  readonly family: RuleFamily
  /** The word or mark that sets the rule off, in words. */
  readonly trigger: string
  /** The shapes the rule reads, with examples (Markdown, for the README). */
  readonly pattern: string
  /**
   * The rule's prior confidence, per variant of its shape: `default`, and
   * others where one rule reads shapes of different reliability. It is the
   * `confidence` of an attribution when no model scores it (`model: null`).
   */
  readonly priors: {readonly default: number; readonly [variant: string]: number}
  /**
   * The source is a label written before or after the claim ("PENCE:",
   * "― Name"), not a phrase of the sentence: a label that cannot be a source
   * drops the attribution instead of only its source.
   */
  readonly label: boolean
}

const TABLE = {
  'verb-subject': {
    family: 'verb',
    trigger: 'a reporting verb',
    pattern:
      '“X said (that) …”, “X told Y (that) …”, with tense, auxiliaries, adverbs and catenatives (“has said”, “strongly reiterated”, “continues to insist”)',
    priors: {default: 0.8},
    label: false
  },
  'verb-inverted': {
    family: 'verb',
    trigger: 'a reporting verb',
    pattern: '“…, X said.”, ““…,” she said, “…””, ““….” Trump said.”',
    priors: {default: 0.85, 'quote-of-previous-sentence': 0.75},
    label: false
  },
  'verb-postposed': {
    family: 'verb',
    trigger: 'a reporting verb',
    pattern: '“…, said X.”',
    priors: {default: 0.85},
    label: false
  },
  'verb-colon': {
    family: 'verb',
    trigger: 'a reporting verb',
    pattern: "“X said:” then a quote or, at a paragraph's end, the next paragraph",
    priors: {default: 0.85, 'next-paragraph': 0.7},
    label: false
  },
  'verb-participle': {
    family: 'verb',
    trigger: 'a reporting verb',
    pattern: '“…, adding that …”, “by saying …” (source from the clause)',
    priors: {default: 0.7},
    label: false
  },
  'verb-coordinated': {
    family: 'verb',
    trigger: 'a reporting verb',
    pattern: '“She thanked the crowd and said …”',
    priors: {default: 0.8},
    label: false
  },
  'verb-broad': {
    family: 'verb',
    trigger: "a word in no list, in a verb's frame",
    pattern:
      "“The union backed the plan”, “Ms. Okafor floated the idea that …”, “…, pitching a tram line”, a listed verb in the passive with an agent (“the plan was rejected by voters”) or with a judging complement and none (“the pier is seen as unsafe”) (kept only when the cue decider accepts it; `cues: 'rules'` turns it off)",
    priors: {default: 0.4},
    label: false
  },
  'verb-initial': {
    family: 'verb',
    trigger: 'a reporting verb',
    pattern: '“Said the mayor, “…””',
    priors: {default: 0.75},
    label: false
  },
  'according-to': {
    family: 'according',
    trigger: '“according to”',
    pattern: '“according to X” anywhere; the rest of the clause is the content',
    priors: {default: 0.9},
    label: false
  },
  per: {
    family: 'according',
    trigger: '“per”',
    pattern: '“per X” at a clause edge',
    priors: {default: 0.7},
    label: false
  },
  'quoted-as-saying': {
    family: 'reported',
    trigger: '“quoted”',
    pattern: '“Interfax quoted (or cited) a source as saying …” (source and via), “X was quoted as saying …”',
    priors: {default: 0.85},
    label: false
  },
  passive: {
    family: 'reported',
    trigger: 'a reporting verb in the passive',
    pattern: '“it was reported that …”, “X is said to …” (no source unless “by X”)',
    priors: {default: 0.6},
    label: false
  },
  reportedly: {
    family: 'reported',
    trigger: '“reportedly”, “purportedly”',
    pattern: '“… reportedly …” (no source)',
    priors: {default: 0.5},
    label: false
  },
  raising: {
    family: 'judgement',
    trigger: 'a raising verb',
    pattern: '“the plan seems to …”, “voters appear unmoved” (no source)',
    priors: {default: 0.5},
    label: false
  },
  'stance-adjective': {
    family: 'judgement',
    trigger: 'a stance adjective',
    pattern: '“officials are confident that …”',
    priors: {default: 0.55},
    label: false
  },
  nominal: {
    family: 'nominal',
    trigger: 'a reporting noun',
    pattern: "“Trump's claim that …”, “his promise to …”",
    priors: {default: 0.5},
    label: false
  },
  'nominal-broad': {
    family: 'nominal',
    trigger: 'a reporting noun',
    pattern:
      "“allegations that …”, “support for the bill”, “questions about the loan”, “in Varga’s view, …” (kept only when the cue decider accepts it; `cues: 'rules'` turns it off)",
    priors: {default: 0.4},
    label: false
  },
  'in-poll': {
    family: 'nominal',
    trigger: '“poll”, “survey” and their kin',
    pattern: '“In a CNN poll released Monday, …”, “… leads in the latest survey.” (the poll is the source)',
    priors: {default: 0.6},
    label: false
  },
  'asked-first': {
    family: 'layout',
    trigger: '“Asked” opening the sentence',
    pattern: '“Asked whether …, the senator said …”',
    priors: {default: 0.7},
    label: false
  },
  refusal: {
    family: 'refusal',
    trigger: '“declined”, “refused”, a negated reply or reporting verb',
    pattern: '“declined to comment”, “would not say whether”, “did not respond to requests” (`content: null`)',
    priors: {default: 0.85, 'negated-verb': 0.8, 'no-reply': 0.75},
    label: false
  },
  'colon-intro': {
    family: 'layout',
    trigger: 'a colon',
    pattern: '“From The Times:” before a block, “Name: …” headlines',
    priors: {default: 0.6},
    label: true
  },
  transcript: {
    family: 'layout',
    trigger: 'a capitalised label and a colon',
    pattern: '“PENCE: …” speaker labels',
    priors: {default: 0.8},
    label: true
  },
  'dash-signature': {
    family: 'layout',
    trigger: 'a dash',
    pattern: '““…” ― Name” signature lines',
    priors: {default: 0.7},
    label: true
  }
} as const satisfies Record<string, RuleSpec>

/** The name of a rule, as an attribution's `rule` gives it. */
export type RuleId = keyof typeof TABLE

/** The variants of one rule's prior (`default` and the rule's own). */
export type RuleVariant<R extends RuleId> = keyof (typeof TABLE)[R]['priors'] & string

/** One rule of the registry. */
export interface Rule extends RuleSpec {
  /** The rule's name, as an attribution's `rule` gives it. */
  readonly id: RuleId
}

/** Every rule, in the order the README lists them. */
export const RULES: readonly Rule[] = Object.freeze(
  (Object.keys(TABLE) as RuleId[]).map((id) => Object.freeze({id, ...TABLE[id]}))
)

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]))

/** Whether `id` names a rule of the registry. */
export function isRuleId(id: unknown): id is RuleId {
  return typeof id === 'string' && BY_ID.has(id)
}

/** The registry's record of the rule `id`. */
export function ruleById(id: RuleId): Rule {
  return BY_ID.get(id)!
}

/**
 * The prior confidence of the rule `id` for one variant of its shape.
 *
 * @param id The rule.
 * @param variant The variant (`default` when omitted).
 */
export function prior<R extends RuleId>(id: R, variant: RuleVariant<R> = 'default' as RuleVariant<R>): number {
  return (TABLE[id].priors as Record<string, number>)[variant]
}
