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
import type {RawAttribution} from './cues.js'
import type {ParagraphQuotes} from './quotes.js'
import {SPACE, type Paragraph} from './tokens.js'

/** Apply the cross-sentence links to the raw attributions (in document order). */
export function linkAcrossParagraphs(paragraphs: Paragraph[], quotes: ParagraphQuotes[], raws: RawAttribution[]): void {
  const byParagraph = new Map<number, RawAttribution[]>()
  for (const raw of raws) {
    let list = byParagraph.get(raw.paragraph)
    if (!list) byParagraph.set(raw.paragraph, (list = []))
    list.push(raw)
  }
  let previous: RawAttribution | null = null
  for (let p = 0; p < paragraphs.length; p++) {
    const own = byParagraph.get(p)
    if (own) {
      for (const raw of own) {
        if (raw.contentFromPrevious && p > 0) {
          const before = paragraphs[p - 1]
          raw.content = [{start: before.start, end: before.end}]
          // The previous paragraph's own floating-quote claim gives way to the signature.
          if (previous && previous.floating && previous.content && previous.content.length > 1) {
            const last = previous.content[previous.content.length - 1]
            if (last.start === before.start) previous.content.pop()
          }
        } else if (raw.contentInNextParagraph && p + 1 < paragraphs.length) {
          const next = paragraphs[p + 1]
          raw.content = [{start: next.start, end: next.end}]
          followContinuation(paragraphs, quotes, p + 1, raw)
        } else if (raw.content && raw.content.length > 0) {
          const last = raw.content[raw.content.length - 1]
          const paragraphQuotes = quotes[p]
          const running = paragraphQuotes.quotes.find((q) => q.continues && q.end === last.end)
          if (running) followContinuation(paragraphs, quotes, p, raw)
        }
        if (raw.src === null && raw.inheritSource && previous?.src) {
          raw.src = previous.src
          raw.inheritedFrom = previous
        }
        previous = raw
      }
      continue
    }
    // A floating quote: the whole paragraph is one quote and no cue claimed it.
    if (previous && previous.content && isWholeQuote(paragraphs[p], quotes[p]) && (previous.reach ?? previous.paragraph) >= p - 1 && quoted(previous, quotes)) {
      const paragraph = paragraphs[p]
      const covered = previous.content.some((piece) => piece.start <= paragraph.start && piece.end >= paragraph.end)
      if (!covered) {
        previous.content.push({start: paragraph.start, end: paragraph.end})
        previous.floating = true
        previous.reach = p
      }
    }
  }
}

/** Add the paragraphs a running quote continues into, starting after paragraph `p`. */
function followContinuation(paragraphs: Paragraph[], quotes: ParagraphQuotes[], p: number, raw: RawAttribution): void {
  let at = p
  // Bounded by the number of paragraphs: each step moves forwards.
  while (at < paragraphs.length) {
    const q = quotes[at].quotes
    const running = q.length > 0 && q[q.length - 1].continues
    if (!running || at + 1 >= paragraphs.length) return
    const next = paragraphs[at + 1]
    const first = quotes[at + 1].quotes[0]
    if (!first || first.open !== firstNonSpace(next)) return
    raw.content!.push({start: first.start, end: first.end})
    raw.reach = at + 1
    at++
  }
}

function firstNonSpace(paragraph: Paragraph): number {
  let i = 0
  while (i < paragraph.tokens.length && paragraph.tokens[i].kind === SPACE) i++
  return i
}

function isWholeQuote(paragraph: Paragraph, paragraphQuotes: ParagraphQuotes): boolean {
  const q = paragraphQuotes.quotes[0]
  if (!q || q.nested || q.open !== 0 || q.words < 3) return false
  // The quote runs to the end (closing mark, then only punctuation).
  const tokens = paragraph.tokens
  const last = q.close === -1 ? tokens.length - 1 : q.close
  for (let i = last + 1; i < tokens.length; i++) if (tokens[i].kind === 0) return false
  return true
}

function quoted(raw: RawAttribution, quotes: ParagraphQuotes[]): boolean {
  if (!raw.content) return false
  const q = quotes[raw.paragraph]
  if (!q) return false
  return raw.content.some((piece) => q.quotes.some((quote) => quote.start >= piece.start && quote.end <= piece.end && quote.words >= 3))
}
