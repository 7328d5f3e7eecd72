/**
 * Alternative boundaries for a content the rules found: its start and its
 * end, each chosen among the rules' own offset and the nearby places where a
 * claim can stop (before a clause mark, a comma, a quote, a clause word, a
 * sentence's end) or begin (a few words in or out). Each alternative carries
 * the features that describe it; the re-ranker (see `boundaries.ts`) picks
 * one. The work per attribution is bounded by a window around the rules'
 * edges, scanned once when the content is short, and fills reused typed
 * arrays: no object per candidate. A content may end later than the rules'
 * end only at its sentence's end.
 */
import type {Attribution} from '../types.js'
import {trimmedEnd, trimmedStart} from '../evaluate/trim.js'
import {ACCORDING_STOPS} from '../lexicon/cue-words.js'
import {hashRange, MARK_TOKEN, scanWindow, tokenAt, tokenHash, type Window} from './boundary-scan.js'
import {findSplit, split, SPLIT_REACH} from './boundary-split.js'
import {
  addEdgeFeatures,
  describeAttribution,
  FeatureBuffer,
  KIND,
  KINDS,
  type AttributionContext,
  type EdgeContext,
  type Kind
} from './boundary-features.js'

/** Words before which a claim may stop: the clause words ("but", "which", "because"). */
export const CLAUSE_WORDS: ReadonlySet<number> = new Set(
  [...ACCORDING_STOPS].map((word) => hashRange(word, 0, word.length))
)

/** Whether the code unit ends a sentence (. ! ?). */
const isFullStop = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f

/** Characters looked at before a long content's end, and the farthest its sentence's end may lie. */
const REACH = 160
/** The longest content read in one window with the stretch before it. */
const SHARED = 2 * REACH
/** Characters read before and after a start: room for the few words it may move out or in. */
const BEFORE_START = 32
const AFTER_START = 64
/** Alternatives kept per edge, the nearest to the rules' own. */
const MOST = 8
/** Pieces across the cue offered per edge besides them. */
const ACROSS = 3
/** Words a start may move into the content, and out of it. */
const START_INTO = 4
const START_OUT = 3

/** The candidates of one edge, in reused arrays; candidate 0 is always the rules' own. */
export class EdgeChoices {
  edge: 'start' | 'end' = 'end'
  /** How many candidates there are. */
  count = 0
  /** Each candidate's offset, its trimmed offset (what scoring compares) and its kind. */
  readonly offsets = new Int32Array(MOST + ACROSS + 1)
  readonly trimmed = new Int32Array(MOST + ACROSS + 1)
  readonly kinds = new Uint8Array(MOST + ACROSS + 1)
  /** Each candidate's token in the window it was found in. */
  readonly tokens = new Int32Array(MOST + ACROSS + 1)
  /**
   * Candidate `i`'s features are `features.values[from[i]]` up to
   * `features.values[from[i + 1]]` (none are computed for an edge with one candidate).
   */
  readonly from = new Int32Array(MOST + ACROSS + 2)
  readonly features = new FeatureBuffer()
}

/**
 * The span whose edges are being chosen (its first piece's start and end,
 * its last piece's start and end) and its role, set before `collect`.
 */
export const target = {role: 'content' as 'content' | 'source', firstStart: 0, firstEnd: 0, lastStart: 0, lastEnd: 0}

/** Offsets proposed for one edge before the nearest are kept (reused). */
let proposed = {
  count: 0,
  offsets: new Int32Array(256),
  tokens: new Int32Array(256),
  kinds: new Uint8Array(256),
  order: new Int32Array(256)
}

/** Proposals of pieces across the cue, kept besides the nearest (see `collect`). */
const across = {count: 0, offsets: new Int32Array(ACROSS), tokens: new Int32Array(ACROSS)}

/** Forget the proposals of the last edge. */
export function clearProposals(): void {
  proposed.count = 0
  across.count = 0
}

/** Propose the edge at `offset` (token `token`) of a piece across the cue (`split`). */
function proposeAcross(offset: number, token: number): void {
  if (across.count === ACROSS) return
  across.offsets[across.count] = offset
  across.tokens[across.count++] = token
}

/** Propose the edge at `offset` (token `token`), growing the arrays when full. */
export function propose(offset: number, token: number, kind: Kind): void {
  const k = proposed.count
  if (k === proposed.offsets.length) {
    const grow = <T extends Int32Array | Uint8Array>(array: T): T => {
      const next = new (array.constructor as new (size: number) => T)(2 * k)
      next.set(array)
      return next
    }
    const {offsets, tokens, kinds, order} = proposed
    proposed = {count: k, offsets: grow(offsets), tokens: grow(tokens), kinds: grow(kinds), order: grow(order)}
  }
  proposed.offsets[k] = offset
  proposed.tokens[k] = token
  proposed.kinds[k] = kind
  proposed.count = k + 1
}

/**
 * Order the proposals in `proposed.order`: as found, or when there are more
 * than `MOST` alternatives, the first and then the others nearest to it
 * first (ties: earlier first), so the work per edge stays small however
 * many marks are near.
 */
function orderProposals(): void {
  const {offsets, order} = proposed
  const rule = offsets[0]
  const sort = proposed.count > MOST + 1
  for (let i = 0; i < proposed.count; i++) {
    let j = i - 1
    if (sort && i > 0) {
      const distance = Math.abs(offsets[i] - rule)
      for (; j >= 1; j--) {
        const other = order[j]
        const d = Math.abs(offsets[other] - rule)
        if (d < distance || (d === distance && offsets[other] <= offsets[i])) break
        order[j + 1] = other
      }
    }
    order[j + 1] = i
  }
}

/**
 * Whether the piece from `start` to `end` (the one whose edge moves: a
 * content in pieces has its cue between them) overlaps what it may not: a
 * content its own cue and source, a source its cue and content's pieces.
 */
function blocked(a: Attribution, start: number, end: number): boolean {
  if (start < a.cue.end && a.cue.start < end) return true
  if (target.role === 'content') return a.source !== null && start < a.source.end && a.source.start < end
  const content = a.content
  if (!content) return false
  for (const p of content.parts ?? [content]) if (start < p.end && p.start < end) return true
  return false
}

/** The shared description of the current attribution and candidate (filled in place). */
export const attributionContext = {} as AttributionContext
const edgeContext = {} as EdgeContext

/**
 * Keep the first proposal and the nearest others (up to `MOST`), skipping
 * ones that would empty a piece of `target`, overlap what it may not (see
 * `blocked`), or trim like one kept, and then the pieces across the cue
 * (which cross it by design); then, when any alternative is left,
 * describe each kept one into `out` (an edge without one costs no features).
 */
export function collect(
  text: string,
  w: Window,
  edge: 'start' | 'end',
  otherToken: number,
  size: number,
  out: EdgeChoices
): void {
  const a = attributionContext.attribution
  out.edge = edge
  out.count = 0
  out.features.count = 0
  out.features.size = size
  orderProposals()
  for (let n = 0; n < proposed.count && out.count <= MOST; n++) {
    const i = proposed.order[n]
    const offset = proposed.offsets[i]
    const start = edge === 'start' ? offset : target.firstStart
    const end = edge === 'end' ? offset : target.lastEnd
    const innerEnd = edge === 'start' ? target.firstEnd : end
    const innerStart = edge === 'end' ? target.lastStart : start
    if (innerEnd <= start || end <= innerStart) continue
    if (out.count > 0 && blocked(a, innerStart, innerEnd)) continue
    const trimmed = edge === 'start' ? trimmedStart(text, start, end) : trimmedEnd(text, start, end)
    let seen = false
    for (let j = 0; j < out.count && !seen; j++) seen = out.trimmed[j] === trimmed
    if (seen) continue
    keep(out, offset, trimmed, proposed.kinds[i], proposed.tokens[i])
  }
  for (let i = 0; i < across.count && out.count > 0; i++) {
    const offset = across.offsets[i]
    const trimmed =
      edge === 'start' ? trimmedStart(text, offset, target.lastEnd) : trimmedEnd(text, target.firstStart, offset)
    let seen = false
    for (let j = 0; j < out.count && !seen; j++) seen = out.trimmed[j] === trimmed
    if (!seen) keep(out, offset, trimmed, KIND.split, across.tokens[i])
  }
  across.count = 0
  if (out.count < 2) return
  const c = edgeContext
  c.window = w
  c.edge = edge
  c.ruleOffset = out.offsets[0]
  c.ruleToken = out.tokens[0]
  c.otherToken = otherToken
  for (let i = 0; i < out.count; i++) {
    out.from[i] = out.features.count
    c.offset = out.offsets[i]
    c.token = out.tokens[i]
    c.kind = out.kinds[i] as Kind
    addEdgeFeatures(text, attributionContext, c, out.features)
  }
  out.from[out.count] = out.features.count
}

/** Add a candidate to `out`. */
function keep(out: EdgeChoices, offset: number, trimmed: number, kind: number, token: number): void {
  out.offsets[out.count] = offset
  out.trimmed[out.count] = trimmed
  out.kinds[out.count] = kind
  out.tokens[out.count] = token
  out.count++
}

/** Propose the end candidates of the content ending at `end` (its last piece starting at `pieceStart`) in `w`. */
function proposeEnds(text: string, w: Window, a: Attribution, pieceStart: number, end: number): void {
  proposed.count = 0
  propose(end, tokenAt(w, end), KIND.rule)
  const sentenceEnd = a.sentence.end
  for (let k = Math.max(1, tokenAt(w, pieceStart)); k < w.count; k++) {
    const offset = w.ends[k - 1]
    if (offset <= pieceStart) continue
    if (offset > end) break
    if (offset >= sentenceEnd) {
      if (w.kinds[k] === MARK_TOKEN && isFullStop(text.charCodeAt(w.starts[k]))) propose(offset, k, KIND.sentence)
    } else if (w.kinds[k] === MARK_TOKEN) propose(offset, k, KIND.mark)
    else if (CLAUSE_WORDS.has(tokenHash(text, w, k))) propose(offset, k, KIND.word)
  }
  if (sentenceEnd > end && sentenceEnd <= end + REACH) propose(sentenceEnd, tokenAt(w, sentenceEnd), KIND.sentence)
  across.count = 0
  if (split.side === 'after') proposeAcross(split.to, tokenAt(w, split.to))
}

/**
 * Propose the start candidates of the content starting at `start` in `w`: a
 * few words in or out, and across the cue (`split`), the sentence's start,
 * its second word and the word just before the source or cue.
 */
function proposeStarts(w: Window, start: number): void {
  proposed.count = 0
  across.count = 0
  const ruleToken = tokenAt(w, start)
  propose(start, ruleToken, KIND.rule)
  proposeNearbyStarts(w, ruleToken, START_INTO, START_OUT)
  if (split.side !== 'before') return
  const last = tokenAt(w, split.to) - 1
  const first = tokenAt(w, split.from)
  if (w.starts[first] === split.from) {
    proposeAcross(split.from, first)
    const second = first + 1
    if (second < last && w.kinds[first] !== MARK_TOKEN && w.kinds[second] !== MARK_TOKEN)
      proposeAcross(w.starts[second], second)
  }
  if (last >= 0 && w.kinds[last] !== MARK_TOKEN && w.starts[last] > split.from) proposeAcross(w.starts[last], last)
}

/**
 * Propose the starts of up to `into` words after token `ruleToken` (those
 * starting before offset `limit`) and of up to `out` words before it, up to
 * the first mark; marks are never counted as words.
 */
export function proposeNearbyStarts(w: Window, ruleToken: number, into: number, out: number, limit = Infinity): void {
  let words = 0
  for (let k = ruleToken; k < w.count && w.starts[k] < limit && words < into; k++) {
    if (w.kinds[k] === MARK_TOKEN) continue
    words++
    if (k > ruleToken) propose(w.starts[k], k, KIND.in)
  }
  words = 0
  for (let k = ruleToken - 1; k >= 0 && words < out; k--) {
    if (w.kinds[k] === MARK_TOKEN) break
    words++
    propose(w.starts[k], k, KIND.out)
  }
}

/**
 * Fill `end` and `start` with the alternative edges of `a`'s content, their
 * features hashed into a space of `size`. `cueStarts` holds the sorted cue
 * offsets of the document, so a content that runs into another cue can be
 * told apart. Returns false, filling nothing, for an attribution without
 * content or a direct quotation (whose marks fix its edges: on PolNeAR train
 * the re-ranker moved 1 of 1,659).
 */
export function contentEdges(
  text: string,
  a: Attribution,
  cueStarts: Int32Array,
  size: number,
  end: EdgeChoices,
  start: EdgeChoices
): boolean {
  const content = a.content
  if (!content || a.mode === 'direct') return false
  describeAttribution(text, a, cueStarts, 'content', attributionContext)
  findSplit(text, a)
  const first = content.parts ? content.parts[0] : content
  const last = content.parts ? content.parts[content.parts.length - 1] : content
  target.role = 'content'
  target.firstStart = first.start
  target.firstEnd = first.end
  target.lastStart = last.start
  target.lastEnd = last.end
  // A short content is read in one window with the stretch before it. The window stops at the
  // rules' end: past it only the sentence's end is offered (on PolNeAR dev, reading further
  // for later sentences' ends and the words after the end scored no better, and cost a scan).
  // A piece across the cue widens the windows to the stretch it may take.
  const shared = !content.parts && content.end - content.start <= SHARED
  const before =
    split.side === 'before'
      ? Math.min(first.start - BEFORE_START, Math.max(split.from, split.join - SPLIT_REACH))
      : first.start - BEFORE_START
  const to = split.side === 'after' ? split.to : last.end
  let w = scanWindow(text, shared ? before : Math.max(last.start, last.end - REACH), to)
  proposeEnds(text, w, a, last.start, last.end)
  collect(text, w, 'end', shared ? tokenAt(w, first.start) : -1, size, end)
  if (!shared) w = scanWindow(text, before, Math.min(first.end, first.start + AFTER_START))
  proposeStarts(w, first.start)
  collect(text, w, 'start', w.to >= last.end ? tokenAt(w, last.end) : -1, size, start)
  return true
}

/** One alternative edge, as `contentChoices` gives it. */
export interface EdgeCandidate {
  offset: number
  trimmed: number
  kind: (typeof KINDS)[number]
  features: Int32Array
}

/** The candidates of one edge, as `contentChoices` gives them; the first is always the rules' own. */
export interface EdgeChoice {
  edge: 'start' | 'end'
  candidates: EdgeCandidate[]
}

/** A copy of `choices` as plain objects. */
export function copy(choices: EdgeChoices): EdgeChoice {
  const candidates: EdgeCandidate[] = []
  for (let i = 0; i < choices.count; i++) {
    candidates.push({
      offset: choices.offsets[i],
      trimmed: choices.trimmed[i],
      kind: KINDS[choices.kinds[i]],
      features:
        choices.count < 2 ? new Int32Array(0) : choices.features.values.slice(choices.from[i], choices.from[i + 1])
    })
  }
  return {edge: choices.edge, candidates}
}

const ends = new EdgeChoices()
const starts = new EdgeChoices()

/**
 * The alternative ends and starts of `a`'s content (`contentEdges`) as plain
 * objects, the end first: for training and for reading, where the copies are
 * worth their cost. A direct quotation is offered none.
 */
export function contentChoices(text: string, a: Attribution, cueStarts: Int32Array, size: number): EdgeChoice[] {
  return contentEdges(text, a, cueStarts, size, ends, starts) ? [copy(ends), copy(starts)] : []
}
