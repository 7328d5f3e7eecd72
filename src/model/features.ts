/**
 * The features the confidence model reads for one attribution: which rule
 * proposed it, its cue, the shape of its source and content, and the words
 * around the cue. Each feature is a short string hashed into a fixed-size
 * space, so a model holds numbers only, never a sentence of its training data.
 */
import type {Attribution, Source} from '../types.js'

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** Continue the 32-bit FNV-1a hash `hash` over the code units of `value`. */
function fnv(hash: number, value: string): number {
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), FNV_PRIME)
  return hash
}

/** 32-bit FNV-1a hash of `value`, folded into `[0, size)` (size a power of two). */
export function hashFeature(value: string, size: number): number {
  return (fnv(FNV_OFFSET, value) >>> 0) & (size - 1)
}

/** The 32-bit FNV-1a hash of a feature name or value, for `FeatureIndexes.addMixed`. */
export function nameHash(name: string): number {
  return fnv(FNV_OFFSET, name)
}

/**
 * Collects the hashed indexes of one attribution's features. A feature is a
 * name and up to two values; its index is `hashFeature` of
 * `name=value|second`, computed without building that string (joining
 * strings and then reading them was a fifth of the extraction's time).
 */
export class FeatureIndexes {
  /** The indexes collected so far, in the order the features were added. */
  readonly indexes: number[] = []

  constructor(private readonly size: number) {}

  /** Add the feature `name`, `name=value` or `name=value|second`. */
  add(name: string, value?: string, second?: string): void {
    this.addNamed(fnv(FNV_OFFSET, name), value, second)
  }

  /** `add` for a name hashed once beforehand (`nameHash(name)`): the same index, the name not read again. */
  addNamed(name: number, value?: string, second?: string): void {
    let hash = name
    if (value !== undefined) {
      hash = fnv(Math.imul(hash ^ 0x3d, FNV_PRIME), value)
      if (second !== undefined) hash = fnv(Math.imul(hash ^ 0x7c, FNV_PRIME), second)
    }
    this.indexes.push((hash >>> 0) & (this.size - 1))
  }

  /**
   * Add the feature of hashed name `name` (from `nameHash`) and hashed values
   * `value` and `second` (0 for none), mixed as integers: no string is read.
   */
  addMixed(name: number, value = 0, second = 0): void {
    let hash = Math.imul(name ^ value, FNV_PRIME)
    hash = Math.imul(hash ^ (hash >>> 15) ^ second, FNV_PRIME)
    this.indexes.push(((hash ^ (hash >>> 13)) >>> 0) & (this.size - 1))
  }
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'this', 'that'])
const LETTER = /^\p{L}$/u
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
/** Opens with a capital. A constant: the build turns each `\p` literal into a `new RegExp` where it stands. */
const CAPITAL_FIRST = /^\p{Lu}/u

/** The length (1 or 2 code units) of the letter or digit at `i`, or 0 (a letter alone when `letters`). */
export function wordCharAt(text: string, i: number, letters: boolean): number {
  const code = text.charCodeAt(i)
  if (code < 0x80) {
    const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
    return letter || (!letters && code >= 0x30 && code <= 0x39) ? 1 : 0
  }
  // General Punctuation (curly quotes, dashes), frequent in news, holds no letter or digit: no pattern asked.
  if (code >= 0x2000 && code <= 0x206f) return 0
  const point = text.codePointAt(i)!
  const char = String.fromCodePoint(point)
  return (letters ? LETTER : LETTER_OR_DIGIT).test(char) ? char.length : 0
}

/** The end of the word starting at `start` (a letter or digit there). */
function wordEnd(text: string, start: number): number {
  let i = start
  let size = wordCharAt(text, i, false)
  while (size > 0) {
    i += size
    size = i < text.length ? wordCharAt(text, i, false) : 0
  }
  const mark = text.charCodeAt(i)
  if ((mark === 0x27 || mark === 0x2019) && i + 1 < text.length && wordCharAt(text, i + 1, true) > 0) {
    i++
    while (i < text.length && (size = wordCharAt(text, i, true)) > 0) i += size
  }
  return i
}

/**
 * The words of `text`, lowercased, at most `limit` of them: runs of letters
 * and digits, with an apostrophe and the letters after it ("don't",
 * "O’Neill"). A scan without a regular expression or a lowercased copy of
 * the whole text: this runs for every attribution.
 */
function words(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const found: string[] = []
  let i = 0
  while (i < text.length && found.length < limit) {
    if (wordCharAt(text, i, false) === 0) {
      i++
      continue
    }
    const end = wordEnd(text, i)
    found.push(text.slice(i, end).toLowerCase())
    i = end
  }
  return found
}

/**
 * The first word of `text` (lowercased, '' for none) and how many words it
 * has, counted up to `limit`. Only the first word becomes a string: contents
 * and sources are counted, not read.
 */
function wordStats(text: string, limit: number): {first: string; count: number} {
  let first = ''
  let count = 0
  let i = 0
  while (i < text.length && count < limit) {
    if (wordCharAt(text, i, false) === 0) {
      i++
      continue
    }
    const end = wordEnd(text, i)
    if (count === 0) first = text.slice(i, end).toLowerCase()
    count++
    i = end
  }
  return {first, count}
}

/** Counts above this all fall in the last bucket. */
const MANY = 51

/** A coarse bucket for a count, so lengths generalise. */
function bucket(count: number): string {
  if (count <= 3) return String(count)
  if (count <= 8) return '4-8'
  if (count <= 20) return '9-20'
  if (count <= 50) return '21-50'
  return '51+'
}

/**
 * Up to `count` (one or more) words of `text` before `start` (nearest last),
 * within the sentence: the words of the stretch are found by their offsets,
 * and only the last `count` become strings.
 */
function wordsBefore(text: string, from: number, start: number, count: number): string[] {
  const stretch = text.slice(Math.max(from, start - 80), start)
  const starts: number[] = []
  const ends: number[] = []
  let i = 0
  while (i < stretch.length) {
    if (wordCharAt(stretch, i, false) === 0) {
      i++
      continue
    }
    starts.push(i)
    i = wordEnd(stretch, i)
    ends.push(i)
  }
  const found: string[] = []
  for (let k = Math.max(0, starts.length - count); k < starts.length; k++)
    found.push(stretch.slice(starts[k], ends[k]).toLowerCase())
  return found
}

/** Up to `count` words of `text` after `end`, within the sentence (only those are read). */
function wordsAfter(text: string, end: number, to: number, count: number): string[] {
  return words(text.slice(end, Math.min(to, end + 80)), count)
}

/** `'true'` or `'false'`, without building a string. */
const flag = (value: boolean): string => (value ? 'true' : 'false')

/** The features' names, hashed once. */
const NAMES = {
  bias: nameHash('bias'),
  rule: nameHash('rule'),
  category: nameHash('category'),
  lemma: nameHash('lemma'),
  rule_lemma: nameHash('rule|lemma'),
  rule_mode: nameHash('rule|mode'),
  cue: nameHash('cue'),
  cue_head: nameHash('cue-head'),
  cue_words: nameHash('cue-words'),
  cue_parts: nameHash('cue-parts'),
  cue_capital: nameHash('cue-capital'),
  mode: nameHash('mode'),
  negated: nameHash('negated'),
  via: nameHash('via'),
  in_sentence: nameHash('in-sentence'),
  paragraph_first: nameHash('paragraph-first'),
  prev: nameHash('prev'),
  next: nameHash('next'),
  head_next: nameHash('head|next'),
  cue_at_start: nameHash('cue-at-start'),
  source_words: nameHash('source-words'),
  source_pronoun: nameHash('source-pronoun'),
  source_capital: nameHash('source-capital'),
  source_side: nameHash('source-side'),
  rule_source_side: nameHash('rule|source-side'),
  kind: nameHash('kind'),
  anonymous: nameHash('anonymous'),
  rule_kind: nameHash('rule|kind'),
  source: nameHash('source'),
  rule_source: nameHash('rule|source'),
  content_words: nameHash('content-words'),
  content_first: nameHash('content-first'),
  content_side: nameHash('content-side'),
  content_parts: nameHash('content-parts'),
  content_beyond_sentence: nameHash('content-beyond-sentence'),
  rule_content_words: nameHash('rule|content-words'),
  content: nameHash('content')
}

/**
 * Add the features of `attribution` (found in `text`, with its source entry
 * `source`, and `inSentence` attributions in its sentence) to `out`.
 */
export function attributionFeatures(
  text: string,
  attribution: Attribution,
  source: Source | undefined,
  inSentence: number,
  out: FeatureIndexes
): void {
  const {cue, content, sentence, rule, category, mode} = attribution
  const cueWords = words(cue.text)
  const head = cueWords.length > 0 ? cueWords[cueWords.length - 1] : '-'
  out.addNamed(NAMES.bias)
  out.addNamed(NAMES.rule, rule)
  out.addNamed(NAMES.category, category)
  out.addNamed(NAMES.lemma, attribution.lemma)
  out.addNamed(NAMES.rule_lemma, rule, attribution.lemma)
  out.addNamed(NAMES.rule_mode, rule, mode)
  out.addNamed(NAMES.cue, cueWords.join(' '))
  out.addNamed(NAMES.cue_head, head)
  out.addNamed(NAMES.cue_words, bucket(cueWords.length))
  out.addNamed(NAMES.cue_parts, String(cue.parts ? cue.parts.length : 1))
  out.addNamed(NAMES.cue_capital, flag(CAPITAL_FIRST.test(cue.text)))
  out.addNamed(NAMES.mode, mode)
  out.addNamed(NAMES.negated, flag(attribution.negated))
  out.addNamed(NAMES.via, flag(attribution.via !== null))
  out.addNamed(NAMES.in_sentence, bucket(inSentence))
  out.addNamed(NAMES.paragraph_first, flag(attribution.paragraph === 0))
  const before = wordsBefore(text, sentence.start, cue.start, 2)
  const after = wordsAfter(text, cue.end, sentence.end, 2)
  const next = after[0] ?? '</s>'
  out.addNamed(NAMES.prev, before[before.length - 1] ?? '<s>')
  out.addNamed(NAMES.next, next)
  out.addNamed(NAMES.head_next, head, next)
  out.addNamed(NAMES.cue_at_start, flag(cue.start - sentence.start < 3))
  if (attribution.source) {
    // Counted up to `MANY` + 1, enough for `bucket`.
    const sourceWords = wordStats(attribution.source.text, MANY + 1)
    const side = attribution.source.start < cue.start ? 'before' : 'after'
    out.addNamed(NAMES.source_words, bucket(sourceWords.count))
    out.addNamed(NAMES.source_pronoun, flag(sourceWords.count === 1 && PRONOUNS.has(sourceWords.first)))
    out.addNamed(NAMES.source_capital, flag(CAPITAL_FIRST.test(attribution.source.text)))
    out.addNamed(NAMES.source_side, side)
    out.addNamed(NAMES.rule_source_side, rule, side)
    if (source) {
      out.addNamed(NAMES.kind, source.kind)
      out.addNamed(NAMES.anonymous, flag(source.anonymous))
      out.addNamed(NAMES.rule_kind, rule, source.kind)
    }
  } else {
    out.addNamed(NAMES.source, 'none')
    out.addNamed(NAMES.rule_source, 'none', rule)
  }
  if (content) {
    // The scan stops after `MANY` + 1 words: every cue of a long sentence has a content running to its end.
    const contentWords = wordStats(content.text, MANY + 1)
    out.addNamed(NAMES.content_words, bucket(contentWords.count))
    out.addNamed(NAMES.content_first, contentWords.first || '-')
    out.addNamed(NAMES.content_side, content.start < cue.start ? 'before' : 'after')
    out.addNamed(NAMES.content_parts, String(content.parts ? content.parts.length : 1))
    out.addNamed(NAMES.content_beyond_sentence, flag(content.start < sentence.start || content.end > sentence.end))
    out.addNamed(NAMES.rule_content_words, rule, bucket(contentWords.count))
  } else {
    out.addNamed(NAMES.content, 'none')
  }
}
