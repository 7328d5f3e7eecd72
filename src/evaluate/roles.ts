/**
 * Matching the spans of one role in one document.
 */
import {greedyMatch, overlapSize, type Candidate} from './match.js'
import type {Extent} from './spans.js'
import {trimBoundaries} from './trim.js'
import type {Matching} from './types.js'

/**
 * Pair gold and predicted spans of one role one to one and return, for each
 * gold span, the index of its predicted partner or -1.
 *
 * - `exact`: both spans, trimmed of edge whitespace and punctuation, have the
 *   same boundaries (weight: the trimmed length).
 * - `overlap`: the spans share at least one code unit (weight: how many).
 *
 * Candidates are all gold × predicted pairs of the document, which is small.
 */
export function matchRole(text: string, gold: Extent[], predicted: Extent[], matching: Matching): number[] {
  const candidates: Candidate[] = []
  if (matching === 'exact') {
    const byBoundaries = new Map<string, number[]>()
    predicted.forEach((span, index) => {
      const [s, e] = trimBoundaries(text, span.start, span.end)
      const key = s + ':' + e
      const list = byBoundaries.get(key)
      if (list) list.push(index)
      else byBoundaries.set(key, [index])
    })
    gold.forEach((span, index) => {
      const [s, e] = trimBoundaries(text, span.start, span.end)
      for (const p of byBoundaries.get(s + ':' + e) ?? []) {
        candidates.push({gold: index, predicted: p, weight: e - s})
      }
    })
  } else {
    gold.forEach((g, gi) => {
      predicted.forEach((p, pi) => {
        const weight = overlapSize(g.start, g.end, p.start, p.end)
        if (weight > 0) candidates.push({gold: gi, predicted: pi, weight})
      })
    })
  }
  return greedyMatch(candidates, gold.length, predicted.length)
}
