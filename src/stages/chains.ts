/**
 * Stage 5b: links across sentences and paragraphs.
 *
 * - A colon at a paragraph's end ("X said:") takes the next paragraph as content.
 * - A content that ends in a quote running on into the next paragraph takes the
 *   continuation too.
 * - A paragraph that is wholly a quote with no cue of its own belongs to the
 *   previous speaker (a floating quote): it is added to that attribution's
 *   content as one more piece.
 * - A refusal or participle with no source of its own takes the previous
 *   attribution's source.
 */
import type {RawAttribution} from './cues/index.js'
import type {ParagraphQuotes} from './quotes.js'
import type {Piece} from './spans.js'
import type {Paragraph} from './tokens.js'

/** Apply the cross-sentence links to the raw attributions (in document order). */
export function linkAcrossParagraphs(paragraphs: Paragraph[], quotes: ParagraphQuotes[], raws: RawAttribution[]): void {
  const byParagraph = new Map<number, RawAttribution[]>()
  for (const raw of raws) {
    let list = byParagraph.get(raw.paragraph)
    if (!list) byParagraph.set(raw.paragraph, (list = []))
    list.push(raw)
  }
  let previous: RawAttribution | null = null
  // Whether `previous` quotes someone (computed once per attribution).
  let previousQuotes = false
  for (let p = 0; p < paragraphs.length; p++) {
    const own = byParagraph.get(p)
    if (own) {
      const takers = runOnTakers(own, quotes[p].quotes)
      for (const raw of own) {
        if (raw.contentFromPrevious && p > 0) {
          const before = paragraphs[p - 1]
          raw.content = [{start: before.start, end: before.end}]
          // The previous paragraph's floating-quote claim gives way to the signature.
          if (previous && previous.floating && previous.content && previous.content.length > 1) {
            const last = previous.content[previous.content.length - 1]
            if (last.start === before.start) previous.content.pop()
          }
        } else if (raw.contentInNextParagraph && p + 1 < paragraphs.length) {
          const next = paragraphs[p + 1]
          raw.content = [{start: next.start, end: next.end}]
          if (raw === takers.colon) followContinuation(paragraphs, quotes, byParagraph, p + 1, raw)
        } else if (raw === takers.forward) {
          followContinuation(paragraphs, quotes, byParagraph, p, raw)
        }
        if (raw === takers.backward && p > 0) followBackwards(quotes, byParagraph, p, raw)
        if (raw.src === null && raw.inheritSource && previous?.src) {
          raw.src = previous.src
          raw.inheritedFrom = previous
        }
        previous = raw
        previousQuotes = raw.quotesSomeone ?? false
      }
      continue
    }
    // A floating quote: the whole paragraph is one quote and no cue claimed it.
    if (
      previous &&
      previous.content &&
      previousQuotes &&
      (previous.reach ?? previous.paragraph) >= p - 1 &&
      paragraphs[p].wholeQuote
    ) {
      const paragraph = paragraphs[p]
      const last = previous.content[previous.content.length - 1]
      if (!(last.start <= paragraph.start && last.end >= paragraph.end)) {
        previous.content.push({start: paragraph.start, end: paragraph.end})
        previous.floating = true
        previous.reach = p
      }
    }
  }
}

/** Which attribution of a paragraph takes each run-on quote (see `runOnTakers`). */
interface Takers {
  /** Takes the quote that runs on from the paragraph's end: the last cue whose content ends there. */
  forward: RawAttribution | null
  /** Takes the quote that runs in from earlier paragraphs: the first cue whose content starts with it. */
  backward: RawAttribution | null
  /** Among "X said:" cues whose content is the next paragraph, the last follows that paragraph's run-on quote. */
  colon: RawAttribution | null
}

/**
 * Choose, for each run-on quote at the edges of a paragraph, the one
 * attribution that takes its other paragraphs. Each quote is followed once
 * per document, so the cost is linear in the paragraphs whatever the number
 * of cues; a claim nested in another ("X said that Y said “…") leaves the run
 * to the cue nearest the quote. Ordinary news has one such cue per quote.
 */
function runOnTakers(own: RawAttribution[], paragraphQuotes: ParagraphQuotes['quotes']): Takers {
  const takers: Takers = {forward: null, backward: null, colon: null}
  const lastQuote = paragraphQuotes[paragraphQuotes.length - 1]
  const firstQuote = paragraphQuotes[0]
  for (const raw of own) {
    if (raw.contentFromPrevious) continue
    if (raw.contentInNextParagraph) {
      if (!takers.colon || raw.cues[0].start > takers.colon.cues[0].start) takers.colon = raw
      continue
    }
    const content = raw.content
    if (!content || content.length === 0) continue
    if (lastQuote?.continues && content[content.length - 1].end === lastQuote.end) {
      if (!takers.forward || raw.cues[0].start > takers.forward.cues[0].start) takers.forward = raw
    }
    if (firstQuote?.atStart && content[0].start === firstQuote.start) {
      if (!takers.backward || raw.cues[0].start < takers.backward.cues[0].start) takers.backward = raw
    }
  }
  return takers
}

/**
 * Add the paragraphs a running quote continues into, after paragraph `p`:
 * each next paragraph must open with the continuation, and no cue of that
 * paragraph may claim it. Stops at the first quote that closes.
 */
function followContinuation(
  paragraphs: Paragraph[],
  quotes: ParagraphQuotes[],
  byParagraph: Map<number, RawAttribution[]>,
  p: number,
  raw: RawAttribution
): void {
  const own = quotes[p].quotes
  let running = own.length > 0 && own[own.length - 1].continues
  let at = p
  while (running && at + 1 < paragraphs.length) {
    const first = quotes[at + 1].quotes[0]
    if (!first || !first.atStart || claimed(byParagraph, at + 1, first)) return
    raw.content!.push({start: first.start, end: first.end})
    raw.reach = at + 1
    running = first.close === -1 && first.continues
    at++
  }
}

/**
 * A claim that starts with a paragraph's opening quote, where the previous
 * paragraph ends in a quote that runs on into this one, began there: add the
 * earlier paragraphs' quotes (those no cue of theirs claims) in front.
 */
function followBackwards(
  quotes: ParagraphQuotes[],
  byParagraph: Map<number, RawAttribution[]>,
  p: number,
  raw: RawAttribution
): void {
  const first = quotes[p].quotes[0]
  if (!first || raw.content![0].start !== first.start || !first.atStart) return
  let at = p - 1
  // Gathered back to front, then reversed: no unshift (quadratic) and no spread (a RangeError past ~100k).
  const added: Piece[] = []
  // Bounded by the paragraphs before this one; each step moves back.
  while (at >= 0) {
    const own = quotes[at].quotes
    const last = own[own.length - 1]
    if (!last || !last.continues || claimed(byParagraph, at, last)) break
    added.push({start: last.start, end: last.end})
    if (!last.atStart || at === 0) break
    const before = quotes[at - 1].quotes
    if (before.length === 0 || !before[before.length - 1].continues) break
    at--
  }
  if (added.length > 0) raw.content = added.reverse().concat(raw.content!)
}

/** Whether an attribution of paragraph `p` has a content piece that overlaps `quote`. */
function claimed(byParagraph: Map<number, RawAttribution[]>, p: number, quote: {start: number; end: number}): boolean {
  const own = byParagraph.get(p)
  if (!own) return false
  for (const raw of own) {
    if (raw.content)
      for (const piece of raw.content) if (piece.start < quote.end && quote.start < piece.end) return true
  }
  return false
}

/** Whether the paragraph is one quotation and nothing else (call before its tokens are released). */
export function isWholeQuote(paragraph: Paragraph, paragraphQuotes: ParagraphQuotes): boolean {
  const q = paragraphQuotes.quotes[0]
  if (!q || q.nested || q.open !== 0 || q.words < 3) return false
  // The quote runs to the end (closing mark, then only punctuation).
  const tokens = paragraph.tokens
  const last = q.close === -1 ? tokens.length - 1 : q.close
  for (let i = last + 1; i < tokens.length; i++) if (tokens[i].kind === 0) return false
  return true
}

/** Whether the content of `raw` holds a quote of three words or more in its own paragraph. */
export function quotesSomeone(raw: RawAttribution, q: ParagraphQuotes): boolean {
  if (!raw.content) return false
  for (const piece of raw.content) {
    for (const quote of q.quotes) {
      if (quote.start >= piece.start && quote.end <= piece.end && quote.words >= 3) return true
    }
  }
  return false
}

/** Categories whose cues, inside another claim, belong to that claim. */
const JUDGEMENTS: ReadonlySet<string> = new Set(['belief', 'intention', 'stance', 'evidence'])

/**
 * Leave out a belief, intention, stance or evidence cue that stands inside
 * the content of another attribution of the same sentence ("Stein said she
 * plans to join …"): it is part of that claim, not a claim of its own (as
 * news attribution corpora annotate it; measured on PolNeAR train: +0.8
 * cue F1). `kept` is sorted by cue start; it is filtered in place. One sweep
 * per sentence over content pieces sorted by start keeps this O(n log n).
 */
export function dropNestedJudgements(kept: RawAttribution[]): void {
  // Grouped by paragraph, then sentence: small-integer keys at any input length.
  const bySentence = new Map<number, Map<number, RawAttribution[]>>()
  const lists: RawAttribution[][] = []
  for (const raw of kept) {
    let sentences = bySentence.get(raw.paragraph)
    if (!sentences) bySentence.set(raw.paragraph, (sentences = new Map()))
    let list = sentences.get(raw.sentence)
    if (!list) {
      sentences.set(raw.sentence, (list = []))
      lists.push(list)
    }
    list.push(raw)
  }
  const nested = new Set<RawAttribution>()
  for (const list of lists) {
    if (list.length < 2) continue
    const pieces: Array<{start: number; end: number; owner: RawAttribution}> = []
    for (const raw of list)
      if (raw.content) for (const piece of raw.content) pieces.push({start: piece.start, end: piece.end, owner: raw})
    pieces.sort((a, b) => a.start - b.start)
    // Cues in order; the two furthest ends, from different owners, among pieces
    // that start before each cue (so a cue is never covered by its own claim).
    let p = 0
    let best = {end: -1, owner: null as RawAttribution | null}
    let second = {end: -1, owner: null as RawAttribution | null}
    for (const raw of list) {
      const cue = raw.cues[0]
      while (p < pieces.length && pieces[p].start <= cue.start) {
        const piece = pieces[p++]
        if (piece.owner === best.owner) best = {end: Math.max(best.end, piece.end), owner: piece.owner}
        else if (piece.end > best.end) {
          second = best
          best = {end: piece.end, owner: piece.owner}
        } else if (piece.end > second.end) second = {end: piece.end, owner: piece.owner}
      }
      const reach = best.owner === raw ? second.end : best.end
      if (JUDGEMENTS.has(raw.category) && reach >= cue.end) nested.add(raw)
    }
  }
  if (nested.size === 0) return
  let write = 0
  for (const raw of kept) if (!nested.has(raw)) kept[write++] = raw
  kept.length = write
}
