/**
 * Training the cue decider: every attribution of a judged rule, as the rules
 * (with the broad proposals) find it on the gold texts, is an example, right
 * when its cue overlaps a gold cue; a logistic regression is fitted on their
 * hashed features in document order. Deterministic.
 */
import type {GoldDocument} from '../evaluate/types.js'
import {RULES, type RuleId} from '../rules/registry.js'
import type {Attribution, ExtractResult} from '../types.js'
import {encodeWeights, isScored} from './confidence.js'
import {BROAD_RULES, type CueModel} from './cue-decide.js'
import {attributionCandidate, cueFeatures} from './cue-features.js'
import {FeatureIndexes} from './features.js'
import {fitLogistic, type LabelledIndexes} from './logistic.js'

/** Settings of the cue decider's training. */
export interface CueTrainOptions {
  /** Size of the hashed feature space, a power of two. Default 2^16. */
  size?: number
  /** Passes over the data. Default 10. */
  epochs?: number
  /** L2 penalty per update. Default 3e-3. */
  l2?: number
  /** Return the weights averaged over every update (see `fitLogistic`). Default true. */
  average?: boolean
  /** The least score a broad proposal needs (tuned on PolNeAR dev). Default 0.45. */
  threshold?: number
  /** The least score a broad noun proposal needs (tuned on PolNeAR dev). Default 0.9. */
  nounThreshold?: number
  /** The least score any other judged attribution needs (tuned on PolNeAR dev). Default 0.38. */
  ruleThreshold?: number
}

/** What one step of a stored weight is worth. */
const SCALE = 0.001

/**
 * The rules the decider judges: the verb and judgement families, where the
 * listed words and the broad proposals meet the most false cues, and the
 * broad noun rule (the other nominal, reported, layout and refusal rules
 * keep every attribution).
 */
export const JUDGED_RULES: readonly RuleId[] = RULES.filter(
  (rule) => rule.family === 'verb' || rule.family === 'judgement' || BROAD_RULES.has(rule.id)
).map((rule) => rule.id)

/** Whether the cue of `attribution` overlaps a gold cue of `gold`. */
function cueIsRight(gold: GoldDocument, attribution: Attribution): boolean {
  const pieces = attribution.cue.parts ?? [attribution.cue]
  return gold.attributions.some((relation) =>
    relation.cue.some(([start, end]) => pieces.some((piece) => piece.start < end && start < piece.end))
  )
}

/** One judged attribution of the training documents: its features, label and document's number. */
export interface CueExample extends LabelledIndexes {
  document: number
}

/**
 * The decider's examples: every judged attribution of `results[i]` (found in
 * `documents[i]` with `cues: 'broad'` and no decider), in document order.
 *
 * @param documents Gold documents.
 * @param results The rules' results, without a model.
 * @param size The size of the hashed feature space.
 */
export function cueExamples(
  documents: readonly GoldDocument[],
  results: readonly ExtractResult[],
  size: number
): CueExample[] {
  const judged = new Set<string>(JUDGED_RULES)
  const data: CueExample[] = []
  documents.forEach((gold, document) => {
    for (const attribution of results[document].attributions) {
      if (!judged.has(attribution.rule) || !isScored(attribution)) continue
      const out = new FeatureIndexes(size)
      cueFeatures(gold.text, attributionCandidate(attribution), out)
      const indexes = Int32Array.from(out.indexes)
      data.push({indexes, right: cueIsRight(gold, attribution), document})
    }
  })
  return data
}

/**
 * Fit a cue decider on examples from `cueExamples`.
 *
 * @param data The examples; their order matters.
 * @param options Feature-space size (that of the examples), passes, penalty, thresholds.
 */
export function fitCueModel(data: readonly CueExample[], options: CueTrainOptions = {}): CueModel {
  const size = options.size ?? 1 << 16
  const weights = fitLogistic(data, size, options.epochs ?? 10, options.l2 ?? 3e-3, {
    average: options.average ?? true
  })
  return {
    size,
    scale: SCALE,
    weights: encodeWeights(weights, SCALE),
    threshold: options.threshold ?? 0.45,
    nounThreshold: options.nounThreshold ?? 0.9,
    ruleThreshold: options.ruleThreshold ?? 0.38,
    rules: JUDGED_RULES
  }
}

/**
 * Train a cue decider on gold documents and the rules' results on them
 * (`results[i]` for `documents[i]`, found with `cues: 'broad'` and no decider).
 *
 * @param documents Gold documents; their order matters.
 * @param results The rules' results, without a model.
 * @param options Feature-space size, passes, penalty, thresholds.
 * @returns The decider, ready for the stages (see `decideCues`) and for JSON.
 */
export function trainCueModel(
  documents: readonly GoldDocument[],
  results: readonly ExtractResult[],
  options: CueTrainOptions = {}
): CueModel {
  return trainCueDeciders(documents, results, options).model
}

/** The shipped decider and the deciders that each did not see one fold of the documents. */
export interface CueDeciders {
  /** Fitted on every document: the one the model carries. */
  model: CueModel
  /** `folds[f]` fitted without the documents `i` with `i % folds.length === f`; empty when not cross-fitted. */
  folds: CueModel[]
}

/**
 * Train the cue decider on every document and, when `folds` is 2 or more,
 * one decider per fold of documents (document `i` in fold `i % folds`)
 * fitted on the other folds, so that later models can learn from the cues a
 * decider keeps on articles it never saw (see `trainConfidenceModel`).
 *
 * @param documents Gold documents; their order matters.
 * @param results The rules' results, without a model.
 * @param options Feature-space size, passes, penalty, thresholds.
 * @param folds How many folds to cross-fit (below 2: none).
 */
export function trainCueDeciders(
  documents: readonly GoldDocument[],
  results: readonly ExtractResult[],
  options: CueTrainOptions = {},
  folds = 0
): CueDeciders {
  const size = options.size ?? 1 << 16
  if (!Number.isInteger(Math.log2(size)))
    throw new TypeError("whosaid-train: the cue decider's `size` must be a power of two")
  const data = cueExamples(documents, results, size)
  const model = fitCueModel(data, {...options, size})
  const held: CueModel[] = []
  for (let fold = 0; folds >= 2 && fold < folds; fold++)
    held.push(
      fitCueModel(
        data.filter((e) => e.document % folds !== fold),
        {...options, size}
      )
    )
  return {model, folds: held}
}
