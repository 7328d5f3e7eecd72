/**
 * GGT quote matching in one document: coverage, greedy matching in gold
 * order, speaker and canonical-source agreement.
 */
import {overlapSize} from './match.js'
import {normalizeName} from './ggt-names.js'
import type {GgtGoldDocument, GgtPredictedDocument, GgtPredictedMention} from './ggt-types.js'
import type {GoldPiece, OffsetSpan} from './types.js'

/**
 * The span GGT marks as the source of a mention: for a relative "who", the
 * words it stands for (GGT's convention); otherwise the mention itself.
 */
export function ggtSourceSpan(mention: GgtPredictedMention): OffsetSpan {
  return mention.antecedent ?? mention
}

/** One predicted quote: a single content piece and who it is given to. */
export interface PredictedQuote extends OffsetSpan {
  /** The speaker span, or `null` for a floating quote (a later piece, or no source). */
  speaker: OffsetSpan | null
  /** The normalised name of the attribution's source, or `null` when it has none. */
  name: string | null
}

/** Counts of one document at one threshold: matched quotes, and right speakers and names among them. */
export interface QuoteCounts {
  matched: number
  speaker: number
  canonical: number
}

/**
 * Split predictions into quotes, one per content piece in document order of
 * the attributions. The first piece keeps the speaker span, and so does a
 * later piece in the cue's sentence (`A, she said, B`: GGT gives both
 * pieces the speaker); later pieces past it (a continuation paragraph) are
 * floating, as GGT annotates them, but keep the attribution's source name.
 */
export function predictedQuotes(predicted: GgtPredictedDocument): PredictedQuote[] {
  const names = new Map<string, string>()
  for (const source of predicted.sources ?? []) names.set(source.id, normalizeName(source.name))
  const quotes: PredictedQuote[] = []
  for (const attribution of predicted.attributions) {
    const content = attribution.content
    if (!content) continue
    const source = attribution.source && ggtSourceSpan(attribution.source)
    const id = attribution.source?.sourceId
    const name = id === undefined ? null : (names.get(id) ?? null)
    const pieces = content.parts && content.parts.length > 0 ? content.parts : [content]
    pieces.forEach((piece, index) => {
      const sentence = attribution.sentence
      const inSentence = sentence !== undefined && piece.start >= sentence.start && piece.end <= sentence.end
      const speaker = (index === 0 || inSentence) && source ? {start: source.start, end: source.end} : null
      quotes.push({start: piece.start, end: piece.end, speaker, name})
    })
  }
  return quotes
}

/** Merge pieces into sorted, disjoint spans. */
function mergePieces(pieces: ReadonlyArray<GoldPiece>): OffsetSpan[] {
  const sorted = pieces.map(([start, end]) => ({start, end})).sort((a, b) => a.start - b.start)
  const merged: OffsetSpan[] = []
  for (const piece of sorted) {
    const last = merged[merged.length - 1]
    if (last && piece.start <= last.end) last.end = Math.max(last.end, piece.end)
    else merged.push(piece)
  }
  return merged
}

/** Return |gold ∩ predicted| / |gold|, or 0 when the gold quote is empty. */
function coverage(gold: OffsetSpan[], size: number, predicted: OffsetSpan): number {
  if (size === 0) return 0
  let shared = 0
  for (const g of gold) shared += overlapSize(g.start, g.end, predicted.start, predicted.end)
  return shared / size
}

/** Tell whether a predicted speaker agrees with the gold one (GGT: overlap, or both floating). */
function speakerAgrees(gold: ReadonlyArray<GoldPiece>, speaker: OffsetSpan | null): boolean {
  if (gold.length === 0) return speaker === null
  if (speaker === null) return false
  return gold.some(([start, end]) => overlapSize(start, end, speaker.start, speaker.end) > 0)
}

/**
 * Match gold quotes to predicted quotes as GGT does: each gold quote in
 * gold order takes the remaining predicted quote that covers the largest
 * share of it, when that share is more than `threshold` (ties: the earlier
 * predicted quote); the predicted quote is then used up.
 */
export function matchQuotes(gold: GgtGoldDocument, quotes: PredictedQuote[], threshold: number): QuoteCounts {
  const used = new Array<boolean>(quotes.length).fill(false)
  const counts: QuoteCounts = {matched: 0, speaker: 0, canonical: 0}
  for (const quote of gold.attributions) {
    const pieces = mergePieces(quote.content)
    const size = pieces.reduce((sum, piece) => sum + piece.end - piece.start, 0)
    let best = -1
    let bestShare = threshold
    quotes.forEach((candidate, index) => {
      if (used[index]) return
      const share = coverage(pieces, size, candidate)
      if (share > bestShare) {
        best = index
        bestShare = share
      }
    })
    if (best === -1) continue
    used[best] = true
    counts.matched++
    if (speakerAgrees(quote.source, quotes[best].speaker)) counts.speaker++
    if (quotes[best].name === normalizeName(quote.reference)) counts.canonical++
  }
  return counts
}
