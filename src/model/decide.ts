/**
 * The decide step: score the rules' attributions with the confidence model
 * shipped in `weights/` (or the caller's), and filter by `minConfidence`.
 */
import type {ExtractResult, Options} from '../types.js'
import {rerankBoundaries} from './boundaries.js'
import type {CueModel} from './cue-decide.js'
import {keepConfident, scoreAttributions, type ConfidenceModel} from './confidence.js'
import shipped from './weights/confidence.json'

/** The model trained by `npm run train` on PolNeAR train, loaded once with the module. */
export const DEFAULT_MODEL = shipped as unknown as ConfidenceModel

/**
 * Apply the options' model (the shipped one by default) to `result`: its
 * boundary re-ranker moves content edges (unless `boundaries: 'rules'`),
 * then its confidence model scores. With `model: null` each attribution
 * keeps its rule's boundaries and prior confidence, and `minConfidence`
 * filters on that.
 */
export function decide(text: string, result: ExtractResult, options: Options | undefined): ExtractResult {
  const model = options?.model === undefined ? DEFAULT_MODEL : options.model
  if (model?.boundaries && options?.boundaries !== 'rules') rerankBoundaries(text, result, model.boundaries)
  if (model) scoreAttributions(text, result, model)
  const minConfidence = options?.minConfidence ?? 0
  return minConfidence > 0 ? keepConfident(result, minConfidence) : result
}

/**
 * The cue decider of the options' model (the shipped one by default), which
 * the stages apply as they find attributions (see `decideCues`); undefined
 * with `model: null` or a model trained without one.
 */
export function cueModelOf(options: Options | undefined): CueModel | undefined {
  return (options?.model === undefined ? DEFAULT_MODEL : options.model)?.cues
}
