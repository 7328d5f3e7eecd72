/**
 * Whether a stretch of the input holds a quotation mark, as `modeOf` reads
 * one, answered from the positions of the marks in the input instead of a
 * regex over each content. Many contents of one long sentence overlap;
 * reading each one again cost contents × sentence length. The positions are
 * found block by block as contents ask for them: most of an article holds
 * no content, and scanning all of it cost about 1.5% of the extraction.
 */
import {DOUBLE_CLOSING, DOUBLE_OPENING, markTable} from '../lexicon/marks.js'

/** The marks of one input, and the input itself. */
export interface MarkIndex {
  text: string
  /**
   * For each block of `BLOCK` code units, the sorted positions in it where a
   * mark stands with its neighbours inside any stretch that holds them
   * (`null` until asked).
   */
  blocks: (Int32Array | null)[]
  /** Those positions in the whole input, for a stretch over more than `MAX_BLOCKS` blocks (`null` until asked). */
  inner: Int32Array | null
}

/** log2 of the code units in one block. */
const BLOCK_SHIFT = 7
/** The code units in one block. */
const BLOCK = 1 << BLOCK_SHIFT
/** The most blocks one question reads; a longer stretch asks the index of the whole input. */
const MAX_BLOCKS = 8

/** The index asked for last: the result stage and the boundary re-ranker ask for the same text in turn. */
let latest: MarkIndex = {text: '', blocks: [null], inner: null}

/** An index over `text`, filled as it is asked (the last one made is reused for the same text). */
export function markIndex(text: string): MarkIndex {
  if (latest.text !== text) {
    // Every block's entry from the start, so that the array keeps one shape as blocks are filled.
    latest = {text, blocks: new Array<Int32Array | null>((text.length >> BLOCK_SHIFT) + 1).fill(null), inner: null}
  }
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
  // A mark with both neighbours inside: at a position from `start + 1` to `end - 2`.
  const first = start + 1
  const last = end - 2
  const firstBlock = first >> BLOCK_SHIFT
  const lastBlock = last >> BLOCK_SHIFT
  if (lastBlock - firstBlock >= MAX_BLOCKS)
    return holdsInner((index.inner ??= innerMarks(text, 1, text.length - 1)), first, last)
  for (let b = firstBlock; b <= lastBlock; b++) {
    const marks = (index.blocks[b] ??= innerMarks(
      text,
      Math.max(1, b * BLOCK),
      Math.min(text.length - 1, (b + 1) * BLOCK)
    ))
    if (marks.length > 0 && ((b > firstBlock && b < lastBlock) || holdsInner(marks, first, last))) return true
  }
  return false
}

/** Whether the sorted positions `marks` hold one from `first` to `last`. */
function holdsInner(marks: Int32Array, first: number, last: number): boolean {
  let low = 0
  let high = marks.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (marks[middle] < first) low = middle + 1
    else high = middle
  }
  return low < marks.length && marks[low] <= last
}

/** The double quotation marks, and the straight one: a mark wherever it stands. */
const DOUBLE_MARKS = markTable(DOUBLE_OPENING, DOUBLE_CLOSING, '"')

/** Positions `i` from `from` to before `to` that are a mark when both neighbours belong to the stretch. */
function innerMarks(text: string, from: number, to: number): Int32Array {
  const found: number[] = []
  for (let i = from; i < to; i++) if (markAt(text, i, 0, text.length)) found.push(i)
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
