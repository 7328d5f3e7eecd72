/**
 * Stage 3: pair quotation marks across the sentences of a paragraph, and
 * across paragraphs when a quote runs on (an unclosed quote whose next
 * paragraph opens with a quotation mark).
 *
 * Double marks (“ ” " « » „) make quotes; single marks (‘ ’ ') make quotes only
 * inside a double-quoted span or when clearly opened and closed around words,
 * because they double as apostrophes. One pass over the marks with a small
 * stack keeps the stage linear; unbalanced marks are dropped, never trusted.
 */
import {
  BACKTICK,
  DOUBLE_CLOSING,
  DOUBLE_OPENING,
  markTable,
  QUOTE_MARKS,
  SINGLE_CLOSING,
  SINGLE_OPENING
} from '../lexicon/marks.js'
import {PUNCT, WORD, type Paragraph, type Token} from './tokens.js'

/** A quotation. */
export interface Quote {
  /** Index of the paragraph that holds it. */
  paragraph: number
  /** Token index of the opening mark. */
  open: number
  /** Token index of the closing mark, or -1 when it runs to the paragraph's end. */
  close: number
  /** Offset of the opening mark. */
  start: number
  /** Offset after the closing mark (or after the paragraph's last token). */
  end: number
  /** Offsets of the words inside, without the marks. */
  innerStart: number
  innerEnd: number
  /** Words inside. */
  words: number
  /** The quote goes on in the next paragraph. */
  continues: boolean
  /** The quote goes on from the previous paragraph. */
  continued: boolean
  /** Nested inside another quote. */
  nested: boolean
  /** The opening mark is the paragraph's first token. */
  atStart: boolean
}

/** Quotes of one paragraph plus, for each token, the quote it lies in (-1 for none). */
export interface ParagraphQuotes {
  quotes: Quote[]
  /**
   * For each token: index into `quotes` of the innermost quote holding it, or
   * -1. Read only: paragraphs without quotes share one array of -1s.
   */
  inside: readonly number[]
}

/** The `inside` of paragraphs without quotes: -1s, grown as needed, never written after. */
let noQuotes: number[] = []

/** Longer paragraphs (only the retext plugin's path has them) get an array of their own, so no huge one is kept. */
const MAX_SHARED = 1 << 16

function outsideEveryQuote(length: number): readonly number[] {
  if (length > MAX_SHARED) return new Array<number>(length).fill(-1)
  if (noQuotes.length < length)
    noQuotes = new Array<number>(Math.max(length, Math.min(2 * noQuotes.length, MAX_SHARED))).fill(-1)
  return noQuotes
}

/** The codes of every quotation mark and the backtick. */
const MAY_BE_QUOTE = markTable(QUOTE_MARKS, BACKTICK)

type Side = 'open' | 'close' | 'either'

/**
 * Whether a token whose first character has this code can be a quotation
 * mark: a code of `QUOTE_MARKS` or a backtick (two backticks stand for “).
 * Checked on the code so that most punctuation is passed over without
 * building a one-character string.
 */
function mayBeQuoteMark(code: number): boolean {
  return code < MAY_BE_QUOTE.length && MAY_BE_QUOTE[code] === 1
}

/**
 * Pairs the quotes of paragraphs fed one at a time, in document order,
 * carrying an unclosed quote from one paragraph to the next.
 */
export class QuotePairer {
  private carry = false

  /**
   * Pair the quotes of `paragraph`. `nextOpens` says whether the next
   * paragraph opens with a double quotation mark (a quote left open here runs on).
   */
  pair(paragraph: Paragraph, nextOpens: boolean): ParagraphQuotes {
    const found = pairParagraph(paragraph, this.carry, nextOpens)
    this.carry = found.quotes.length > 0 && found.quotes[found.quotes.length - 1].continues
    return found
  }
}

/** Whether the text at `offset` opens with a double quotation mark. */
export function opensWithQuoteAt(text: string, offset: number): boolean {
  if (offset < 0 || offset >= text.length) return false
  const c = text[offset]
  return DOUBLE_OPENING.has(c) || c === '"'
}

function sideOf(tokens: Token[], i: number, mark: string): Side {
  // Whitespace next to the mark counts as no word on that side.
  const token = tokens[i]
  const before = token.spaceBefore ? undefined : tokens[i - 1]
  const after = token.spaceAfter ? undefined : tokens[i + 1]
  const wordBefore =
    before !== undefined &&
    (before.kind === WORD ||
      (before.kind === PUNCT && !QUOTE_MARKS.has(before.text[0]) && before.text !== '(' && before.text !== '—'))
  const wordAfter = after !== undefined && after.kind === WORD
  if (mark === '”' && i === 0 && wordAfter) return 'open' // a closing mark typed at a paragraph's start opens
  if (DOUBLE_OPENING.has(mark) || SINGLE_OPENING.has(mark)) return 'open'
  if (DOUBLE_CLOSING.has(mark) || SINGLE_CLOSING.has(mark)) return 'close'
  if (wordAfter && !wordBefore) return 'open'
  if (wordBefore && !wordAfter) return 'close'
  return 'either'
}

function isDouble(mark: string): boolean {
  return mark === '"' || mark === '″' || DOUBLE_OPENING.has(mark) || DOUBLE_CLOSING.has(mark)
}

interface Open {
  token: number
  double: boolean
}

function pairParagraph(paragraph: Paragraph, continued: boolean, nextOpens: boolean): ParagraphQuotes {
  const tokens = paragraph.tokens
  const quotes: Quote[] = []
  // Stack of open marks: at most one double and one single level are kept.
  let openDouble: Open | null = null
  let openSingle: Open | null = null
  // A quote carried over from the previous paragraph opens at its first mark.
  let carried = continued
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind !== PUNCT || !mayBeQuoteMark(token.text.charCodeAt(0))) continue
    // Punctuation tokens may hold several marks ('."' is rare); look at each mark.
    // Two apostrophes (or backticks) stand for a double mark in some wire copy.
    const mark = token.text.startsWith("''") ? '"' : token.text === '``' ? '“' : token.text[0]
    if (!QUOTE_MARKS.has(mark)) continue
    const side = sideOf(tokens, i, mark)
    if (isDouble(mark)) {
      if (openDouble === null) {
        if (side === 'close' && i === 0) continue
        if (side === 'close') {
          // A closing mark with nothing open: the quote began before this paragraph
          // only if the previous paragraph left one open; otherwise drop it.
          if (carried) {
            quotes.push(makeQuote(paragraph, 0, i, false, true))
            carried = false
          }
          continue
        }
        openDouble = {token: i, double: true}
        openSingle = null
      } else if (
        side === 'open' &&
        notRightAfter(tokens, openDouble.token, i) &&
        !(mark === '"' && !token.spaceBefore && tokens[i - 1].kind === PUNCT)
      ) {
        // Two opening marks in a row: the first was never closed. Restart.
        openDouble = {token: i, double: true}
        openSingle = null
      } else {
        openSingle = null
        quotes.push(makeQuote(paragraph, openDouble.token, i, false, carried && quotes.length === 0))
        openDouble = null
        carried = false
      }
      continue
    }
    // Single marks.
    if (side === 'open') {
      if (openSingle === null && (openDouble !== null || mark === '‘' || isSingleQuoteStart(tokens, i)))
        openSingle = {token: i, double: false}
    } else if (side === 'close' && openSingle !== null) {
      quotes.push(makeQuote(paragraph, openSingle.token, i, openDouble !== null, false))
      openSingle = null
    }
  }
  if (openDouble !== null) {
    // Unclosed at the paragraph's end: it runs on when the next paragraph opens
    // with a quotation mark, or when it began the paragraph.
    if (nextOpens || openDouble.token === 0) {
      const quote = makeQuote(paragraph, openDouble.token, -1, false, false)
      quote.continues = nextOpens
      quotes.push(quote)
    }
  }
  if (quotes.length === 0) return {quotes, inside: outsideEveryQuote(tokens.length)}
  quotes.sort((a, b) => a.start - b.start || b.end - a.end)
  const inside = new Array<number>(tokens.length).fill(-1)
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q]
    const last = quote.close === -1 ? tokens.length - 1 : quote.close
    for (let i = quote.open; i <= last; i++) inside[i] = q
  }
  return {quotes, inside}
}

/** Whether something (a token or whitespace) comes between the tokens at `open` and `i`. */
function notRightAfter(tokens: Token[], open: number, i: number): boolean {
  return i > open + 1 || (i === open + 1 && tokens[i].spaceBefore)
}

/** A lone single mark opens a quote only after whitespace and before a word, with a matching closer later. */
function isSingleQuoteStart(tokens: Token[], i: number): boolean {
  const token = tokens[i]
  const before = token.spaceBefore ? undefined : tokens[i - 1]
  return (before === undefined || before.text === ' ') && !token.spaceAfter && tokens[i + 1]?.kind === WORD
}

function makeQuote(paragraph: Paragraph, open: number, close: number, nested: boolean, continued: boolean): Quote {
  const tokens = paragraph.tokens
  const openToken = tokens[open]
  const closeToken = close === -1 ? tokens[tokens.length - 1] : tokens[close]
  let words = 0
  const last = close === -1 ? tokens.length : close
  const firstInner = continued ? open : open + 1
  for (let i = firstInner; i < last; i++) if (tokens[i].kind === WORD) words++
  const innerStart = continued ? openToken.start : openToken.end
  const innerEnd = close === -1 ? closeToken.end : closeToken.start
  return {
    paragraph: paragraph.index,
    open,
    close,
    start: openToken.start,
    end: closeToken.end,
    innerStart,
    innerEnd: Math.max(innerStart, innerEnd),
    words,
    continues: false,
    continued,
    nested,
    atStart: open === 0
  }
}
