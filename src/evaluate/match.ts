/**
 * One-to-one matching of two lists of items, best pair first.
 */

/** A candidate pair: indexes into the gold and predicted lists, and its weight. */
export interface Candidate {
  gold: number
  predicted: number
  weight: number
}

/**
 * Pair gold and predicted items one to one. The candidates are taken in order
 * of weight, largest first (ties: lower gold index, then lower predicted
 * index), and a candidate is kept when neither of its items is paired yet.
 * Returns, for each gold item, the index of its predicted partner or -1.
 */
export function greedyMatch(candidates: Candidate[], goldCount: number, predictedCount: number): number[] {
  const sorted = candidates.slice().sort((a, b) => b.weight - a.weight || a.gold - b.gold || a.predicted - b.predicted)
  const goldPartner = new Array<number>(goldCount).fill(-1)
  const predictedTaken = new Array<boolean>(predictedCount).fill(false)
  for (const c of sorted) {
    if (goldPartner[c.gold] !== -1 || predictedTaken[c.predicted]) continue
    goldPartner[c.gold] = c.predicted
    predictedTaken[c.predicted] = true
  }
  return goldPartner
}

/** Return how many code units `[aStart, aEnd)` and `[bStart, bEnd)` share (0 when none). */
export function overlapSize(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  const size = Math.min(aEnd, bEnd) - Math.max(aStart, bStart)
  return size > 0 ? size : 0
}
