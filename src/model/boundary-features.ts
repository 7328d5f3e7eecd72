/**
 * The features of one alternative content edge: the words and marks on
 * either side of it, how far it lies from the rules' choice (in words,
 * commas and quotation marks crossed), whether it stops at the sentence's
 * end or runs into another cue, and the proposing rule. Hashed as the
 * confidence model's features are (`FeatureIndexes`): numbers only.
 */
import type {Attribution} from '../types.js'
import {hashRange, MARK_TOKEN, tokenHash, type Window} from './boundary-scan.js'
import {nameHash, type FeatureIndexes} from './features.js'

/** The hashed feature names of one edge, each prefixed with `prefix`. */
function hashedNames(prefix: string) {
  return {
    after_cue: nameHash(prefix + 'after-cue'),
    beyond_shape: nameHash(prefix + 'beyond-shape'),
    bias: nameHash(prefix + 'bias'),
    commas: nameHash(prefix + 'commas'),
    cue_crossed: nameHash(prefix + 'cue-crossed'),
    cue_next: nameHash(prefix + 'cue-next'),
    delta: nameHash(prefix + 'delta'),
    delta_rule: nameHash(prefix + 'delta|rule'),
    delta_side: nameHash(prefix + 'delta|side'),
    inner_inside: nameHash(prefix + 'inner|inside'),
    inside: nameHash(prefix + 'inside'),
    inside_delta: nameHash(prefix + 'inside|delta'),
    inside_outside: nameHash(prefix + 'inside|outside'),
    kind: nameHash(prefix + 'kind'),
    kind_mode: nameHash(prefix + 'kind|mode'),
    kind_rule: nameHash(prefix + 'kind|rule'),
    kind_side: nameHash(prefix + 'kind|side'),
    outside: nameHash(prefix + 'outside'),
    outside_shape: nameHash(prefix + 'outside-shape'),
    outside_beyond: nameHash(prefix + 'outside|beyond'),
    outside_delta: nameHash(prefix + 'outside|delta'),
    outside_side: nameHash(prefix + 'outside|side'),
    quotes_odd: nameHash(prefix + 'quotes-odd'),
    sentence_end: nameHash(prefix + 'sentence-end')
  }
}

const START = hashedNames('s:')
const END = hashedNames('e:')

/** Hashes of strings already seen (rule names, buckets, the words of the current window). */
const memo = new Map<string, number>()

/** The hash of `value`, remembered (the memo is cleared when it grows large). */
function hashOf(value: string): number {
  let hash = memo.get(value)
  if (hash === undefined) {
    if (memo.size >= 1 << 14) memo.clear()
    hash = nameHash(value)
    memo.set(value, hash)
  }
  return hash
}

const TRUE = nameHash('true')
const FALSE = nameHash('false')
const WIDER = nameHash('wider')
const NARROWER = nameHash('narrower')

/** One edge to describe. */
export interface EdgeContext {
  attribution: Attribution
  /** Sorted cue offsets of the document. */
  cueStarts: Int32Array
  /** The tokens around the edge. */
  window: Window
  edge: 'start' | 'end'
  /** The candidate offset, and the rules' offset for this edge. */
  offset: number
  ruleOffset: number
  /** Index in `window` of the first token at or after `offset`, and of `ruleOffset`. */
  token: number
  ruleToken: number
  /** How the candidate was proposed: `rule`, `mark`, `sentence`, `in`, `out`. */
  kind: string
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
const SIGNED = {zero: nameHash('0'), minus: BUCKETS.map((b) => nameHash('-' + b)), plus: BUCKETS.map((b) => nameHash('+' + b))}

/** The hash of a signed, coarse bucket of a count. */
function signedHash(count: number, sign: number): number {
  if (count === 0) return SIGNED.zero
  const index = count <= 2 ? count - 1 : count <= 5 ? 2 : count <= 12 ? 3 : 4
  return (sign < 0 ? SIGNED.minus : SIGNED.plus)[index]
}

/** Whether some cue other than `own` starts in [from, to). */
function cueIn(starts: Int32Array, own: number, from: number, to: number): boolean {
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

/** Add the features of the edge `c` (found in `text`) to `out`. */
export function addEdgeFeatures(text: string, c: EdgeContext, out: FeatureIndexes): void {
  const {attribution: a, window: w, token: k, edge} = c
  const side = a.content!.start < a.cue.start ? 'before' : 'after'
  const names = edge === 'start' ? START : END
  // Between the rules' edge and this one: words, commas, quotation marks.
  const from = Math.min(c.offset, c.ruleOffset)
  const to = Math.max(c.offset, c.ruleOffset)
  const low = Math.min(k, c.ruleToken)
  const high = Math.max(k, c.ruleToken)
  const words = w.words[high] - w.words[low]
  const commas = w.commas[high] - w.commas[low]
  const quotes = w.quotes[high] - w.quotes[low]
  const sign = edge === 'end' ? Math.sign(c.offset - c.ruleOffset) : Math.sign(c.ruleOffset - c.offset)
  const kind = hashOf(c.kind)
  const rule = hashOf(a.rule)
  const sideHash = hashOf(side)
  const delta = signedHash(words, sign)
  const inside = tokenHash(text, w, edge === 'end' ? k - 1 : k)
  const outside = tokenHash(text, w, edge === 'end' ? k : k - 1)
  const beyond = tokenHash(text, w, edge === 'end' ? k + 1 : k - 2)
  const inner = tokenHash(text, w, edge === 'end' ? k - 2 : k + 1)
  out.addMixed(names.bias)
  out.addMixed(names.kind, kind)
  out.addMixed(names.kind_rule, kind, rule)
  out.addMixed(names.kind_side, kind, sideHash)
  out.addMixed(names.kind_mode, kind, hashOf(a.mode))
  out.addMixed(names.delta, delta)
  out.addMixed(names.delta_rule, delta, rule)
  out.addMixed(names.delta_side, delta, sideHash)
  out.addMixed(names.commas, signedHash(commas, sign))
  out.addMixed(names.quotes_odd, quotes % 2 === 1 ? TRUE : FALSE, kind)
  out.addMixed(names.inside, inside)
  out.addMixed(names.outside, outside)
  out.addMixed(names.inside_outside, inside, outside)
  out.addMixed(names.outside_beyond, outside, beyond)
  out.addMixed(names.inner_inside, inner, inside)
  out.addMixed(names.outside_side, outside, sideHash)
  out.addMixed(names.inside_delta, inside, delta)
  out.addMixed(names.outside_delta, outside, delta)
  out.addMixed(names.outside_shape, shapeHash(text, w, edge === 'end' ? k : k - 1), kind)
  out.addMixed(names.beyond_shape, shapeHash(text, w, edge === 'end' ? k + 1 : k - 2), outside)
  out.addMixed(names.cue_crossed, cueIn(c.cueStarts, a.cue.start, from, to) ? TRUE : FALSE, sign > 0 ? WIDER : NARROWER)
  if (edge === 'end') {
    const near = k < w.count ? w.ends[Math.min(w.count - 1, k + 3)] : c.offset
    out.addMixed(END.cue_next, cueIn(c.cueStarts, a.cue.start, c.offset, near + 1) ? TRUE : FALSE)
    out.addMixed(END.sentence_end, c.offset >= a.sentence.end ? TRUE : FALSE, sideHash)
  } else {
    out.addMixed(START.after_cue, c.offset >= a.cue.end && c.offset - a.cue.end < 3 ? TRUE : FALSE)
  }
}
