/**
 * The boundary re-ranker: for each content the rules found, score the
 * alternative starts and ends (`boundary-candidates.ts`) with a linear model
 * over their hashed features and keep the best of each, the rules' own edge
 * when nothing beats it. Weights are data, stored as the confidence model's
 * are (16-bit integers in base64); the rules' choice stays the explanation
 * of every attribution (`rule`), the re-ranker only moves content edges.
 */
import {markIndex} from '../stages/marks.js'
import {modeOf} from '../stages/result.js'
import type {Attribution, ExtractResult, PiecewiseSpan, Source, Span} from '../types.js'
import {contentEdges, EdgeChoices} from './boundary-candidates.js'
import {cueIn} from './boundary-features.js'
import {sourceEdges} from './boundary-sources.js'
import {split, splitContent} from './boundary-split.js'
import {weightsOf} from './confidence.js'

/** A trained boundary re-ranker, carried as `boundaries` of a confidence model. */
export interface BoundaryModel {
  /** The size of the hashed feature space (a power of two). */
  size: number
  /** What one step of a stored weight is worth. */
  scale: number
  /** The weights: `size` little-endian 16-bit integers (times `scale`), in base64. */
  weights: string
  /** How much more than the rules' own edge an alternative must score to replace it. */
  margin: number
  /**
   * The re-ranker of source edges, trained with it (same form, its own
   * weights and margin); absent in models trained without one.
   */
  sources?: Omit<BoundaryModel, 'sources'>
}

/**
 * The sorted cue offsets of `result`'s attributions that name a source: a
 * content that runs into one of these runs into another claim (a cue
 * without a source, such as a passive "is reported", is more often part of
 * the claim itself).
 */
export function cueStartsOf(result: ExtractResult): Int32Array {
  const {attributions} = result
  let count = 0
  for (const a of attributions) if (a.source) count++
  const starts = new Int32Array(count)
  count = 0
  for (const a of attributions) if (a.source) starts[count++] = a.cue.start
  return starts.sort()
}

/**
 * The index of the best-scoring candidate of `choices`, or 0 (the rules'
 * own) unless the best beats it by more than `margin`.
 */
export function bestCandidate(choices: EdgeChoices, weights: Float64Array, margin: number): number {
  const {values} = choices.features
  let best = 0
  let bestScore = -Infinity
  let ruleScore = 0
  for (let i = 0; i < choices.count; i++) {
    let z = 0
    for (let f = choices.from[i]; f < choices.from[i + 1]; f++) z += weights[values[f]]
    if (i === 0) ruleScore = z
    if (z > bestScore) {
      bestScore = z
      best = i
    }
  }
  return bestScore - ruleScore > margin ? best : 0
}

/** A span of `text` from `start` to `end`. */
function span(text: string, start: number, end: number): Span {
  return {start, end, text: text.slice(start, end)}
}

/**
 * `content` with its first piece starting at `start` and its last piece
 * ending at `end` (inner pieces unchanged), or `null` when that leaves a
 * piece empty.
 */
export function moveEdges(text: string, content: PiecewiseSpan, start: number, end: number): PiecewiseSpan | null {
  if (!content.parts) return end > start ? span(text, start, end) : null
  const parts = content.parts.map((p, i) =>
    span(text, i === 0 ? start : p.start, i === content.parts!.length - 1 ? end : p.end)
  )
  if (parts.some((p) => p.end <= p.start)) return null
  return {...span(text, start, end), parts}
}

/**
 * Move each content edge of `result` to the re-ranker's choice, in place
 * (an edge across the cue gives the content a piece on the cue's other
 * side), and give a moved content its mode anew; then each source edge, when the
 * model has a source re-ranker (the mention in `sources` moves with it).
 * Spans keep exact offsets.
 *
 * @param text The text `result` was extracted from.
 * @param result A result of the rules.
 * @param model The trained re-ranker.
 */
export function rerankBoundaries(text: string, result: ExtractResult, model: BoundaryModel): void {
  const weights = weightsOf(model)
  const cueStarts = cueStartsOf(result)
  for (const attribution of result.attributions) {
    const content = attribution.content
    if (!content || !contentEdges(text, attribution, cueStarts, model.size, ends, starts)) continue
    const end = chosen(ends, weights, model.margin, content.end)
    const start = chosen(starts, weights, model.margin, content.start)
    if (start === content.start && end === content.end) continue
    const across = split.side === 'before' ? start < split.join : split.side === 'after' && end > split.join
    const moved = across ? splitContent(text, content, start, end) : moveEdges(text, content, start, end)
    if (!moved) continue
    attribution.content = moved
    attribution.mode = modeOf(moved, markIndex(text))
  }
  if (model.sources) rerankSources(text, result, model.sources, cueStarts)
}

/**
 * The offset the scorer picks among `choices`; an edge with no alternative
 * keeps the rules' offset (`rules`, candidate 0) without scoring.
 */
function chosen(choices: EdgeChoices, weights: Float64Array, margin: number, rules: number): number {
  return choices.count > 1 ? choices.offsets[bestCandidate(choices, weights, margin)] : rules
}

/**
 * Move each source edge of `result` to the source re-ranker's choice, in
 * place, unless the moved source would hold another claim's cue.
 */
function rerankSources(
  text: string,
  result: ExtractResult,
  model: Omit<BoundaryModel, 'sources'>,
  cueStarts: Int32Array
) {
  const weights = weightsOf(model)
  for (const attribution of result.attributions) {
    const source = attribution.source
    if (!source || !sourceEdges(text, attribution, cueStarts, model.size, ends, starts)) continue
    const end = chosen(ends, weights, model.margin, source.end)
    const start = chosen(starts, weights, model.margin, source.start)
    if ((start === source.start && end === source.end) || end <= start) continue
    // A source never takes in another claim's cue (`said he declined to comment said`).
    if (cueIn(cueStarts, attribution.cue.start, start, end)) continue
    moveMention(text, result, attribution, start, end)
  }
  keepSourceOrder(result)
}

/** Order sources by their first mention, longer first at one start (as coreference does). */
function byFirstMention(a: Source, b: Source): number {
  const x = a.mentions[0]
  const y = b.mentions[0]
  return x && y ? x.start - y.start || y.end - x.end : 0
}

/**
 * Keep `result.sources` in order of first mention, ids numbered in that
 * order, once moved mentions have broken it (a source widened back past the
 * first mention of the source before it): sources, members, and the
 * attributions' mentions take the new ids. Does nothing when the order holds.
 */
function keepSourceOrder(result: ExtractResult): void {
  const sources = result.sources
  let ordered = true
  for (let i = 1; i < sources.length && ordered; i++) ordered = byFirstMention(sources[i - 1], sources[i]) <= 0
  if (ordered) return
  sources.sort(byFirstMention)
  const ids = new Map(sources.map((source, i) => [source.id, `s${i + 1}`]))
  const renamed = <T extends {sourceId: string}>(mention: T | null): T | null =>
    mention && {...mention, sourceId: ids.get(mention.sourceId) ?? mention.sourceId}
  for (const source of sources) {
    source.id = ids.get(source.id)!
    if (source.members) source.members = source.members.map((id) => ids.get(id) ?? id)
  }
  for (const attribution of result.attributions) {
    attribution.source = renamed(attribution.source)
    attribution.via = renamed(attribution.via)
  }
}

/**
 * Give `attribution`'s source the edges `start` and `end`, and its mention
 * among `result.sources` too (a copy beside it while another attribution
 * still names the old span, the mentions kept in document order).
 */
function moveMention(text: string, result: ExtractResult, attribution: Attribution, start: number, end: number): void {
  const old = attribution.source!
  attribution.source = {...old, ...span(text, start, end)}
  const entry = result.sources.find((s) => s.id === old.sourceId)
  if (!entry) return
  const same = (m: Span | PiecewiseSpan | null) => m !== null && m.start === old.start && m.end === old.end
  const index = entry.mentions.findIndex(same)
  const shared = result.attributions.some((a) => same(a.source) || same(a.via))
  if (index !== -1 && !shared) entry.mentions.splice(index, 1)
  if (!entry.mentions.some((m) => m.start === start && m.end === end)) entry.mentions.push(span(text, start, end))
  entry.mentions.sort((x, y) => x.start - y.start || x.end - y.end)
}

/** The candidates of the edges being re-ranked (reused). */
const ends = new EdgeChoices()
const starts = new EdgeChoices()
