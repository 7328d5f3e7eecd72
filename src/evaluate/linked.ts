/**
 * Matching whole relations: cue, content and source together.
 */
import {greedyMatch, overlapSize, type Candidate} from './match.js'
import type {Extent} from './spans.js'
import type {Role} from './types.js'

/** The role extents of one relation. */
export type RelationExtents = Record<Role, Extent | null>

/**
 * Return the weight of linking a prediction to a gold relation, or 0 when
 * they do not link. Every role the gold relation has must overlap the same
 * role of the prediction; a role the gold relation lacks (a source not
 * named) asks nothing of the prediction. The weight is the total overlap.
 */
export function linkWeight(gold: RelationExtents, predicted: RelationExtents): number {
  let weight = 0
  for (const role of ['cue', 'content', 'source'] as const) {
    const g = gold[role]
    if (!g) continue
    const p = predicted[role]
    const size = p ? overlapSize(g.start, g.end, p.start, p.end) : 0
    if (size === 0) return 0
    weight += size
  }
  return weight
}

/**
 * Pair gold relations and predictions one to one, best total overlap first,
 * and return for each gold relation its predicted partner or -1.
 */
export function matchLinked(gold: RelationExtents[], predicted: RelationExtents[]): number[] {
  const candidates: Candidate[] = []
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const weight = linkWeight(g, p)
      if (weight > 0) candidates.push({gold: gi, predicted: pi, weight})
    })
  })
  return greedyMatch(candidates, gold.length, predicted.length)
}
