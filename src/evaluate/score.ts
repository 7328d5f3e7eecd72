/**
 * Scoring predictions against gold documents.
 */
import {breakdownByCue, breakdownByType, groupExamples, type Instance} from './breakdown.js'
import {scoreDocument, type Counts, type RelationOutcome} from './document.js'
import {
  calibrationBands,
  outcomesByRule,
  predictionOutcomes,
  type PredictionOutcome,
  type RatedPrediction
} from './outcomes.js'
import {makeScore} from './ratio.js'
import {ROLES} from './spans.js'
import type {
  EvaluateOptions,
  EvaluationReport,
  GoldDocument,
  Matching,
  PredictedDocument,
  Role,
  RoleScore,
  Score,
  Throughput
} from './types.js'
import {assertGoldDocument} from './validate.js'

/** Return a non-negative integer option, or its default. */
function count(options: EvaluateOptions | undefined, name: keyof EvaluateOptions, fallback: number): number {
  const value = options?.[name]
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new TypeError(`evaluate: expected \`options.${name}\` to be a non-negative integer, got ${String(value)}`)
  }
  return value
}

/** Turn summed counts into a score. */
function toScore(c: Counts): Score {
  return makeScore(c.tp, c.predicted - c.tp, c.gold - c.tp)
}

/**
 * Score ready-made predictions against gold documents. `predicted[i]` holds
 * the predictions for `gold[i]`; any object with `attributions` whose items
 * have `cue`, `content` and `source` spans (or `null`) will do, so any system
 * can be scored once its output is mapped to offsets.
 *
 * Per role, identical spans within a document count once on each side; gold
 * and predicted spans are paired one to one, largest overlap first, under
 * `exact` (same boundaries once edge whitespace, quotation marks and
 * punctuation are trimmed) and `overlap` (one shared code unit) matching.
 * A gold role in pieces counts from its first to its last piece. A 0/0
 * precision or recall is reported as 0. `throughput` is `null`.
 */
export function scorePredictions(
  gold: ReadonlyArray<GoldDocument>,
  predicted: ReadonlyArray<PredictedDocument>,
  options?: EvaluateOptions
): EvaluationReport {
  if (!Array.isArray(gold)) {
    throw new TypeError(`scorePredictions: expected \`gold\` to be an array of documents, got ${typeof gold}`)
  }
  if (!Array.isArray(predicted)) {
    throw new TypeError(`scorePredictions: expected \`predicted\` to be an array of results, got ${typeof predicted}`)
  }
  if (predicted.length !== gold.length) {
    throw new TypeError(
      `scorePredictions: expected one prediction per gold document (${gold.length}), got ${predicted.length}`
    )
  }
  const topCues = count(options, 'topCues', 30)
  const groups = count(options, 'groups', 20)
  const examples = count(options, 'examplesPerGroup', 3)
  const context = count(options, 'context', 160)

  const sums = {} as Record<Role, Record<Matching, Counts>>
  for (const role of ROLES) {
    sums[role] = {exact: {tp: 0, gold: 0, predicted: 0}, overlap: {tp: 0, gold: 0, predicted: 0}}
  }
  const linked: Counts = {tp: 0, gold: 0, predicted: 0}
  const relations: RelationOutcome[] = []
  const misses: Instance[] = []
  const falseAlarms: Instance[] = []
  const rated: PredictionOutcome[] = []
  let allRated = true

  gold.forEach((document, index) => {
    assertGoldDocument(document, index)
    const prediction = predicted[index]
    if (!prediction || !Array.isArray(prediction.attributions)) {
      throw new TypeError(`scorePredictions: expected \`predicted[${index}].attributions\` to be an array`)
    }
    const outcome = scoreDocument(document, prediction)
    if (allRated && prediction.attributions.every(isRated))
      rated.push(...predictionOutcomes(document, prediction.attributions))
    else allRated = false
    for (const role of ROLES) {
      for (const matching of ['exact', 'overlap'] as const) {
        const from = outcome.roles[role][matching]
        const to = sums[role][matching]
        to.tp += from.tp
        to.gold += from.gold
        to.predicted += from.predicted
      }
    }
    linked.tp += outcome.linked.tp
    linked.gold += outcome.linked.gold
    linked.predicted += outcome.linked.predicted
    for (const relation of outcome.relations) {
      relations.push(relation)
      if (!relation.linked) misses.push({document, cue: relation.cue, cuePieces: relation.cuePieces})
    }
    for (const alarm of outcome.falseAlarms) {
      falseAlarms.push({document, cue: alarm.cue, cuePieces: alarm.cuePieces})
    }
  })

  const roles = {} as Record<Role, RoleScore>
  for (const role of ROLES) {
    roles[role] = {exact: toScore(sums[role].exact), overlap: toScore(sums[role].overlap)}
  }
  return {
    documents: gold.length,
    goldRelations: linked.gold,
    predictedRelations: linked.predicted,
    roles,
    linked: toScore(linked),
    byType: breakdownByType(relations),
    byCue: breakdownByCue(relations, topCues),
    misses: groupExamples(misses, groups, examples, context),
    falseAlarms: groupExamples(falseAlarms, groups, examples, context),
    byRule: allRated ? outcomesByRule(rated, linked.gold) : [],
    calibration: allRated ? calibrationBands(rated) : [],
    throughput: null
  }
}

/** Whether a prediction says which rule proposed it and how sure it is (whosaid's do). */
function isRated(prediction: PredictedDocument['attributions'][number]): prediction is RatedPrediction {
  const p = prediction as Partial<RatedPrediction>
  return typeof p.rule === 'string' && typeof p.confidence === 'number'
}

/** Return the UTF-8 size of `text` in bytes. */
function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/**
 * Run `predict` (for instance `(text) => extractAttributions(text)`) on every
 * gold document, time it, and score its output as `scorePredictions` does.
 * The report's `throughput` gives megabytes of text and documents per second
 * spent inside `predict`. An error thrown by `predict` is rethrown with the
 * document's index and id, the original as its `cause`.
 */
export function scoreDocuments(
  gold: ReadonlyArray<GoldDocument>,
  predict: (text: string) => PredictedDocument,
  options?: EvaluateOptions
): EvaluationReport {
  if (!Array.isArray(gold)) {
    throw new TypeError(`scoreDocuments: expected \`gold\` to be an array of documents, got ${typeof gold}`)
  }
  if (typeof predict !== 'function') {
    throw new TypeError(`scoreDocuments: expected \`predict\` to be a function, got ${typeof predict}`)
  }
  const predictions: PredictedDocument[] = []
  let seconds = 0
  let bytes = 0
  gold.forEach((document, index) => {
    assertGoldDocument(document, index)
    const before = performance.now()
    try {
      predictions.push(predict(document.text))
    } catch (error) {
      throw new Error(`scoreDocuments: \`predict\` failed on document ${index} (${document.id}): ${String(error)}`, {
        cause: error
      })
    }
    seconds += (performance.now() - before) / 1000
    bytes += utf8Length(document.text)
  })
  const report = scorePredictions(gold, predictions, options)
  const megabytes = bytes / 1e6
  const throughput: Throughput = {
    documents: gold.length,
    megabytes,
    seconds,
    megabytesPerSecond: seconds > 0 ? megabytes / seconds : 0,
    documentsPerSecond: seconds > 0 ? gold.length / seconds : 0
  }
  return {...report, throughput}
}
