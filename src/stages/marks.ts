/**
 * Whether a stretch of the input holds a quotation mark, as `modeOf` reads
 * one, answered from the positions of the marks in the whole input (found
 * once per document, on first use) instead of a regex over each content.
 * Many contents of one long sentence overlap; reading each one again cost
 * contents × sentence length.
 */
import {DOUBLE_CLOSING, DOUBLE_OPENING, markTable} from '../lexicon/marks.js'

/** The marks of one input, and the input itself. */
export interface MarkIndex {
  text: string
  /** Sorted positions where a mark stands with its neighbours inside any stretch that holds them. */
  inner: Int32Array | null
}

/** The index asked for last: the result stage and the boundary re-ranker ask for the same text in turn. */
let latest: MarkIndex = {text: '', inner: null}

/** An index over `text`, filled on its first question (the last one made is reused for the same text). */
export function markIndex(text: string): MarkIndex {
  if (latest.text !== text) latest = {text, inner: null}
  return latest
}

/**
 * Whether `text.slice(start, end)` holds a quotation mark: a double one (see
 * lexicon/marks.ts) or ", two straight single marks in a row, ‘ at the start
 * or after white space, or ’ at the end or before white space or .,;:!?
 * (the marks `modeOf` counts).
 */
export function holdsMark(index: MarkIndex, start: number, end: number): boolean {
  if (end <= start) return false
  const text = index.text
  if (markAt(text, start, start, end) || markAt(text, end - 1, start, end)) return true
  if (end - start <= 2) return false
  const inner = (index.inner ??= innerMarks(text))
  // The first mark after `start`; the stretch holds one when it is before `end - 1`.
  let low = 0
  let high = inner.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (inner[middle] <= start) low = middle + 1
    else high = middle
  }
  return low < inner.length && inner[low] < end - 1
}

/** The double quotation marks, and the straight one: a mark wherever it stands. */
const DOUBLE_MARKS = markTable(DOUBLE_OPENING, DOUBLE_CLOSING, '"')

/** Positions `i` that are a mark when both neighbours belong to the stretch. */
function innerMarks(text: string): Int32Array {
  const found: number[] = []
  for (let i = 1; i + 1 < text.length; i++) if (markAt(text, i, 0, text.length)) found.push(i)
  // From an array-like, not an iterable: `Int32Array.from` walks the iterator protocol.
  return new Int32Array(found)
}

/** Whether the character at `i` is a mark within the stretch [start, end). */
function markAt(text: string, i: number, start: number, end: number): boolean {
  const code = text.charCodeAt(i)
  if (code < DOUBLE_MARKS.length && DOUBLE_MARKS[code] === 1) return true
  switch (code) {
    case 0x27: // ' (a pair)
      return i + 1 < end && text.charCodeAt(i + 1) === 0x27
    case 0x2018: // ‘
      return i === start || isWhiteSpace(text.charCodeAt(i - 1))
    case 0x2019: {
      // ’
      if (i + 1 >= end) return true
      const next = text.charCodeAt(i + 1)
      return isWhiteSpace(next) || AFTER_CLOSE.includes(text[i + 1])
    }
    default:
      return false
  }
}

const AFTER_CLOSE = '.,;:!?'

/** A character of the regex class `\s`: ECMAScript white space and line terminators. */
function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
