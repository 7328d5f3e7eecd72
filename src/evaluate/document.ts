/**
 * Scoring one document: role matches, relation links, and what to show.
 */
import {cueText} from './context.js'
import {matchLinked} from './linked.js'
import {overlapSize} from './match.js'
import {matchRole} from './roles.js'
import {ROLES, collectSpans, goldExtents, predictedExtents} from './spans.js'
import type {GoldDocument, Matching, OffsetSpan, PredictedDocument, Role} from './types.js'

/** Matched, gold and predicted instance counts. */
export interface Counts {
  tp: number
  gold: number
  predicted: number
}

/** What became of one gold relation. */
export interface RelationOutcome {
  type: string
  /** Cue text, lowercased, pieces joined with a space. */
  cue: string
  /** Cue pieces in document order. */
  cuePieces: OffsetSpan[]
  /** Per role, whether its span was matched; `null` when the relation lacks the role. */
  found: Record<Role, Record<Matching, boolean> | null>
  /** Whether a prediction is linked to the whole relation. */
  linked: boolean
}

/** A prediction whose cue overlaps no gold cue. */
export interface FalseAlarm {
  cue: string
  cuePieces: OffsetSpan[]
}

/** The outcome of scoring one document. */
export interface DocumentOutcome {
  roles: Record<Role, Record<Matching, Counts>>
  linked: Counts
  relations: RelationOutcome[]
  falseAlarms: FalseAlarm[]
}

/** Return pieces sorted by start, as plain spans. */
function sortedPieces(pieces: ReadonlyArray<readonly [number, number]>): OffsetSpan[] {
  return pieces.map(([start, end]) => ({start, end})).sort((a, b) => a.start - b.start)
}

/** Score the predictions of one document against its gold relations. */
export function scoreDocument(gold: GoldDocument, predicted: PredictedDocument): DocumentOutcome {
  const text = gold.text
  const goldRelations = gold.attributions.map(goldExtents)
  const predictedRelations = predicted.attributions.map(predictedExtents)
  const goldSpans = collectSpans(goldRelations)
  const predictedSpans = collectSpans(predictedRelations)

  const roles = {} as DocumentOutcome['roles']
  const matched = {} as Record<Role, Record<Matching, number[]>>
  for (const role of ROLES) {
    const g = goldSpans[role].spans
    const p = predictedSpans[role].spans
    const exact = matchRole(text, g, p, 'exact')
    const overlap = matchRole(text, g, p, 'overlap')
    matched[role] = {exact, overlap}
    roles[role] = {
      exact: {tp: exact.filter((x) => x !== -1).length, gold: g.length, predicted: p.length},
      overlap: {tp: overlap.filter((x) => x !== -1).length, gold: g.length, predicted: p.length}
    }
  }

  const links = matchLinked(goldRelations, predictedRelations)
  const relations: RelationOutcome[] = gold.attributions.map((relation, index) => {
    const found = {} as RelationOutcome['found']
    for (const role of ROLES) {
      const spanIndex = goldSpans[role].byRelation[index]
      found[role] =
        spanIndex === -1
          ? null
          : {exact: matched[role].exact[spanIndex] !== -1, overlap: matched[role].overlap[spanIndex] !== -1}
    }
    const cuePieces = sortedPieces(relation.cue)
    return {
      type: relation.type ?? 'unknown',
      cue: cueText(text, cuePieces),
      cuePieces,
      found,
      linked: links[index] !== -1
    }
  })

  const goldCues = goldSpans.cue.spans
  const falseAlarms: FalseAlarm[] = []
  for (const attribution of predicted.attributions) {
    const {start, end} = attribution.cue
    if (goldCues.some((g) => overlapSize(g.start, g.end, start, end) > 0)) continue
    const parts = attribution.cue.parts
    const cuePieces = parts && parts.length > 0 ? parts.map((p) => ({start: p.start, end: p.end})) : [{start, end}]
    falseAlarms.push({cue: cueText(text, cuePieces), cuePieces})
  }

  return {
    roles,
    linked: {
      tp: links.filter((x) => x !== -1).length,
      gold: goldRelations.length,
      predicted: predictedRelations.length
    },
    relations,
    falseAlarms
  }
}
