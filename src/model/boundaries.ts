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
import type {ExtractResult, PiecewiseSpan, Span} from '../types.js'
import {contentChoices, type EdgeChoice} from './boundary-candidates.js'
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
}

/** The sorted cue offsets of `result`. */
export function cueStartsOf(result: ExtractResult): Int32Array {
  const starts = Int32Array.from(result.attributions, (a) => a.cue.start)
  return starts.sort()
}

/**
 * The index of the best-scoring candidate of `choice`, or 0 (the rules' own)
 * unless the best beats it by more than `margin`.
 */
export function bestCandidate(choice: EdgeChoice, weights: Float64Array, margin: number): number {
  let best = 0
  let bestScore = -Infinity
  let ruleScore = 0
  const {candidates} = choice
  for (let i = 0; i < candidates.length; i++) {
    const features = candidates[i].features
    let z = 0
    for (let f = 0; f < features.length; f++) z += weights[features[f]]
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
  const parts = content.parts.map((p, i) => span(text, i === 0 ? start : p.start, i === content.parts!.length - 1 ? end : p.end))
  if (parts.some((p) => p.end <= p.start)) return null
  return {...span(text, start, end), parts}
}

/**
 * Move each content edge of `result` to the re-ranker's choice, in place,
 * and give a moved content its mode anew. Spans keep exact offsets.
 *
 * @param text The text `result` was extracted from.
 * @param result A result of the rules.
 * @param model The trained re-ranker.
 */
export function rerankBoundaries(text: string, result: ExtractResult, model: BoundaryModel): void {
  const weights = weightsOf(model)
  const cueStarts = cueStartsOf(result)
  const marks = markIndex(text)
  for (const attribution of result.attributions) {
    const content = attribution.content
    if (!content) continue
    let start = content.start
    let end = content.end
    for (const choice of contentChoices(text, attribution, cueStarts, model.size)) {
      const offset = choice.candidates[bestCandidate(choice, weights, model.margin)].offset
      if (choice.edge === 'start') start = offset
      else end = offset
    }
    if (start === content.start && end === content.end) continue
    const moved = moveEdges(text, content, start, end)
    if (!moved) continue
    attribution.content = moved
    attribution.mode = modeOf(moved, marks)
  }
}
