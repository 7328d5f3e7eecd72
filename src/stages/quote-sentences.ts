/**
 * Stage 4c: a quotation that makes up a sentence of its own, right after
 * the sentence of an attribution whose content quotes someone, in the same
 * paragraph and with no cue of its own (“It is settled,” she said at the
 * hearing. “We move on.”), goes on that attribution's claim as one more
 * piece of its content, as PolNeAR annotates it (its rules' content stopped
 * short of such a quote 464 times on train). A claim that quotes no one
 * keeps its content: there the next quote is as often someone else's. The
 * quotes and sentences of a paragraph are walked once, in order.
 */
import type {RawAttribution} from './cues/index.js'
import type {ParagraphQuotes, Quote} from './quotes.js'
import {WORD, type Paragraph} from './tokens.js'

/**
 * Add each quote sentence of `paragraph` that follows the sentence of an
 * attribution whose content quotes someone (or a quote sentence it already
 * took) to that attribution's content. `raws[from]` onwards are the
 * paragraph's attributions, in document order, before the cue decider.
 */
export function followQuoteSentences(
  paragraph: Paragraph,
  quotes: ParagraphQuotes,
  raws: RawAttribution[],
  from: number
): void {
  if (raws.length === from || quotes.quotes.length === 0) return
  const {sentences} = paragraph
  let r = from
  let s = 0
  // The attribution that took the last quote sentence, and the sentence that quote ended in.
  let owner: RawAttribution | null = null
  let ownerSentence = -1
  for (const quote of quotes.quotes) {
    if (quote.nested || quote.words === 0) continue
    while (s < sentences.length && sentences[s].last <= quote.open) s++
    if (s === 0 || s === sentences.length || sentences[s].first !== quote.open) continue
    // A quote on a line of its own starts a block of its own (a reader's letter under a signature).
    if (paragraph.tokens[quote.open].newlineBefore) continue
    const last = endingSentence(paragraph, quote, s)
    if (last === -1) continue
    // The attributions up to the sentence before the quote; none may stand in the quote's sentences.
    let before: RawAttribution | null = null
    let previous = r
    while (r < raws.length && raws[r].sentence < s) {
      if (raws[r].sentence !== s - 1) previous = r + 1
      else if (raws[r].quotesSomeone) before = raws[r]
      r++
    }
    if (r < raws.length && raws[r].sentence <= last) continue
    const taker: RawAttribution | null = ownerSentence === s - 1 ? owner : before
    if (!taker || overlaps(taker, quote) || claimed(raws, previous, r, -1, quote)) continue
    // Nor may the next sentence's cue have taken it ("“…” The council agreed.").
    if (claimed(raws, r, raws.length, last + 1, quote)) continue
    taker.content!.push({start: quote.start, end: quote.end})
    owner = taker
    ownerSentence = last
  }
}

/**
 * The index of the sentence `quote` (opening sentence `s`) ends, when the
 * quote closes that sentence (only marks after its closing mark) or runs to
 * the paragraph's end; otherwise -1.
 */
function endingSentence(paragraph: Paragraph, quote: Quote, s: number): number {
  const {sentences, tokens} = paragraph
  if (quote.close === -1) return sentences.length - 1
  let e = s
  while (e < sentences.length && sentences[e].last <= quote.close) e++
  if (e === sentences.length) return -1
  for (let i = quote.close + 1; i < sentences[e].last; i++) if (tokens[i].kind === WORD) return -1
  return e
}

/**
 * Whether a content piece of `raws[from]` up to `raws[to]` overlaps `quote`;
 * with a `sentence` (not -1), only the run of those in that sentence is read.
 */
function claimed(raws: RawAttribution[], from: number, to: number, sentence: number, quote: Quote): boolean {
  for (let r = from; r < to && (sentence === -1 || raws[r].sentence === sentence); r++)
    if (overlaps(raws[r], quote)) return true
  return false
}

/** Whether a content piece of `raw` overlaps `quote`. */
function overlaps(raw: RawAttribution, quote: Quote): boolean {
  if (raw.content) for (const piece of raw.content) if (piece.start < quote.end && quote.start < piece.end) return true
  return false
}
