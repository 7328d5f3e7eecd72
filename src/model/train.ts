/**
 * Training the confidence model from gold attributions: run the rules on
 * each gold text, label each attribution right when it links to a gold
 * relation (cue, content and source overlapping one relation), fit a
 * logistic regression on hashed features, and calibrate it on folds the
 * regression did not see. Deterministic: the same documents give the same
 * model, number for number.
 */
import {predictionOutcomes} from '../evaluate/outcomes.js'
import type {GoldDocument} from '../evaluate/types.js'
import {findAttributions} from '../extract.js'
import {validateOptions} from '../options.js'
import type {ExtractResult, Options} from '../types.js'
import {rerankBoundaries} from './boundaries.js'
import {trainBoundaryModel, type BoundaryTrainOptions} from './boundary-train.js'
import type {ConfidenceModel} from './confidence.js'
import {encodeWeights, resultFeatures} from './confidence.js'
import {trainCueDeciders, type CueTrainOptions} from './cue-train.js'
import {fitLogistic} from './logistic.js'

/** Settings of `trainConfidenceModel`. */
export interface TrainOptions {
  /** Extraction options the rules run with (never a model). Default none. */
  extract?: Omit<Options, 'model' | 'minConfidence'>
  /** Size of the hashed feature space, a power of two. Default 2^14. */
  size?: number
  /** Passes over the data. Default 12. */
  epochs?: number
  /** L2 penalty per update. Default 1e-3. */
  l2?: number
  /** Folds used to calibrate. Default 5. */
  folds?: number
  /**
   * The boundary re-ranker's settings, or `false` to train none (the model
   * then keeps the rules' content boundaries). Default `{}`.
   */
  boundaries?: BoundaryTrainOptions | false
  /**
   * The cue decider's settings, or `false` to train none (the model then
   * keeps every rule's cue, and proposes no broad ones). Default `{}`.
   */
  cues?: CueTrainOptions | false
  /**
   * Folds for the cue decider's choices on the training documents: each
   * document's cues, which the re-rankers and the confidence model learn
   * from, are those kept by a decider fitted on the other folds (the model
   * still carries the decider fitted on all). Below 2: the shipped decider
   * judges them all. Default 10 (on PolNeAR dev, 9 of 10 calibration bands
   * within 0.1 against 8 without, and content and source exact F1 up 0.1 to 0.2).
   */
  cueFolds?: number
}

/** What one step of a stored weight is worth: weights keep three decimals. */
const SCALE = 0.001

/** One labelled attribution: its hashed features and whether it is right. */
interface Example {
  indexes: Int32Array
  right: boolean
  document: number
}

/**
 * The smallest share of the training attributions a rule must have for the
 * model to judge it (one in 500): a rarer rule's few attributions teach it
 * the documents they come from (on PolNeAR train the dash signatures were 8,
 * all wrong; on dev 23, all right), so its attributions keep their prior.
 */
const FEWEST = 1 / 500

/** The rules with less than `FEWEST` of the attributions of `results`, sorted. */
function rareRules(results: readonly ExtractResult[]): string[] {
  const counts = new Map<string, number>()
  let total = 0
  for (const result of results) {
    for (const a of result.attributions) counts.set(a.rule, (counts.get(a.rule) ?? 0) + 1)
    total += result.attributions.length
  }
  return [...counts]
    .filter(([, count]) => count < FEWEST * total)
    .map(([rule]) => rule)
    .sort()
}

/** Label each attribution of each document (`results[i]` for `documents[i]`), in order. */
function examples(
  documents: readonly GoldDocument[],
  results: readonly ExtractResult[],
  size: number,
  priorRules: readonly string[]
): Example[] {
  const out: Example[] = []
  documents.forEach((gold, document) => {
    const result = results[document]
    const outcomes = predictionOutcomes(gold, result.attributions)
    resultFeatures(gold.text, result, size, priorRules).forEach((features, i) => {
      if (features !== null) out.push({indexes: Int32Array.from(features), right: outcomes[i].right, document})
    })
  })
  return out
}

/**
 * Isotonic calibration (pool adjacent violators): the non-decreasing step
 * function of the score that best fits the labels, as the mean score and
 * share right of each pooled block, ties broken by input order.
 */
function isotonic(scores: readonly number[], labels: readonly boolean[]): ConfidenceModel['calibration'] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b] || a - b)
  const blocks: Array<{score: number; right: number; count: number}> = []
  for (const i of order) {
    blocks.push({score: scores[i], right: labels[i] ? 1 : 0, count: 1})
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]
      const before = blocks[blocks.length - 2]
      if (before.right / before.count < last.right / last.count) break
      blocks.pop()
      before.score = (before.score * before.count + last.score * last.count) / (before.count + last.count)
      before.right += last.right
      before.count += last.count
    }
  }
  return {
    scores: blocks.map((b) => round(b.score, 4)),
    probabilities: blocks.map((b) => round(b.right / b.count, 4))
  }
}

/** Round to `digits` decimals, as a plain number (so the model file is stable). */
function round(value: number, digits: number): number {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

/**
 * Train a confidence model on gold documents.
 *
 * @param documents Gold documents (see `parseGoldJsonl`); their order matters.
 * @param options Feature-space size, passes, penalty, folds, extraction options.
 * @returns The model, ready for `extractAttributions(text, {model})` and for JSON.
 * @throws {TypeError} When there is nothing to learn from: no attribution found, or all alike.
 */
export function trainConfidenceModel(documents: readonly GoldDocument[], options: TrainOptions = {}): ConfidenceModel {
  const size = options.size ?? 1 << 14
  if (!Number.isInteger(Math.log2(size))) throw new TypeError('whosaid-train: `size` must be a power of two')
  const epochs = options.epochs ?? 12
  const l2 = options.l2 ?? 1e-3
  const folds = options.folds ?? 5
  const extract: Options = {...options.extract, model: null, cues: options.cues === false ? 'rules' : 'broad'}
  validateOptions(extract)
  let results = documents.map((gold) => findAttributions(gold.text, extract, undefined))
  // The decider learns from every proposal; the re-ranker and the confidence model from the cues it keeps.
  const deciders =
    options.cues === false ? undefined : trainCueDeciders(documents, results, options.cues, options.cueFolds ?? 10)
  const cues = deciders?.model
  if (deciders) {
    const {model, folds: held} = deciders
    results = documents.map((gold, i) =>
      findAttributions(gold.text, extract, held.length > 0 ? held[i % held.length] : model)
    )
  }
  // The re-ranker learns from the rules' boundaries; the confidence model from the re-ranked ones.
  const boundaries =
    options.boundaries === false ? undefined : trainBoundaryModel(documents, results, options.boundaries)
  if (boundaries) results.forEach((result, i) => rerankBoundaries(documents[i].text, result, boundaries))
  const priorRules = rareRules(results)
  const data = examples(documents, results, size, priorRules)
  const right = data.filter((e) => e.right).length
  if (right === 0 || right === data.length) {
    throw new TypeError(
      `whosaid-train: need both right and wrong attributions to learn from (got ${right} of ${data.length} right)`
    )
  }
  // Scores for calibration come from models that did not see the document.
  const held: number[] = new Array(data.length)
  for (let fold = 0; fold < folds; fold++) {
    const weights = fitLogistic(
      data.filter((e) => e.document % folds !== fold),
      size,
      epochs,
      l2
    )
    data.forEach((e, i) => {
      if (e.document % folds !== fold) return
      let z = 0
      for (const index of e.indexes) z += weights[index]
      held[i] = z
    })
  }
  const calibration = isotonic(
    held,
    data.map((e) => e.right)
  )
  const weights = fitLogistic(data, size, epochs, l2)
  return {
    format: 'whosaid-confidence',
    version: 1,
    size,
    scale: SCALE,
    weights: encodeWeights(weights, SCALE),
    calibration,
    trainedOn: {documents: documents.length, attributions: data.length, right},
    ...(priorRules.length > 0 ? {priorRules} : {}),
    ...(boundaries ? {boundaries} : {}),
    ...(cues ? {cues} : {})
  }
}
