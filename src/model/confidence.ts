/**
 * The confidence model: a logistic regression over hashed attribution
 * features, calibrated (isotonic) on held-out folds of its training data, that says how
 * likely an attribution is to be right (its cue, source and content all
 * overlapping one gold relation). Weights are data; inference is plain
 * arithmetic, so it runs in any JavaScript runtime.
 */
import type {Attribution, ExtractResult, Source} from '../types.js'
import type {BoundaryModel} from './boundaries.js'
import type {CueModel} from './cue-decide.js'
import {attributionFeatures, FeatureIndexes} from './features.js'

/** A trained confidence model, as `npm run train` and `whosaid-train` write it. */
export interface ConfidenceModel {
  /** Always `'whosaid-confidence'`. */
  format: 'whosaid-confidence'
  /** The format's version; this release reads 1. */
  version: 1
  /** The size of the hashed feature space (a power of two). */
  size: number
  /** What one step of a stored weight is worth. */
  scale: number
  /** The weights: `size` little-endian 16-bit integers (times `scale`), in base64. */
  weights: string
  /**
   * Isotonic calibration of the raw score: at `scores[i]` the probability is
   * `probabilities[i]`, linear in between, flat beyond the ends.
   */
  calibration: {readonly scores: readonly number[]; readonly probabilities: readonly number[]}
  /** What it was trained on, for the record. */
  trainedOn: {readonly documents: number; readonly attributions: number; readonly right: number}
  /**
   * The boundary re-ranker trained with it, which moves content edges before
   * scoring; absent in models trained without one (the rules' boundaries stay).
   */
  boundaries?: BoundaryModel
  /**
   * Rules too rare in the training data for the model to judge (see
   * `trainConfidenceModel`): their attributions keep the rule's prior
   * confidence. Absent when every rule was common enough.
   */
  priorRules?: readonly string[]
  /**
   * The cue decider trained with it, which keeps or drops the rules' cues
   * (and judges the broad proposals of `cues: 'broad'`) before the rest of
   * the model runs; absent in models trained without one.
   */
  cues?: CueModel
}

/**
 * Categories the model does not score: PolNeAR does not annotate refusals
 * ("declined to comment"), so a model trained on it cannot judge them; they
 * keep their rule's prior confidence.
 */
export function isScored(attribution: Attribution): boolean {
  return attribution.category !== 'refusal'
}

/** Dense weights per model object, decoded on first use. */
const dense = new WeakMap<object, Float64Array>()

/** The dense weight vector of `model` (or of its boundary re-ranker), decoded once per model object. */
export function weightsOf(model: Pick<ConfidenceModel, 'size' | 'scale' | 'weights'>): Float64Array {
  let vector = dense.get(model)
  if (!vector) {
    const bytes = atob(model.weights)
    vector = new Float64Array(model.size)
    for (let i = 0; i < model.size; i++) {
      const unsigned = bytes.charCodeAt(2 * i) | (bytes.charCodeAt(2 * i + 1) << 8)
      vector[i] = (unsigned >= 0x8000 ? unsigned - 0x10000 : unsigned) * model.scale
    }
    dense.set(model, vector)
  }
  return vector
}

/** Encode weights as `size` 16-bit integers of `scale` each, in base64 (the inverse of `weightsOf`). */
export function encodeWeights(weights: Float64Array, scale: number): string {
  let bytes = ''
  for (const weight of weights) {
    const step = Math.max(-0x8000, Math.min(0x7fff, Math.round(weight / scale)))
    const unsigned = step < 0 ? step + 0x10000 : step
    bytes += String.fromCharCode(unsigned & 0xff, unsigned >> 8)
  }
  return btoa(bytes)
}

/** The calibrated probability of raw score `z`. */
export function calibrate(model: ConfidenceModel, z: number): number {
  const {scores, probabilities} = model.calibration
  const last = scores.length - 1
  if (z <= scores[0]) return probabilities[0]
  if (z >= scores[last]) return probabilities[last]
  let low = 0
  let high = last
  while (high - low > 1) {
    const middle = (low + high) >> 1
    if (scores[middle] <= z) low = middle
    else high = middle
  }
  const width = scores[high] - scores[low]
  if (width <= 0) return probabilities[high]
  return probabilities[low] + ((z - scores[low]) / width) * (probabilities[high] - probabilities[low])
}

/**
 * The hashed feature indexes of every attribution of `result`, in order,
 * for a feature space of `size`; unscored attributions (see `isScored`),
 * and those of the rules in `priorRules`, get `null`.
 */
export function resultFeatures(
  text: string,
  result: ExtractResult,
  size: number,
  priorRules: readonly string[] = []
): Array<number[] | null> {
  const byId = new Map<string, Source>()
  for (const source of result.sources) byId.set(source.id, source)
  const perSentence = new Map<number, number>()
  for (const a of result.attributions) perSentence.set(a.sentence.start, (perSentence.get(a.sentence.start) ?? 0) + 1)
  return result.attributions.map((a) => {
    if (!isScored(a) || priorRules.includes(a.rule)) return null
    const out = new FeatureIndexes(size)
    attributionFeatures(
      text,
      a,
      a.source ? byId.get(a.source.sourceId) : undefined,
      perSentence.get(a.sentence.start) ?? 1,
      out
    )
    return out.indexes
  })
}

/**
 * Score every attribution of `result` with `model`, writing the calibrated
 * probability (three decimals) to its `confidence`, in place. Refusals, and
 * the rules of `priorRules`, keep their prior (see `isScored`).
 *
 * @param text The text `result` was extracted from.
 * @param result A result of the rules.
 * @param model The trained model.
 */
export function scoreAttributions(text: string, result: ExtractResult, model: ConfidenceModel): void {
  const weights = weightsOf(model)
  const features = resultFeatures(text, result, model.size, model.priorRules)
  result.attributions.forEach((attribution, i) => {
    const indexes = features[i]
    if (indexes === null) return
    let z = 0
    for (const index of indexes) z += weights[index]
    attribution.confidence = Math.round(calibrate(model, z) * 1000) / 1000
  })
}

/**
 * Keep the attributions whose confidence is at least `minConfidence`. Sources
 * that no kept attribution mentions (as source or channel), and that are no
 * member of a kept group, are dropped too; the others keep their ids.
 */
export function keepConfident(result: ExtractResult, minConfidence: number): ExtractResult {
  const kept = result.attributions.filter((a) => a.confidence >= minConfidence)
  if (kept.length === result.attributions.length) return result
  const used = new Set<string>()
  for (const attribution of kept) {
    if (attribution.source) used.add(attribution.source.sourceId)
    if (attribution.via) used.add(attribution.via.sourceId)
  }
  // A kept group keeps its members ("Ada Moll and Rui Sato said": each is a source of its own).
  for (const source of result.sources)
    if (used.has(source.id)) for (const member of source.members ?? []) used.add(member)
  return {...result, attributions: kept, sources: result.sources.filter((s) => used.has(s.id))}
}
