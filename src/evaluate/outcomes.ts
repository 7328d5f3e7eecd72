/**
 * What became of each prediction, and the figures built on that: the
 * calibration of `confidence` in bands, and precision and recall per rule.
 */
import {isRuleId, ruleById, RULES, type RuleFamily} from '../rules/registry.js'
import {matchLinked} from './linked.js'
import {overlapSize} from './match.js'
import {goldExtents, predictedExtents} from './spans.js'
import type {GoldDocument, PredictedAttribution} from './types.js'

/** A prediction that carries the rule that proposed it and its confidence. */
export interface RatedPrediction extends PredictedAttribution {
  rule: string
  confidence: number
}

/** What became of one prediction. */
export interface PredictionOutcome {
  rule: string
  confidence: number
  /** Linked one to one to a gold relation: cue, source and content overlap it. */
  right: boolean
  /** Its cue overlaps some gold cue. */
  cueFound: boolean
}

/**
 * Judge each prediction of one document against its gold relations, in
 * prediction order, with the evaluation's one-to-one linking.
 */
export function predictionOutcomes(gold: GoldDocument, predicted: ReadonlyArray<RatedPrediction>): PredictionOutcome[] {
  const partner = matchLinked(gold.attributions.map(goldExtents), predicted.map(predictedExtents))
  const linked = new Set(partner.filter((p) => p !== -1))
  const goldCues = gold.attributions.flatMap((relation) => relation.cue)
  return predicted.map((p, i) => ({
    rule: p.rule,
    confidence: p.confidence,
    right: linked.has(i),
    cueFound: goldCues.some(([start, end]) => overlapSize(start, end, p.cue.start, p.cue.end) > 0)
  }))
}

/** One band of confidence and how its predictions fared. */
export interface CalibrationBand {
  /** Lower bound (inclusive). */
  from: number
  /** Upper bound (exclusive, but 1 is in the last band). */
  to: number
  count: number
  right: number
  /** `right / count`, 0 for an empty band. */
  share: number
  /** The mean confidence in the band, 0 for an empty band. */
  mean: number
}

/** Group outcomes into ten bands of confidence (0–0.1, …, 0.9–1). */
export function calibrationBands(outcomes: ReadonlyArray<PredictionOutcome>): CalibrationBand[] {
  const bands: CalibrationBand[] = Array.from({length: 10}, (_, i) => ({
    from: i / 10,
    to: (i + 1) / 10,
    count: 0,
    right: 0,
    share: 0,
    mean: 0
  }))
  for (const outcome of outcomes) {
    const band = bands[Math.min(9, Math.floor(outcome.confidence * 10))]
    band.count++
    band.mean += outcome.confidence
    if (outcome.right) band.right++
  }
  for (const band of bands) {
    if (band.count === 0) continue
    band.share = band.right / band.count
    band.mean /= band.count
  }
  return bands
}

/** How one rule's predictions fared. */
export interface RuleOutcome {
  rule: string
  /** The rule's family in the registry, or `null` for a rule the registry does not hold. */
  family: RuleFamily | null
  predicted: number
  right: number
  /** Right predictions over predictions. */
  precision: number
  /** Right predictions over all gold relations: this rule's part of the recall. */
  recall: number
  /** Predictions whose cue overlaps a gold cue, over predictions. */
  cuePrecision: number
}

/**
 * Precision and recall per rule, most predictions first, then every rule of
 * the registry that made no prediction (with zeros), in the registry's order.
 */
export function outcomesByRule(outcomes: ReadonlyArray<PredictionOutcome>, goldRelations: number): RuleOutcome[] {
  const byRule = new Map<string, {predicted: number; right: number; cue: number}>()
  for (const outcome of outcomes) {
    let entry = byRule.get(outcome.rule)
    if (!entry) byRule.set(outcome.rule, (entry = {predicted: 0, right: 0, cue: 0}))
    entry.predicted++
    if (outcome.right) entry.right++
    if (outcome.cueFound) entry.cue++
  }
  const fired = [...byRule]
    .map(([rule, e]) => ({
      rule,
      family: isRuleId(rule) ? ruleById(rule).family : null,
      predicted: e.predicted,
      right: e.right,
      precision: e.right / e.predicted,
      recall: goldRelations === 0 ? 0 : e.right / goldRelations,
      cuePrecision: e.cue / e.predicted
    }))
    .sort((a, b) => b.predicted - a.predicted || (a.rule < b.rule ? -1 : 1))
  const silent = RULES.filter((rule) => !byRule.has(rule.id)).map((rule) => ({
    rule: rule.id,
    family: rule.family,
    predicted: 0,
    right: 0,
    precision: 0,
    recall: 0,
    cuePrecision: 0
  }))
  return [...fired, ...silent]
}
