/**
 * The features the cue decider reads for one attribution: the proposing
 * rule, the cue's words, suffixes and lemma, the three words either side, whether
 * the cue stands inside a quotation, its place in the sentence (words and
 * commas before it), the shape of what the rule found (a source, the
 * content's place, length and opening quote), and the source's kind, words and
 * neighbour (cue-source.ts). Tokens come from a window of the sentence
 * around the cue (boundary-scan.ts), hashed without building strings.
 */
import {QUOTE_MARKS} from '../lexicon/marks.js'
import type {RuleId} from '../rules/registry.js'
import type {Attribution} from '../types.js'
import {hashRange, MARK_TOKEN, scanWindow, tokenHash, type Window} from './boundary-scan.js'
import {sourceFeatures, sourceNames} from './cue-source.js'
import {FeatureIndexes, nameHash} from './features.js'

/** How far the window reaches either side of the cue, in code units. */
const REACH = 120

/** The hashed feature names under `prefix`, once per prefix. */
function featureNames(prefix: string) {
  const name = (feature: string) => nameHash(`${prefix}:${feature}`)
  return {
    bias: name('bias'),
    rule: name('rule'),
    head: name('head'),
    first: name('first'),
    ruleHead: name('rule-head'),
    suffix2: name('suf2'),
    suffix3: name('suf3'),
    suffix4: name('suf4'),
    ruleSuffix3: name('rule-suf3'),
    words: name('words'),
    around: [-3, -2, -1, 1, 2, 3].map((offset) => name(`w${offset}`)),
    shapes: [-2, -1, 1, 2].map((offset) => name(`shape${offset}`)),
    headNext: name('head-next'),
    previousHead: name('prev-head'),
    quoted: name('quoted'),
    position: name('position'),
    commasBefore: name('commas-before'),
    commasAfter: name('commas-after'),
    source: name('source'),
    quote: name('content-quote'),
    content: name('content'),
    negated: name('negated'),
    lemma: name('lemma'),
    ruleLemma: name('rule-lemma'),
    ...sourceNames(prefix)
  }
}

/** The names of verb-like cues' features (every judged rule but the broad noun one). */
const CUE_NAMES = featureNames('c')

/**
 * The names of the broad noun rule's features: a space of their own, since a
 * noun's neighbours say other things than a verb's, and so that its examples
 * leave the verbs' weights as they were.
 */
const NOUN_NAMES = featureNames('n')

/** Shapes of a token: a capitalised word, a lower-case word, a mark, nothing. */
const SHAPE = {capital: nameHash('Aa'), lower: nameHash('aa'), mark: nameHash('.'), none: nameHash('-')}

/** A small whole number as a bucket's hash (0, 1, 2, 3–5, 6–10, more). */
function bucket(n: number): number {
  return n <= 2 ? n + 1 : n <= 5 ? 4 : n <= 10 ? 5 : 6
}

/** The shape of token `k` of the window. */
function shape(text: string, w: Window, k: number): number {
  if (k < 0 || k >= w.count) return SHAPE.none
  if (w.kinds[k] === MARK_TOKEN) return SHAPE.mark
  const code = text.charCodeAt(w.starts[k])
  return code >= 0x41 && code <= 0x5a ? SHAPE.capital : SHAPE.lower
}

/** The first token of the window starting at or after `offset` (`w.count` when none). */
function tokenAt(w: Window, offset: number): number {
  let k = 0
  while (k < w.count && w.starts[k] < offset) k++
  return k
}

/** What the decider reads of an attribution: offsets in the text, as the stages or the result give them. */
export interface CueCandidate {
  rule: RuleId
  /** From the start of the cue's first piece to the end of its last. */
  cue: {start: number; end: number}
  sentence: {start: number; end: number}
  source: {start: number; end: number} | null
  /** From the start of the content's first piece to the end of its last, or null. */
  content: {start: number; end: number} | null
  negated: boolean
  /** The cue's base form (`say` for `has said`; a broad verb's word as written). */
  lemma: string
}

/** The candidate of a public attribution (for training, from the rules' result). */
export function attributionCandidate(attribution: Attribution): CueCandidate {
  return {
    rule: attribution.rule,
    cue: attribution.cue,
    sentence: attribution.sentence,
    source: attribution.source,
    content: attribution.content,
    negated: attribution.negated,
    lemma: attribution.lemma
  }
}

/**
 * Add the cue decider's features of `candidate` (found in `text`) to `out`.
 *
 * @param text The text the attribution was found in.
 * @param candidate The attribution to judge.
 * @param out Collects the hashed feature indexes.
 */
export function cueFeatures(text: string, candidate: CueCandidate, out: FeatureIndexes): void {
  const NAME = candidate.rule === 'nominal-broad' ? NOUN_NAMES : CUE_NAMES
  const cue = candidate.cue
  const sentence = candidate.sentence
  const from = Math.max(sentence.start, cue.start - REACH)
  const w = scanWindow(text, from, Math.min(Math.max(sentence.end, cue.end), cue.end + REACH))
  const first = tokenAt(w, cue.start)
  let last = tokenAt(w, cue.end) - 1
  // A colon that joined the cue ("said:") is no head: the word before it is.
  if (last > first && w.kinds[last] === MARK_TOKEN && text.charCodeAt(w.starts[last]) === 0x3a) last--
  if (last < first) last = first
  const rule = nameHash(candidate.rule)
  const head = tokenHash(text, w, last)
  const headStart = last < w.count ? w.starts[last] : cue.start
  const headEnd = last < w.count ? w.ends[last] : cue.end
  const suffix = (n: number) => (headEnd - headStart > n ? hashRange(text, headEnd - n, headEnd) : head)
  out.addMixed(NAME.bias)
  out.addMixed(NAME.rule, rule)
  out.addMixed(NAME.head, head)
  out.addMixed(NAME.first, tokenHash(text, w, first))
  out.addMixed(NAME.ruleHead, rule, head)
  out.addMixed(NAME.suffix2, suffix(2))
  out.addMixed(NAME.suffix3, suffix(3))
  out.addMixed(NAME.suffix4, suffix(4))
  out.addMixed(NAME.ruleSuffix3, rule, suffix(3))
  out.addMixed(NAME.words, bucket(w.words[last + 1] - w.words[first]))
  for (let i = 0; i < 3; i++) {
    out.addMixed(NAME.around[2 - i], tokenHash(text, w, first - 1 - i))
    out.addMixed(NAME.around[3 + i], tokenHash(text, w, last + 1 + i))
  }
  out.addMixed(NAME.shapes[0], shape(text, w, first - 2))
  out.addMixed(NAME.shapes[1], shape(text, w, first - 1))
  out.addMixed(NAME.shapes[2], shape(text, w, last + 1))
  out.addMixed(NAME.shapes[3], shape(text, w, last + 2))
  out.addMixed(NAME.headNext, head, tokenHash(text, w, last + 1))
  out.addMixed(NAME.previousHead, tokenHash(text, w, first - 1), head)
  // Inside a quotation when an odd number of marks opens the sentence up to the cue.
  const whole = from === sentence.start
  out.addMixed(NAME.quoted, whole ? (w.quotes[first] & 1) + 1 : 3)
  out.addMixed(NAME.position, whole ? bucket(w.words[first]) : 7)
  out.addMixed(NAME.commasBefore, whole ? bucket(w.commas[first]) : 7)
  out.addMixed(NAME.commasAfter, bucket(w.commas[w.count] - w.commas[last + 1]))
  const source = candidate.source
  out.addMixed(NAME.source, source ? 1 : 2, source && source.start < cue.start ? 1 : 2)
  const content = candidate.content
  out.addMixed(
    NAME.content,
    content ? bucket(Math.round((content.end - content.start) / 20)) : 0,
    content && content.start < cue.start ? 1 : 2
  )
  out.addMixed(NAME.quote, content && QUOTE_MARKS.has(text[content.start]) ? 1 : 2)
  out.addMixed(NAME.negated, candidate.negated ? 1 : 2)
  const lemma = nameHash(candidate.lemma)
  out.addMixed(NAME.lemma, lemma)
  out.addMixed(NAME.ruleLemma, rule, lemma)
  sourceFeatures(text, w, source, rule, lemma, NAME, out)
}
