/**
 * The features of one alternative content edge: the words and marks on
 * either side of it, how far it lies from the rules' choice (in words,
 * commas and quotation marks crossed), whether it stops at the sentence's
 * end or runs into another cue, and the proposing rule. Hashed as the
 * confidence model's features are (`FeatureIndexes`): numbers only.
 */
import type {Attribution} from '../types.js'
import {QUOTE_MARKS} from '../stages/quotes.js'
import {MARK_TOKEN, type Window} from './boundary-scan.js'
import type {FeatureIndexes} from './features.js'

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
  /** Index in `window` of the first token at or after `offset`. */
  token: number
  /** How the candidate was proposed: `rule`, `mark`, `sentence`, `in`, `out`. */
  kind: string
}

/** The lowercased text of token `k` of `w`, or a marker past either end. */
function tokenText(text: string, w: Window, k: number): string {
  if (k < 0) return '<w>'
  if (k >= w.count) return '</w>'
  return text.slice(w.starts[k], w.ends[k]).toLowerCase()
}

/**
 * The shape of token `k` of `w`: `mark`, `Cap` (capitalised), or its last
 * three letters (`ing`, `ted`), which stand in for a part of speech.
 */
function shape(text: string, w: Window, k: number): string {
  if (k < 0 || k >= w.count) return '-'
  if (w.kinds[k] === MARK_TOKEN) return 'mark'
  const first = text.charCodeAt(w.starts[k])
  if (first >= 0x41 && first <= 0x5a) return 'Cap'
  return w.ends[k] - w.starts[k] <= 3 ? 'short' : text.slice(w.ends[k] - 3, w.ends[k]).toLowerCase()
}

/** A signed, coarse bucket of a count. */
function signed(count: number, sign: number): string {
  if (count === 0) return '0'
  const size = count <= 2 ? String(count) : count <= 5 ? '3-5' : count <= 12 ? '6-12' : '13+'
  return sign < 0 ? `-${size}` : `+${size}`
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
  const p = edge === 'start' ? 's:' : 'e:'
  // Between the rules' edge and this one: words, commas, quotation marks.
  const from = Math.min(c.offset, c.ruleOffset)
  const to = Math.max(c.offset, c.ruleOffset)
  let words = 0
  let commas = 0
  let quotes = 0
  for (let j = 0; j < w.count && w.starts[j] < to; j++) {
    if (w.starts[j] < from) continue
    if (w.kinds[j] !== MARK_TOKEN) words++
    else if (text.charCodeAt(w.starts[j]) === 0x2c) commas++
    else if (QUOTE_MARKS.has(text[w.starts[j]])) quotes++
  }
  const sign = edge === 'end' ? Math.sign(c.offset - c.ruleOffset) : Math.sign(c.ruleOffset - c.offset)
  const delta = signed(words, sign)
  const inside = tokenText(text, w, edge === 'end' ? k - 1 : k)
  const outside = tokenText(text, w, edge === 'end' ? k : k - 1)
  const beyond = tokenText(text, w, edge === 'end' ? k + 1 : k - 2)
  const inner = tokenText(text, w, edge === 'end' ? k - 2 : k + 1)
  out.add(p + 'bias')
  out.add(p + 'kind', c.kind)
  out.add(p + 'kind|rule', c.kind, a.rule)
  out.add(p + 'kind|side', c.kind, side)
  out.add(p + 'kind|mode', c.kind, a.mode)
  out.add(p + 'delta', delta)
  out.add(p + 'delta|rule', delta, a.rule)
  out.add(p + 'delta|side', delta, side)
  out.add(p + 'commas', signed(commas, sign))
  out.add(p + 'quotes-odd', quotes % 2 === 1 ? 'true' : 'false', c.kind)
  out.add(p + 'inside', inside)
  out.add(p + 'outside', outside)
  out.add(p + 'inside|outside', inside, outside)
  out.add(p + 'outside|beyond', outside, beyond)
  out.add(p + 'inner|inside', inner, inside)
  out.add(p + 'outside|side', outside, side)
  out.add(p + 'inside|delta', inside, delta)
  out.add(p + 'outside|delta', outside, delta)
  out.add(p + 'outside-shape', shape(text, w, edge === 'end' ? k : k - 1), c.kind)
  out.add(p + 'beyond-shape', shape(text, w, edge === 'end' ? k + 1 : k - 2), outside)
  out.add(p + 'cue-crossed', cueIn(c.cueStarts, a.cue.start, from, to) ? 'true' : 'false', sign > 0 ? 'wider' : 'narrower')
  if (edge === 'end') {
    const near = k < w.count ? w.ends[Math.min(w.count - 1, k + 3)] : c.offset
    out.add('e:cue-next', cueIn(c.cueStarts, a.cue.start, c.offset, near + 1) ? 'true' : 'false')
    out.add('e:sentence-end', c.offset >= a.sentence.end ? 'true' : 'false', side)
  } else {
    out.add('s:after-cue', c.offset >= a.cue.end && c.offset - a.cue.end < 3 ? 'true' : 'false')
  }
}
