/**
 * The compiled lexicon: every inflected reporting-verb form mapped to its
 * lemma and category, and the outlet matcher, built once per set of options.
 */
import {BoundedMap} from '../bounded-map.js'
import {RULES, type RuleId} from '../rules/registry.js'
import type {CueCategory, Options, VerbEntry} from '../types.js'
import {POLL_HEADS, REFUSAL_VERBS, REPORTED_ADVERBS, RULE_OPENERS} from './cue-words.js'
import {NEGATIONS} from './function-words.js'
import {RAISING, STANCE_ADJECTIVES} from './judgements.js'
import {NOUN_CUES} from './nouns.js'
import {OUTLETS} from './outlets.js'
import {inflect, VERBS} from './verbs.js'
import {WordSet} from './word-set.js'
import {trieNode, trieStep, wordTrie, type WordTrie} from './word-trie.js'

/** One inflected form of a reporting verb. */
export interface VerbForm {
  lemma: string
  category: CueCategory
  /** The verb takes a person object before its content ("told reporters that …"). */
  object: boolean
  /** Second word of a phrasal verb ("point out"), or "" for single words. */
  particle: string
  /** Weak verbs are cues only with a clear complement ("that", a quote, a colon). */
  weak: boolean
}

/** The verb entries that share a first word (an inflected form). */
export interface VerbForms {
  /** The first single-word entry, or null. */
  single: VerbForm | null
  /** Phrasal entries by the words of their particle; each value keeps its place in the order entries were added. */
  phrasal: WordTrie<{order: number; form: VerbForm}>
  /** Lemmas already added under this word (an entry is added once). */
  lemmas: Set<string>
}

/** The compiled lexicon. */
export interface Lexicon {
  /** Inflected form (lower case) → entries (phrasal verbs share a first word). */
  verbs: Map<string, VerbForms>
  /** Outlets as lower-case word sequences, first word first; a node with a value ends a name. */
  outlets: WordTrie<true>
  /** Every lower-case word that can start a rule (verb forms, noun cues, "according", …). */
  triggers: ReadonlySet<string>
  /** The same words, with a cheap check for words of running text (see `WordSet`). */
  triggerSet: WordSet
  /** Which categories to report. */
  categories: ReadonlySet<CueCategory>
  includeRefusals: boolean
  /** Which rules to report (`options.rules`; all by default). */
  rules: ReadonlySet<RuleId>
  /** Infer and report the gender of person sources. */
  gender: boolean
  /** Propose words in no list as verb cues (rule `verb-broad`; see `options.cues`). */
  broad: boolean
  /** The lemmas `options.verbs` added: the cue decider never drops their attributions. */
  added: ReadonlySet<string>
}

const CATEGORY_ORDER: CueCategory[] = [
  'speech',
  'writing',
  'report',
  'statement',
  'evidence',
  'belief',
  'stance',
  'intention'
]
const ALL_CATEGORIES: CueCategory[] = [...CATEGORY_ORDER, 'refusal']

/**
 * Verbs whose first object is the person addressed ("told reporters that …");
 * for the other object verbs the object belongs to the content ("rejected the
 * plan as …").
 */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'inform',
  'assure',
  'reassure',
  'remind',
  'warn',
  'advise',
  'brief',
  'ask',
  'urge',
  'caution',
  'press',
  'push',
  'beg',
  'implore',
  'convince',
  'persuade',
  'email',
  'text',
  'message',
  'promise',
  'thank',
  'congratulate'
])

/** Verbs that take an object before (or as part of) their content. */
const OBJECT_VERBS = new Set([
  // Every verb of an addressee takes an object; so do these, whose object is whom the claim is about.
  ...ADDRESSEE_VERBS,
  'accuse',
  'blame',
  'criticize',
  'criticise',
  'praise',
  'credit',
  'call',
  'challenge',
  'charge',
  'fault',
  'label',
  'brand',
  'dub',
  'describe',
  'characterize',
  'characterise',
  'compare',
  'liken',
  'rebuke',
  'scold',
  'chastise',
  'slam',
  'blast',
  'attack',
  'defend',
  'endorse',
  'support',
  'back',
  'oppose',
  'mock',
  'question',
  'cite',
  'assail',
  'embrace',
  'favor',
  'favour',
  'laud',
  'hail',
  'welcome',
  'reject',
  'dismiss',
  'deny'
])

/**
 * Strong verbs: cues in any frame. Every other verb is weak and needs a
 * clause complement ("that", a quote, a colon, "to" for intentions) or an
 * inverted frame (", she thinks.").
 */
const STRONG = new Set([
  'say',
  'tell',
  'add',
  'write',
  'tweet',
  'report',
  'announce',
  'declare',
  'state',
  'explain',
  'insist',
  'note',
  'argue',
  'claim',
  'warn',
  'assert',
  'allege',
  'stress',
  'emphasize',
  'acknowledge',
  'admit',
  'confirm',
  'deny',
  'reply',
  'respond',
  'recall',
  'conclude',
  'contend',
  'maintain',
  'predict',
  'quip',
  'joke',
  'boast',
  'complain',
  'concede',
  'testify',
  'reiterate',
  'repeat',
  'counter',
  'retort',
  'ask',
  'suggest',
  'post',
  'urge',
  'estimate',
  'speculate',
  'caution',
  'lament',
  'muse',
  'exclaim',
  'whisper',
  'shout',
  'remark',
  'comment',
  'mention',
  'point out',
  'hint',
  'reveal',
  'disclose',
  'confide',
  'vow',
  'pledge',
  'promise',
  'threaten',
  'acknowledge',
  'say'
])

/** Words that start a rule other than a verb's. */
const RULE_WORDS: readonly string[] = [
  ...RULE_OPENERS,
  ...POLL_HEADS,
  ...REPORTED_ADVERBS,
  ...REFUSAL_VERBS,
  ...RAISING,
  ...STANCE_ADJECTIVES,
  ...NEGATIONS
]

/** Lexicons built for options, by their key: at most 33 (a run has a few). */
const cache = new BoundedMap<string, Lexicon>(33)
let defaultLexicon: Lexicon | undefined

/** Build (or reuse) the lexicon for these options. */
export function getLexicon(options: Options | undefined): Lexicon {
  if (
    !options ||
    (!options.verbs &&
      !options.outlets &&
      !options.categories &&
      !options.rules &&
      options.includeRefusals === undefined &&
      options.gender === undefined &&
      broadCues(options))
  ) {
    defaultLexicon ??= buildLexicon(undefined)
    return defaultLexicon
  }
  const key = cacheKey(options)
  let lexicon = cache.get(key)
  if (!lexicon) {
    lexicon = buildLexicon(options)
    cache.set(key, lexicon)
  }
  return lexicon
}

/**
 * A key made only of the option fields the lexicon reads (validated before):
 * the JSON of a canonical structure, so no two different options share a key
 * (no separator inside a value can fake a boundary, and an absent list, which
 * means "all" or "none added", is `null`, not an empty list).
 */
function cacheKey(options: Options): string {
  let verbs: unknown = null
  if (Array.isArray(options.verbs)) {
    verbs = (options.verbs as ReadonlyArray<string | VerbEntry>).map((item) =>
      typeof item === 'string' ? item : [item.lemma, item.category ?? null, item.forms ?? null]
    )
  } else if (options.verbs) {
    verbs = {map: Object.entries(options.verbs)}
  }
  return JSON.stringify([
    verbs,
    options.outlets ?? null,
    options.categories ?? null,
    options.rules ?? null,
    options.includeRefusals ?? null,
    options.gender ?? null,
    broadCues(options)
  ])
}

function addVerb(verbs: Map<string, VerbForms>, lemma: string, category: CueCategory, forms?: readonly string[]): void {
  const space = lemma.indexOf(' ')
  const particle = space === -1 ? '' : lemma.slice(space + 1)
  const all = forms ? [lemma, ...forms, ...inflect(lemma)] : inflect(lemma)
  const entry: VerbForm = {lemma, category, object: OBJECT_VERBS.has(lemma), particle, weak: !STRONG.has(lemma)}
  for (const form of all) {
    const first = space === -1 ? form : form.slice(0, form.indexOf(' '))
    let list = verbs.get(first)
    if (!list) verbs.set(first, (list = {single: null, phrasal: wordTrie(), lemmas: new Set()}))
    if (list.lemmas.has(lemma)) continue
    if (particle) {
      const node = trieNode(list.phrasal, particle.split(' '))
      node.value ??= {order: list.lemmas.size, form: entry}
    } else {
      list.single ??= entry
    }
    list.lemmas.add(lemma)
  }
}

function buildLexicon(options: Options | undefined): Lexicon {
  const verbs = new Map<string, VerbForms>()
  for (const category of CATEGORY_ORDER) {
    for (const lemma of VERBS[category]) addVerb(verbs, lemma, category)
  }
  if (options?.verbs) {
    const extra = options.verbs
    if (Array.isArray(extra)) {
      for (const item of extra as ReadonlyArray<string | VerbEntry>) {
        if (typeof item === 'string') addVerb(verbs, item.toLowerCase(), 'speech')
        else
          addVerb(
            verbs,
            item.lemma.toLowerCase(),
            item.category ?? 'speech',
            item.forms?.map((f) => f.toLowerCase())
          )
      }
    } else {
      for (const [lemma, category] of Object.entries(extra as Record<string, CueCategory>))
        addVerb(verbs, lemma.toLowerCase(), category)
    }
  }
  const outlets = wordTrie<true>()
  const addOutlet = (name: string) => {
    const words = name.toLowerCase().replaceAll('’', "'").split(/\s+/).filter(Boolean)
    if (words.length > 0) trieNode(outlets, words).value = true
  }
  for (const name of OUTLETS) addOutlet(name)
  for (const name of options?.outlets ?? []) addOutlet(name)
  const triggers = new Set<string>(verbs.keys())
  for (const word of RULE_WORDS) triggers.add(word)
  for (const word of NOUN_CUES.keys()) triggers.add(word)
  return {
    verbs,
    outlets,
    triggers,
    triggerSet: new WordSet(triggers),
    categories: new Set(options?.categories ?? ALL_CATEGORIES),
    includeRefusals: options?.includeRefusals ?? true,
    rules: new Set(options?.rules ?? RULES.map((rule) => rule.id)),
    gender: options?.gender ?? true,
    broad: broadCues(options),
    added: new Set(addedLemmas(options))
  }
}

/** The lemmas of `options.verbs`, lower-cased, as `addVerb` files them. */
function addedLemmas(options: Options | undefined): string[] {
  const extra = options?.verbs
  if (!extra) return []
  if (!Array.isArray(extra)) return Object.keys(extra).map((lemma) => lemma.toLowerCase())
  return (extra as ReadonlyArray<string | VerbEntry>).map((item) =>
    (typeof item === 'string' ? item : item.lemma).toLowerCase()
  )
}

/**
 * Whether broad verb cues are proposed: as `options.cues` says, else when
 * the model (the shipped one by default) has a cue decider to judge them.
 */
function broadCues(options: Options | undefined): boolean {
  if (options?.cues !== undefined) return options.cues === 'broad'
  return options?.model === undefined || options.model?.cues !== undefined
}

/** Every category, in a stable order. */
export const CATEGORIES: readonly CueCategory[] = ALL_CATEGORIES

/** How many distinct reporting lemmas the built-in lexicon has. */
export function lemmaCount(): number {
  const lemmas = new Set<string>()
  for (const category of CATEGORY_ORDER) for (const lemma of VERBS[category]) lemmas.add(lemma)
  return lemmas.size
}

/**
 * Whether a phrase names a news outlet of the lexicon ("Interfax", "the WSJ",
 * "Russia's Interfax news agency"). Names match on whole words, and the
 * outlet's first word must be capitalised as written.
 */
export function namesOutlet(phrase: string, lexicon: Lexicon): boolean {
  const written = splitWords(phrase)
  for (let i = 0; i < written.length; i++) {
    // Only a capitalised word can start an outlet's name; most words are passed over here.
    const first = written[i].charCodeAt(0)
    if (!(first >= 65 && first <= 90)) continue
    // Walk the names that start with this word; any name that ends on the way matches.
    let node = trieStep(lexicon.outlets, outletWord(written[i]))
    for (let m = 1; node; m++) {
      if (node.value) return true
      // Past the last word nothing matches.
      const next = written[i + m]
      node = next === undefined ? undefined : trieStep(node, outletWord(next))
    }
  }
  return endsWithNewsAgency(phrase.trim())
}

/** The words of `phrase`: what `phrase.split(/[\s,]+/)` gives, without empty strings, and without the regex. */
function splitWords(phrase: string): string[] {
  const words: string[] = []
  let start = -1
  for (let i = 0; i < phrase.length; i++) {
    const separator = isSeparator(phrase.charCodeAt(i))
    if (separator && start !== -1) {
      words.push(phrase.slice(start, i))
      start = -1
    } else if (!separator && start === -1) {
      start = i
    }
  }
  if (start !== -1) words.push(phrase.slice(start))
  return words
}

/** A comma or a character of the regex class `\s` (ECMAScript white space and line terminators). */
function isSeparator(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code === 44) return true
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** A word as outlet names are keyed: lower case, straight apostrophes, no "'s". */
function outletWord(written: string): string {
  let word = written.toLowerCase()
  if (word.includes('’')) word = word.replaceAll('’', "'")
  return word.endsWith("'s") ? word.slice(0, -2) : word
}

const NEWS_AGENCY = 'news agency'

/**
 * Whether `phrase` ends in the words "news agency" (ASCII letters in any
 * case, after the start or a character that is not a letter, digit or "_").
 */
function endsWithNewsAgency(phrase: string): boolean {
  const from = phrase.length - NEWS_AGENCY.length
  if (from < 0) return false
  for (let k = 0; k < NEWS_AGENCY.length; k++) {
    const code = phrase.charCodeAt(from + k)
    const lower = code >= 65 && code <= 90 ? code + 32 : code
    if (lower !== NEWS_AGENCY.charCodeAt(k)) return false
  }
  return from === 0 || !isWordCode(phrase.charCodeAt(from - 1))
}

/** A character of `\w`: ASCII letter, digit or "_". */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
}
