/**
 * Turning gold relations and predictions into per-role span lists.
 */
import type {GoldAttribution, GoldPiece, OffsetSpan, PredictedAttribution, Role} from './types.js'

/** A role instance: boundaries from its first to its last piece. */
export interface Extent {
  start: number
  end: number
}

/**
 * The distinct spans of one role in one document, and for each relation the
 * index of its span in that list (-1 when the relation has none).
 */
export interface RoleSpans {
  spans: Extent[]
  byRelation: number[]
}

/** The gold or predicted spans of one document, role by role. */
export type DocumentSpans = Record<Role, RoleSpans>

/** The roles in report order. */
export const ROLES: readonly Role[] = ['cue', 'source', 'content']

/**
 * Return the extent of a gold role (first piece start to last piece end), or
 * `null` when the role has no piece.
 */
export function goldExtent(pieces: ReadonlyArray<GoldPiece>): Extent | null {
  if (pieces.length === 0) return null
  let start = Infinity
  let end = -Infinity
  for (const [s, e] of pieces) {
    if (s < start) start = s
    if (e > end) end = e
  }
  return {start, end}
}

/** Return the extent of a predicted role, or `null` when it is missing. */
export function predictedExtent(span: OffsetSpan | null | undefined): Extent | null {
  return span ? {start: span.start, end: span.end} : null
}

/**
 * Collect the distinct spans of each role: identical boundaries within the
 * document count once, on the gold and the predicted side alike.
 */
export function collectSpans(extents: ReadonlyArray<Record<Role, Extent | null>>): DocumentSpans {
  const result = {} as DocumentSpans
  for (const role of ROLES) {
    const seen = new Map<string, number>()
    const spans: Extent[] = []
    const byRelation: number[] = []
    for (const relation of extents) {
      const extent = relation[role]
      if (!extent) {
        byRelation.push(-1)
        continue
      }
      const key = extent.start + ':' + extent.end
      let index = seen.get(key)
      if (index === undefined) {
        index = spans.length
        spans.push(extent)
        seen.set(key, index)
      }
      byRelation.push(index)
    }
    result[role] = {spans, byRelation}
  }
  return result
}

/** Return the role extents of a gold relation. */
export function goldExtents(relation: GoldAttribution): Record<Role, Extent | null> {
  return {
    cue: goldExtent(relation.cue),
    source: goldExtent(relation.source),
    content: goldExtent(relation.content)
  }
}

/** Return the role extents of a predicted attribution. */
export function predictedExtents(relation: PredictedAttribution): Record<Role, Extent | null> {
  return {
    cue: predictedExtent(relation.cue),
    source: predictedExtent(relation.source),
    content: predictedExtent(relation.content)
  }
}
