/**
 * Precision, recall and F1 from counts.
 */
import type {Recall, Score} from './types.js'

/** Divide, taking any division by zero as 0. */
export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator
}

/**
 * Build a `Score` from true positives, false positives and false negatives.
 * A 0/0 precision or recall is 0, and F1 is 0 when both are 0.
 */
export function makeScore(tp: number, fp: number, fn: number): Score {
  const precision = ratio(tp, tp + fp)
  const recall = ratio(tp, tp + fn)
  const f1 = ratio(2 * precision * recall, precision + recall)
  return {tp, fp, fn, precision, recall, f1}
}

/** Build a `Recall` from a count and how many were found (0 when the count is 0). */
export function makeRecall(count: number, found: number): Recall {
  return {count, found, recall: ratio(found, count)}
}
