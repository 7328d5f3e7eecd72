/**
 * Alternative boundaries for a content the rules found: its start and its
 * end, each chosen among the rules' own offset and the nearby places where a
 * claim can begin or stop (after or before a clause mark, a comma, a quote,
 * a leading "that", the sentence's end). Each alternative carries the
 * features that describe it; the re-ranker (see `boundaries.ts`) picks one.
 * The work per attribution is bounded by a window around the rules' edge.
 */
import type {Attribution, PiecewiseSpan} from '../types.js'
import {trimBoundaries} from '../evaluate/trim.js'
import {ACCORDING_STOPS} from '../lexicon/cue-words.js'
import {hashRange, MARK_TOKEN, scanWindow, tokenHash, type Window} from './boundary-scan.js'
import {addEdgeFeatures, type EdgeContext} from './boundary-features.js'
import {FeatureIndexes} from './features.js'

/** Words before which a claim may stop: the clause words ("but", "which", "because"). */
const CLAUSE_WORDS: ReadonlySet<number> = new Set([...ACCORDING_STOPS].map((word) => hashRange(word, 0, word.length)))

/** Whether the code unit ends a sentence (. ! ?). */
const isFullStop = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f

/** Characters looked at on each side of an edge. */
const REACH = 160
/** Alternatives kept per edge, the nearest to the rules' own. */
const MOST = 10
/** Words a start may move into the content, and out of it. */
const START_INTO = 4
const START_OUT = 3

/** One alternative edge: its offset, its trimmed offset (what scoring compares) and its features. */
export interface EdgeCandidate {
  offset: number
  trimmed: number
  features: number[]
}

/** The candidates of one edge; the first is always the rules' own. */
export interface EdgeChoice {
  edge: 'start' | 'end'
  candidates: EdgeCandidate[]
}

/** What a content may not overlap: its own cue and source. */
function blocked(a: Attribution, start: number, end: number): boolean {
  if (start < a.cue.end && a.cue.start < end) return true
  return a.source !== null && start < a.source.end && a.source.start < end
}

/** Collect candidates at `offsets` (first the rules'), skipping ones that trim alike. */
function collect(
  text: string,
  a: Attribution,
  content: PiecewiseSpan,
  edge: 'start' | 'end',
  found: ReadonlyArray<{offset: number; token: number; kind: string}>,
  context: Pick<EdgeContext, 'cueStarts' | 'window' | 'ruleOffset'>,
  size: number
): EdgeChoice {
  const first = content.parts ? content.parts[0] : content
  const last = content.parts ? content.parts[content.parts.length - 1] : content
  const rule = found[0].offset
  // The nearest alternatives only: the work per content stays small however many marks are near.
  if (found.length > MOST + 1)
    found = [
      found[0],
      ...found
        .slice(1)
        .sort((x, y) => Math.abs(x.offset - rule) - Math.abs(y.offset - rule) || x.offset - y.offset)
        .slice(0, MOST)
    ]
  const candidates: EdgeCandidate[] = []
  // One object, filled in per candidate (a spread per candidate was a tenth of the extraction's time).
  const described: EdgeContext = {
    attribution: a,
    cueStarts: context.cueStarts,
    window: context.window,
    edge,
    offset: 0,
    ruleOffset: context.ruleOffset,
    token: 0,
    ruleToken: found[0].token,
    kind: ''
  }
  for (const {offset, token, kind} of found) {
    const start = edge === 'start' ? offset : first.start
    const end = edge === 'end' ? offset : last.end
    const innerEnd = edge === 'start' ? first.end : end
    const innerStart = edge === 'end' ? last.start : start
    if (innerEnd <= start || end <= innerStart) continue
    if (candidates.length > 0 && blocked(a, start, end)) continue
    const [s, e] = trimBoundaries(text, start, end)
    const trimmed = edge === 'start' ? s : e
    if (candidates.some((c) => c.trimmed === trimmed)) continue
    const out = new FeatureIndexes(size)
    described.offset = offset
    described.token = token
    described.kind = kind
    addEdgeFeatures(text, described, out)
    candidates.push({offset, trimmed, features: out.indexes})
  }
  return {edge, candidates}
}

/** Index of the first token of `w` that starts at or after `offset`. */
function tokenAt(w: Window, offset: number): number {
  let k = 0
  while (k < w.count && w.starts[k] < offset) k++
  return k
}

/**
 * The alternative ends and starts of `a`'s content, with their features
 * hashed into a space of `size`. `cueStarts` holds the sorted cue offsets of
 * the document, so a content that runs into another cue can be told apart. A
 * direct quotation is offered no alternatives.
 */
export function contentChoices(text: string, a: Attribution, cueStarts: Int32Array, size: number): EdgeChoice[] {
  const content = a.content
  // A quotation's marks fix its edges (on PolNeAR train the re-ranker moved 1 of 1,659): none offered.
  if (!content || a.mode === 'direct') return []
  const choices: EdgeChoice[] = []
  // The end: the rules' end, before each mark or clause word near it, and later sentences' ends.
  const last = content.parts ? content.parts[content.parts.length - 1] : content
  const first = content.parts ? content.parts[0] : content
  // A short content is read in one window for both edges.
  const shared = !content.parts && content.end - content.start <= REACH
  let w = scanWindow(text, shared ? first.start - REACH : Math.max(last.start, last.end - REACH), last.end + REACH)
  const ends: Array<{offset: number; token: number; kind: string}> = [{offset: last.end, token: tokenAt(w, last.end), kind: 'rule'}]
  for (let k = 1; k < w.count; k++) {
    const offset = w.ends[k - 1]
    if (offset <= last.start) continue
    if (offset >= a.sentence.end) {
      if (w.kinds[k] === MARK_TOKEN && isFullStop(text.charCodeAt(w.starts[k]))) ends.push({offset, token: k, kind: 'sentence'})
    } else if (w.kinds[k] === MARK_TOKEN) ends.push({offset, token: k, kind: 'mark'})
    else if (CLAUSE_WORDS.has(tokenHash(text, w, k))) {
      ends.push({offset, token: k, kind: 'word'})
    }
  }
  if (a.sentence.end > last.end && a.sentence.end <= last.end + REACH)
    ends.push({
      offset: a.sentence.end,
      token: tokenAt(w, a.sentence.end),
      kind: 'sentence'
    })
  choices.push(collect(text, a, content, 'end', ends, {cueStarts, window: w, ruleOffset: last.end}, size))
  // The start: the rules' start, a few words in or out, and after each mark near it.
  if (!shared) w = scanWindow(text, first.start - REACH, Math.min(first.end, first.start + REACH))
  const ruleToken = tokenAt(w, first.start)
  const starts: Array<{offset: number; token: number; kind: string}> = [{offset: first.start, token: ruleToken, kind: 'rule'}]
  let words = 0
  for (let k = ruleToken; k < w.count && words < START_INTO; k++) {
    if (w.kinds[k] === MARK_TOKEN) continue
    words++
    if (k > ruleToken) starts.push({offset: w.starts[k], token: k, kind: 'in'})
  }
  words = 0
  for (let k = ruleToken - 1; k >= 0 && words < START_OUT; k--) {
    if (w.kinds[k] === MARK_TOKEN) break
    words++
    starts.push({offset: w.starts[k], token: k, kind: 'out'})
  }
  for (let k = 0; k + 1 < w.count; k++) {
    if (w.kinds[k] === MARK_TOKEN && w.kinds[k + 1] !== MARK_TOKEN) starts.push({offset: w.starts[k + 1], token: k + 1, kind: 'mark'})
  }
  choices.push(collect(text, a, content, 'start', starts, {cueStarts, window: w, ruleOffset: first.start}, size))
  return choices
}
