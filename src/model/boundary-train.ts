/**
 * Training the boundary re-ranker: for each attribution of the rules that
 * links to a gold relation, the alternative content edges are labelled by
 * whether they trim to the gold edge, and a linear scorer is fitted with
 * softmax (multiclass logistic) SGD over each edge's candidates, in data
 * order. Deterministic: the same documents give the same weights.
 */
import {matchLinked} from '../evaluate/linked.js'
import {goldExtents, predictedExtents} from '../evaluate/spans.js'
import {trimBoundaries} from '../evaluate/trim.js'
import type {GoldDocument} from '../evaluate/types.js'
import type {ExtractResult} from '../types.js'
import {contentChoices, type EdgeChoice} from './boundary-candidates.js'
import {sourceChoices} from './boundary-sources.js'
import {cueStartsOf, type BoundaryModel} from './boundaries.js'
import {encodeWeights} from './confidence.js'
import {AveragedWeights} from './logistic.js'

/** One edge to learn from: its candidates' features and which one is right. */
export interface BoundaryExample {
  candidates: Int32Array[]
  right: number
}

/** Settings of `trainBoundaryModel`. */
export interface BoundaryTrainOptions {
  /** Size of the hashed feature space, a power of two. Default 2^16. */
  size?: number
  /** Passes over the data. Default 6. */
  epochs?: number
  /** L2 penalty per update. Default 1e-4. */
  l2?: number
  /**
   * How much more than the rules' edge an alternative must score to win.
   * Default 0.45 (tuned on PolNeAR dev among 0 to 2: lower moves away more
   * right edges than it fixes wrong ones, higher fixes fewer; 0.4 to 0.6
   * differ by one or two contents: content exact F1 58.5, 58.5, 58.4, 58.4,
   * 58.3 at 0.4, 0.45, 0.5, 0.55, 0.6).
   */
  margin?: number
  /**
   * The source re-ranker's margin, or `false` to train no source re-ranker.
   * Default 0.35 (on PolNeAR dev among 0 to 1, 0 fixed the most source edges,
   * but moved GGT dev's sources, whose annotation leaves appositives out,
   * below its guard; 0.35 gives dev source exact F1 74.0, 0.5 73.9 and 0.25
   * 74.1, the last with GGT dev source exact 0.2 lower).
   */
  sourceMargin?: number | false
}

/** The choices of each role's edges. */
const CHOICES = {content: contentChoices, source: sourceChoices}

/** What one step of a stored weight is worth. */
const SCALE = 0.001

/**
 * The edges of `result`'s contents (or sources, by `role`; found in
 * `gold.text`) that link to a gold relation and have a right candidate
 * among two or more.
 */
export function boundaryExamples(
  gold: GoldDocument,
  result: ExtractResult,
  size: number,
  role: 'content' | 'source' = 'content'
): BoundaryExample[] {
  const partner = matchLinked(gold.attributions.map(goldExtents), result.attributions.map(predictedExtents))
  const cueStarts = cueStartsOf(result)
  const out: BoundaryExample[] = []
  partner.forEach((p, g) => {
    if (p === -1) return
    const extent = goldExtents(gold.attributions[g])[role]
    if (!extent) return
    const [start, end] = trimBoundaries(gold.text, extent.start, extent.end)
    const choices: EdgeChoice[] = CHOICES[role](gold.text, result.attributions[p], cueStarts, size)
    for (const choice of choices) {
      if (choice.candidates.length < 2) continue
      const want = choice.edge === 'start' ? start : end
      const right = choice.candidates.findIndex((c) => c.trimmed === want)
      if (right !== -1)
        out.push({
          candidates: choice.candidates.map((c) => c.features),
          right
        })
    }
  })
  return out
}

/**
 * Fit the scorer on `data` by softmax SGD in data order, and return the
 * average of the weights over every step: averaging damps what the last
 * examples taught, and on PolNeAR dev kept more of train's gain than a
 * stronger penalty or dropping rare features did.
 */
export function fitBoundaries(
  data: readonly BoundaryExample[],
  size: number,
  epochs: number,
  l2: number
): Float64Array {
  const fit = new AveragedWeights(size, true)
  const weights = fit.weights
  const scores: number[] = []
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = 0.1 / Math.sqrt(epoch + 1)
    for (const example of data) {
      fit.next()
      let max = -Infinity
      example.candidates.forEach((features, i) => {
        let z = 0
        for (const index of features) z += weights[index]
        scores[i] = z
        if (z > max) max = z
      })
      let sum = 0
      for (let i = 0; i < example.candidates.length; i++) sum += scores[i] = Math.exp(scores[i] - max)
      example.candidates.forEach((features, i) => {
        const gradient = (i === example.right ? 1 : 0) - scores[i] / sum
        for (const index of features) fit.add(index, rate * (gradient - l2 * weights[index]))
      })
    }
  }
  return fit.result()
}

/**
 * Train a boundary re-ranker on gold documents and the rules' results for
 * them (`results[i]` for `documents[i]`, extracted with `model: null`).
 *
 * @returns The re-ranker, to carry as `boundaries` of a confidence model.
 */
export function trainBoundaryModel(
  documents: readonly GoldDocument[],
  results: readonly ExtractResult[],
  options: BoundaryTrainOptions = {}
): BoundaryModel {
  const size = options.size ?? 1 << 16
  if (!Number.isInteger(Math.log2(size))) throw new TypeError('whosaid-train: `size` must be a power of two')
  const epochs = options.epochs ?? 6
  const l2 = options.l2 ?? 1e-4
  const fit = (role: 'content' | 'source', margin: number) => {
    const data = documents.flatMap((gold, i) => boundaryExamples(gold, results[i], size, role))
    return {size, scale: SCALE, weights: encodeWeights(fitBoundaries(data, size, epochs, l2), SCALE), margin}
  }
  const sourceMargin = options.sourceMargin ?? 0.35
  return {
    ...fit('content', options.margin ?? 0.45),
    ...(sourceMargin === false ? {} : {sources: fit('source', sourceMargin)})
  }
}
