/**
 * The tokens of a short stretch of text, for the boundary re-ranker: runs of
 * letters and digits (with an apostrophe and the letters after it) and
 * single marks, as offsets in reused typed arrays, so that scanning a window
 * allocates nothing per token.
 */
import {wordCharAt} from './features.js'

/** A token that is a word. */
export const WORD_TOKEN = 0
/** A token that is one mark (or a double hyphen). */
export const MARK_TOKEN = 1

/** The tokens of one window, valid until the next `scanWindow`. */
export interface Window {
  /** How many tokens the window holds. */
  count: number
  starts: Int32Array
  ends: Int32Array
  kinds: Uint8Array
}

const window: Window = {
  count: 0,
  starts: new Int32Array(256),
  ends: new Int32Array(256),
  kinds: new Uint8Array(256)
}

/** Whether the code unit is white space (the ASCII ones, no-break and the Unicode spaces). */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x3000
  )
}

/** Append one token, growing the arrays when full. */
function push(start: number, end: number, kind: number): void {
  if (window.count === window.starts.length) {
    const size = window.count * 2
    const starts = new Int32Array(size)
    const ends = new Int32Array(size)
    const kinds = new Uint8Array(size)
    starts.set(window.starts)
    ends.set(window.ends)
    kinds.set(window.kinds)
    window.starts = starts
    window.ends = ends
    window.kinds = kinds
  }
  window.starts[window.count] = start
  window.ends[window.count] = end
  window.kinds[window.count] = kind
  window.count++
}

/**
 * Scan `text` from `from` to `to` into the shared window. A word cut by
 * `from` is skipped up to its end, so tokens start where words start.
 */
export function scanWindow(text: string, from: number, to: number): Window {
  window.count = 0
  let i = from
  while (i > 0 && i < to && wordCharAt(text, i - 1, false) > 0 && wordCharAt(text, i, false) > 0) i++
  while (i < to) {
    const code = text.charCodeAt(i)
    if (isSpace(code)) {
      i++
      continue
    }
    let size = wordCharAt(text, i, false)
    if (size === 0) {
      const double = code === 0x2d && text.charCodeAt(i + 1) === 0x2d
      push(i, i + (double ? 2 : 1), MARK_TOKEN)
      i += double ? 2 : 1
      continue
    }
    const start = i
    while (size > 0 && i < to) {
      i += size
      size = i < text.length ? wordCharAt(text, i, false) : 0
    }
    const mark = text.charCodeAt(i)
    if ((mark === 0x27 || mark === 0x2019) && i + 1 < to && wordCharAt(text, i + 1, true) > 0) {
      i++
      while (i < to && (size = wordCharAt(text, i, true)) > 0) i += size
    }
    push(start, i, WORD_TOKEN)
  }
  return window
}
