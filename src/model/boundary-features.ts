/**
 * The features of one alternative content edge: the words and marks on
 * either side of it, how far it lies from the rules' choice (in words,
 * commas, quotation marks and brackets crossed), whether the content it
 * makes holds an odd number of quotation marks, how much of the sentence it
 * leaves, whether it runs into another cue, and the proposing rule. Hashed
 * as integers into a reused buffer: nothing is allocated per candidate.
 */
import type {Attribution} from '../types.js'
import {hashRange, MARK_TOKEN, tokenAt, tokenHash, type Window} from './boundary-scan.js'
import {split} from './boundary-split.js'
import {nameHash} from './features.js'

const FNV_PRIME = 0x01000193

/** The feature indexes of the candidates of one edge, one run after another. */
export class FeatureBuffer {
  /** The indexes; candidate `i`'s run is `values[from[i]]` up to `values[from[i + 1]]`. */
  values = new Int32Array(2048)
  /** How many indexes the buffer holds. */
  count = 0
  /** The size of the hashed feature space (a power of two). */
  size = 1

  /** Add the feature of hashed name `name` and hashed values `value` and `second` (0 for none). */
  add(name: number, value = 0, second = 0): void {
    let hash = Math.imul(name ^ value, FNV_PRIME)
    hash = Math.imul(hash ^ (hash >>> 15) ^ second, FNV_PRIME)
    if (this.count === this.values.length) {
      const next = new Int32Array(2 * this.count)
      next.set(this.values)
      this.values = next
    }
    this.values[this.count++] = ((hash ^ (hash >>> 13)) >>> 0) & (this.size - 1)
  }
}

/**
 * How a candidate was proposed, as an index into `KINDS`: the rules' own
 * edge, at a mark, before a clause word, at a sentence's end, a few words
 * into or out of the content, across the cue (a piece on its other side,
 * see `boundary-split.ts`).
 */
export const KIND = {rule: 0, mark: 1, word: 2, sentence: 3, in: 4, out: 5, split: 6} as const

/** The names of the kinds, in `KIND` order. */
export const KINDS = Object.keys(KIND) as ReadonlyArray<keyof typeof KIND>

/** A kind's index. */
export type Kind = (typeof KIND)[keyof typeof KIND]

/** The hashed feature names of one edge, each prefixed with `prefix`. */
function hashedNames(prefix: string) {
  const names = [
    'after-cue',
    'beyond-shape',
    'bias',
    'brackets',
    'commas',
    'content-quotes',
    'cue-crossed',
    'cue-next',
    'cue|outside|beyond',
    'delta',
    'delta|rule',
    'inner|inside',
    'inside',
    'inside|outside',
    'kind',
    'kind|mode',
    'kind|rule',
    'outside',
    'outside-shape',
    'outside|beyond',
    'quotes-odd',
    'rest',
    'sentence-end',
    'cue-gap',
    'inside-shape',
    'crossed',
    'rule-inside',
    'split-join',
    'split-join|rule',
    'split-commas',
    'split-far',
    'lemma|kind',
    'lemma|outside',
    'length'
  ] as const
  return Object.fromEntries(names.map((name) => [name, nameHash(prefix + name)])) as Record<
    (typeof names)[number],
    number
  >
}

/** The feature names of each role's start and end edges. */
const NAMES = {
  content: {start: hashedNames('s:'), end: hashedNames('e:')},
  source: {start: hashedNames('source s:'), end: hashedNames('source e:')}
}

const TRUE = nameHash('true')
const FALSE = nameHash('false')
const UNKNOWN = nameHash('unknown')
const WIDER = nameHash('wider')
const NARROWER = nameHash('narrower')
const BEFORE = nameHash('before')
const AFTER = nameHash('after')
const KIND_HASHES = KINDS.map((kind) => nameHash(kind))

/** What every candidate of one attribution's edges shares, filled once per attribution. */
export interface AttributionContext {
  attribution: Attribution
  /** Whose edges are chosen: the content's or the source's. */
  role: 'content' | 'source'
  /** Sorted cue offsets of the document. */
  cueStarts: Int32Array
  /** Hashes of the proposing rule, the mode, the side of the cue the content is on, the cue's last letters. */
  rule: number
  mode: number
  side: number
  cue: number
  /** The hash of the cue's base form. */
  lemma: number
}

/** One edge candidate to describe. */
export interface EdgeContext {
  /** The tokens around the edge. */
  window: Window
  edge: 'start' | 'end'
  /** The candidate offset, and the rules' offset for this edge. */
  offset: number
  ruleOffset: number
  /** Index in `window` of the first token at or after `offset`, and of `ruleOffset`. */
  token: number
  ruleToken: number
  /** Index in `window` of the token at the other edge of the content (-1 when the window does not hold it). */
  otherToken: number
  kind: Kind
}

/** Fill `c` for the edges of `role` of `attribution` (which has that role). */
export function describeAttribution(
  text: string,
  attribution: Attribution,
  cueStarts: Int32Array,
  role: 'content' | 'source',
  c: AttributionContext
): void {
  const span = attribution[role]!
  c.attribution = attribution
  c.role = role
  c.cueStarts = cueStarts
  c.rule = hashOf(attribution.rule)
  c.mode = hashOf(attribution.mode)
  c.side = span.start < attribution.cue.start ? BEFORE : AFTER
  c.lemma = hashOf(attribution.lemma)
  c.cue = hashRange(text, Math.max(attribution.cue.start, attribution.cue.end - 2), attribution.cue.end)
}

/** Hashes of strings already seen (rule names and modes: a few dozen). */
const memo = new Map<string, number>()

/** The hash of `value`, remembered. */
function hashOf(value: string): number {
  let hash = memo.get(value)
  if (hash === undefined) {
    hash = nameHash(value)
    if (memo.size < 1 << 10) memo.set(value, hash)
  }
  return hash
}

const SHAPES = {none: nameHash('-'), mark: nameHash('mark'), capital: nameHash('Cap'), short: nameHash('short')}

/**
 * The hash of the shape of token `k` of `w`: a mark, capitalised, short, or
 * its last three letters (`ing`, `ted`), which stand in for a part of speech.
 */
function shapeHash(text: string, w: Window, k: number): number {
  if (k < 0 || k >= w.count) return SHAPES.none
  if (w.kinds[k] === MARK_TOKEN) return SHAPES.mark
  const first = text.charCodeAt(w.starts[k])
  if (first >= 0x41 && first <= 0x5a) return SHAPES.capital
  return w.ends[k] - w.starts[k] <= 3 ? SHAPES.short : hashRange(text, w.ends[k] - 3, w.ends[k])
}

const BUCKETS = ['1', '2', '3-5', '6-12', '13+']
const SIGNED = {
  zero: nameHash('0'),
  minus: BUCKETS.map((b) => nameHash('-' + b)),
  plus: BUCKETS.map((b) => nameHash('+' + b))
}

/** The hash of a signed, coarse bucket of a count. */
function signedHash(count: number, sign: number): number {
  if (count === 0) return SIGNED.zero
  const index = count <= 2 ? count - 1 : count <= 5 ? 2 : count <= 12 ? 3 : 4
  return (sign < 0 ? SIGNED.minus : SIGNED.plus)[index]
}

const SIZES = ['0', '1-20', '21-60', '61-150', '151-400', '401+'].map((b) => nameHash('chars ' + b))

/** The hash of a coarse bucket of a length in characters. */
function sizeHash(chars: number): number {
  return SIZES[chars <= 0 ? 0 : chars <= 20 ? 1 : chars <= 60 ? 2 : chars <= 150 ? 3 : chars <= 400 ? 4 : 5]
}

/** Whether some cue other than `own` starts in [from, to) (`starts` sorted). */
export function cueIn(starts: Int32Array, own: number, from: number, to: number): boolean {
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (starts[middle] < from) low = middle + 1
    else high = middle
  }
  for (let k = low; k < starts.length && starts[k] < to; k++) if (starts[k] !== own) return true
  return false
}

/** Add the features of the candidate `c` of attribution `a` (found in `text`) to `out`. */
export function addEdgeFeatures(text: string, a: AttributionContext, c: EdgeContext, out: FeatureBuffer): void {
  const {window: w, token: k, edge} = c
  const attribution = a.attribution
  const names = NAMES[a.role][edge]
  const isEnd = edge === 'end'
  // Between the rules' edge and this one: words, commas, quotation marks, brackets.
  const low = Math.min(k, c.ruleToken)
  const high = Math.max(k, c.ruleToken)
  const words = w.words[high] - w.words[low]
  const commas = w.commas[high] - w.commas[low]
  const quotes = w.quotes[high] - w.quotes[low]
  const brackets = w.brackets[high] - w.brackets[low]
  const sign = isEnd ? Math.sign(c.offset - c.ruleOffset) : Math.sign(c.ruleOffset - c.offset)
  const kind = KIND_HASHES[c.kind]
  const {rule, side} = a
  const delta = signedHash(words, sign)
  const inside = tokenHash(text, w, isEnd ? k - 1 : k)
  const outside = tokenHash(text, w, isEnd ? k : k - 1)
  const beyond = tokenHash(text, w, isEnd ? k + 1 : k - 2)
  const inner = tokenHash(text, w, isEnd ? k - 2 : k + 1)
  const beyondShape = shapeHash(text, w, isEnd ? k + 1 : k - 2)
  out.add(names.bias)
  out.add(names.kind, kind)
  out.add(names['kind|rule'], kind, rule)
  out.add(names['kind|mode'], kind, a.mode)
  out.add(names.delta, delta)
  out.add(names['delta|rule'], delta, rule)
  out.add(names.commas, signedHash(commas, sign))
  out.add(names['quotes-odd'], quotes % 2 === 1 ? TRUE : FALSE, kind)
  out.add(names.brackets, brackets === 0 ? FALSE : brackets > 0 ? TRUE : UNKNOWN, sign > 0 ? WIDER : NARROWER)
  out.add(names.inside, inside)
  out.add(names.outside, outside)
  out.add(names['inside|outside'], inside, outside)
  out.add(names['outside|beyond'], outside, beyond)
  out.add(names['inner|inside'], inner, inside)
  out.add(names['outside-shape'], shapeHash(text, w, isEnd ? k : k - 1), kind)
  out.add(names['beyond-shape'], beyondShape, outside)
  out.add(names['cue|outside|beyond'], a.cue, Math.imul(outside ^ beyondShape, FNV_PRIME))
  out.add(names['lemma|kind'], a.lemma, Math.imul(kind ^ delta, FNV_PRIME))
  out.add(names['lemma|outside'], a.lemma, outside)
  if (c.otherToken >= 0) out.add(names.length, signedHash(Math.abs(w.words[k] - w.words[c.otherToken]), 1), kind)
  const from = Math.min(c.offset, c.ruleOffset)
  const to = Math.max(c.offset, c.ruleOffset)
  out.add(
    names['cue-crossed'],
    cueIn(a.cueStarts, attribution.cue.start, from, to) ? TRUE : FALSE,
    sign > 0 ? WIDER : NARROWER
  )
  // Quotation marks in the content this candidate makes, when the window holds all of it.
  const inContent =
    c.otherToken < 0 ? -1 : isEnd ? w.quotes[k] - w.quotes[c.otherToken] : w.quotes[c.otherToken] - w.quotes[k]
  out.add(names['content-quotes'], inContent < 0 ? UNKNOWN : inContent % 2 === 1 ? TRUE : FALSE, kind)
  const sentence = attribution.sentence
  out.add(names.rest, sizeHash(isEnd ? sentence.end - c.offset : c.offset - sentence.start), kind)
  if (isEnd) {
    const near = k < w.count ? w.ends[Math.min(w.count - 1, k + 3)] : c.offset
    out.add(names['cue-next'], cueIn(a.cueStarts, attribution.cue.start, c.offset, near + 1) ? TRUE : FALSE)
    out.add(names['sentence-end'], c.offset >= sentence.end ? TRUE : FALSE, side)
  } else {
    out.add(names['after-cue'], c.offset >= attribution.cue.end && c.offset - attribution.cue.end < 3 ? TRUE : FALSE)
  }
  if (a.role === 'source') addSourceFeatures(text, a, c, out)
  if (c.kind === KIND.split) addSplitFeatures(text, a, c, out)
}

/**
 * The features only a piece across the cue has: the words where it meets
 * the cue (a comma before a source, `which` or `what` before it, a comma
 * or a full stop after the cue), the commas the piece holds, and whether
 * it reaches the sentence's edge.
 */
function addSplitFeatures(text: string, a: AttributionContext, c: EdgeContext, out: FeatureBuffer): void {
  const {window: w, token: k} = c
  const names = NAMES.content[c.edge]
  const t = tokenAt(w, split.join)
  const before = split.side === 'before'
  const join = tokenHash(text, w, before ? t - 1 : t)
  out.add(names['split-join'], join, tokenHash(text, w, before ? t - 2 : t + 1))
  out.add(names['split-join|rule'], join, a.rule)
  const near = tokenAt(w, before ? split.to : split.from)
  out.add(names['split-commas'], signedHash(Math.abs(w.commas[near] - w.commas[k]), 1), a.side)
  out.add(names['split-far'], c.offset === (before ? split.from : split.to) ? TRUE : FALSE, join)
}

/** Words crossed between the rules' edge and a candidate that a source edge's features name. */
const CROSSED = 8

/**
 * The features only a source edge has: how far the edge lies from the cue
 * (a source mostly touches it), the shape of the words on either side, and
 * the words crossed from the rules' edge (the nearest `CROSSED`: a verb or
 * a clause word among them says the move leaves the source).
 */
function addSourceFeatures(text: string, a: AttributionContext, c: EdgeContext, out: FeatureBuffer): void {
  const {window: w, token: k} = c
  const names = NAMES.source[c.edge]
  const cue = a.attribution.cue
  const gap = c.offset <= cue.start ? cue.start - c.offset : c.offset - cue.end
  const isEnd = c.edge === 'end'
  out.add(names['cue-gap'], gap <= 1 ? TRUE : sizeHash(gap), c.offset <= cue.start ? BEFORE : AFTER)
  out.add(names['inside-shape'], shapeHash(text, w, isEnd ? k - 1 : k), shapeHash(text, w, isEnd ? k : k - 1))
  const low = Math.min(k, c.ruleToken)
  const high = Math.max(k, c.ruleToken)
  const direction = (isEnd ? c.offset > c.ruleOffset : c.offset < c.ruleOffset) ? WIDER : NARROWER
  const ruleInside = tokenHash(text, w, isEnd ? c.ruleToken - 1 : c.ruleToken)
  out.add(names['rule-inside'], ruleInside, Math.imul(direction ^ KIND_HASHES[c.kind], FNV_PRIME))
  const near = isEnd === (direction === WIDER) ? low : high - 1
  const step = near === low ? 1 : -1
  for (let n = 0, t = near; n < CROSSED && t >= low && t < high; n++, t += step) {
    if (w.kinds[t] !== MARK_TOKEN) out.add(names.crossed, tokenHash(text, w, t), direction)
  }
}
