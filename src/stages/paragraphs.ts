/**
 * Stage 1: cut the input into chunks that can be parsed on their own.
 *
 * retext-english gets slower per byte as a string grows, so long input is cut
 * at blank lines (paragraph breaks), and a paragraph that is still too long is
 * cut at single line breaks, then after sentence-ending punctuation, then at
 * any whitespace, then anywhere (never inside a surrogate pair). Every cut is
 * found by one forward scan, so the whole stage is linear.
 */

import {TITLE_ABBREVIATIONS} from '../lexicon/names.js'

/** A piece of the input to parse on its own. */
export interface Chunk {
  /** Offset of the chunk in the input. */
  start: number
  /** End offset (exclusive). */
  end: number
}

/** Chunks longer than this are cut at safe points. */
export const MAX_CHUNK = 6000

const LF = 10
const CR = 13

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 12 || code === 11 || code === 0x3000
}

/**
 * Split `text` into paragraph chunks: runs of text separated by lines that are
 * empty or hold only whitespace. Leading and trailing whitespace of each chunk
 * is left out. Over-long paragraphs are cut further (see `cutLong`). Lines
 * are found with `indexOf`, and only their edges are inspected, so the cost
 * is one native scan plus a constant per line.
 */
export function splitParagraphs(text: string, max = MAX_CHUNK): Chunk[] {
  const chunks: Chunk[] = []
  const length = text.length
  let paragraphStart = -1
  let paragraphEnd = -1
  let lineStart = 0
  while (lineStart <= length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = length
    let first = lineStart
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++
    if (first === lineEnd) {
      // A blank line closes the running paragraph.
      if (paragraphStart !== -1) cutLong(text, paragraphStart, paragraphEnd, max, chunks)
      paragraphStart = -1
    } else {
      let last = lineEnd
      while (last > first && isSpace(text.charCodeAt(last - 1))) last--
      if (paragraphStart === -1) paragraphStart = first
      paragraphEnd = last
    }
    lineStart = lineEnd + 1
  }
  if (paragraphStart !== -1) cutLong(text, paragraphStart, paragraphEnd, max, chunks)
  return chunks
}

/**
 * Cut `text.slice(start, end)` into chunks of at most about `max` characters,
 * preferring line breaks, then sentence ends, then whitespace.
 */
export function cutLong(text: string, start: number, end: number, max: number, out: Chunk[]): void {
  let from = start
  while (end - from > max) {
    const limit = from + max
    let cut = -1
    let sentenceCut = -1
    let spaceCut = -1
    // Scan the window backwards from the limit for the best safe point; the
    // window is bounded by `max`, and the loop advances by at least max / 2.
    const floor = from + (max >> 1)
    for (let j = limit; j > floor; j--) {
      const code = text.charCodeAt(j)
      if (code === LF || code === CR) {
        cut = j
        break
      }
      if (
        sentenceCut === -1 &&
        (code === 32 || code === 9) &&
        isSentenceEnd(text.charCodeAt(j - 1)) &&
        !afterTitle(text, j - 1)
      )
        sentenceCut = j
      if (spaceCut === -1 && (code === 32 || code === 9 || code === 0xa0)) spaceCut = j
    }
    if (cut === -1) cut = sentenceCut
    if (cut === -1) cut = spaceCut
    if (cut === -1) {
      cut = limit
      // Never cut a surrogate pair in two.
      const code = text.charCodeAt(cut)
      if (code >= 0xdc00 && code <= 0xdfff) cut++
    }
    pushTrimmed(text, from, cut, out)
    from = cut
  }
  pushTrimmed(text, from, end, out)
}

/** The longest title abbreviation `afterTitle` reads back over, in letters. */
const MAX_TITLE = 6

/**
 * Whether the period at `dot` closes a title abbreviation ("Lt.", "Gov."):
 * no sentence ends there, and a cut after it would split a name, which the
 * plugin's whole-document parse keeps together.
 */
function afterTitle(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false
  let k = dot
  while (k > 0 && dot - k < MAX_TITLE && /[A-Za-z]/.test(text[k - 1])) k--
  return (
    k < dot && (k === 0 || !/[A-Za-z]/.test(text[k - 1])) && TITLE_ABBREVIATIONS.has(text.slice(k, dot).toLowerCase())
  )
}

function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x201d || code === 34
}

function pushTrimmed(text: string, start: number, end: number, out: Chunk[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  if (end > start) out.push({start, end})
}

function isSpace(code: number): boolean {
  return isBlank(code) || code === LF || code === CR
}
