/**
 * The tokens of a short stretch of text, for the boundary re-ranker: runs of
 * letters and digits (with an apostrophe and the letters after it) and
 * single marks, as offsets in reused typed arrays, so that scanning a window
 * allocates nothing per token.
 */
import {markTable, QUOTE_MARKS} from '../lexicon/marks.js'
import {wordCharAt} from './features.js'

/** A token that is a word. */
export const WORD_TOKEN = 0
/** A token that is one mark (or a double hyphen). */
export const MARK_TOKEN = 1

/** The tokens of one window, valid until the next `scanWindow`. */
export interface Window {
  /** How many tokens the window holds. */
  count: number
  /** Where the scan stopped (the end of the stretch asked for, within the text). */
  to: number
  starts: Int32Array
  ends: Int32Array
  kinds: Uint8Array
  /**
   * How many words, commas and quotation marks come before token `k`, and
   * the brackets opened less those closed (`count + 1` entries each).
   */
  words: Int32Array
  commas: Int32Array
  quotes: Int32Array
  brackets: Int32Array
  /** The hash of token `k`'s lowercased text, valid where `hashedIn[k]` is `scan` (see `tokenHash`). */
  hashes: Int32Array
  hashedIn: Int32Array
  /** Which scan this is. */
  scan: number
}

const window: Window = {
  count: 0,
  to: 0,
  starts: new Int32Array(256),
  ends: new Int32Array(256),
  kinds: new Uint8Array(256),
  words: new Int32Array(257),
  commas: new Int32Array(257),
  quotes: new Int32Array(257),
  brackets: new Int32Array(257),
  hashes: new Int32Array(256),
  hashedIn: new Int32Array(256),
  scan: 1
}

/** A copy of `array` in a new one of `size` entries. */
function grow<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const next = new (array.constructor as new (size: number) => T)(size)
  next.set(array)
  return next
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

/** The quotation marks (all of them one code unit long), as a table over character codes. */
const QUOTE_TABLE = markTable(QUOTE_MARKS)

/** +1 for an opening bracket, -1 for a closing one, else 0. */
function bracketStep(code: number): number {
  if (code === 0x28 || code === 0x5b) return 1
  return code === 0x29 || code === 0x5d ? -1 : 0
}

/** Double every array of the window, which holds `k` tokens. */
function growWindow(k: number): void {
  window.starts = grow(window.starts, 2 * k)
  window.ends = grow(window.ends, 2 * k)
  window.kinds = grow(window.kinds, 2 * k)
  window.hashes = grow(window.hashes, 2 * k)
  window.hashedIn = grow(window.hashedIn, 2 * k)
  window.words = grow(window.words, 2 * k + 1)
  window.commas = grow(window.commas, 2 * k + 1)
  window.quotes = grow(window.quotes, 2 * k + 1)
  window.brackets = grow(window.brackets, 2 * k + 1)
}

/** Append one token of `text`, growing the arrays when full, and count it. */
function push(text: string, start: number, end: number, kind: number): void {
  const k = window.count
  if (k === window.starts.length) growWindow(k)
  window.starts[k] = start
  window.ends[k] = end
  window.kinds[k] = kind
  window.count = k + 1
  if (kind === WORD_TOKEN) {
    // A word adds to the words only.
    window.words[k + 1] = window.words[k] + 1
    window.commas[k + 1] = window.commas[k]
    window.quotes[k + 1] = window.quotes[k]
    window.brackets[k + 1] = window.brackets[k]
    return
  }
  const code = text.charCodeAt(start)
  window.words[k + 1] = window.words[k]
  window.commas[k + 1] = window.commas[k] + (code === 0x2c ? 1 : 0)
  window.quotes[k + 1] = window.quotes[k] + (code < QUOTE_TABLE.length ? QUOTE_TABLE[code] : 0)
  window.brackets[k + 1] = window.brackets[k] + bracketStep(code)
}

/** What the window holds: the text and stretch the last scan was asked for. */
const scanned = {text: '', from: -1, to: -1}

/**
 * Scan `text` from `from` to `to` into the shared window. A word cut by
 * `from` is skipped up to its end, so tokens start where words start. The
 * same stretch asked again at once (about one scan in twelve on PolNeAR
 * train) is the window as it stands.
 */
export function scanWindow(text: string, from: number, to: number): Window {
  if (from === scanned.from && to === scanned.to && text === scanned.text) return window
  scanned.text = text
  scanned.from = from
  scanned.to = to
  window.count = 0
  window.scan++
  from = Math.max(0, from)
  to = Math.min(text.length, to)
  window.to = to
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
      push(text, i, i + (double ? 2 : 1), MARK_TOKEN)
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
    push(text, start, i, WORD_TOKEN)
  }
  return window
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** The FNV-1a hash of `text.slice(start, end)` lowercased, without slicing it. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i)
    if (code >= 0x41 && code <= 0x5a) code |= 0x20
    else if (code >= 0x80) code = text[i].toLowerCase().charCodeAt(0)
    hash = Math.imul(hash ^ code, FNV_PRIME)
  }
  return hash
}

const BEFORE_WINDOW = hashRange('<w>', 0, 3)
const AFTER_WINDOW = hashRange('</w>', 0, 4)

/** The hash of token `k` of `w` lowercased (fixed values past either end), computed once per scan. */
export function tokenHash(text: string, w: Window, k: number): number {
  if (k < 0) return BEFORE_WINDOW
  if (k >= w.count) return AFTER_WINDOW
  if (w.hashedIn[k] !== w.scan) {
    w.hashes[k] = hashRange(text, w.starts[k], w.ends[k])
    w.hashedIn[k] = w.scan
  }
  return w.hashes[k]
}

/** The index of the first token of `w` that starts at or after `offset` (`w.count` when none does). */
export function tokenAt(w: Window, offset: number): number {
  let low = 0
  let high = w.count
  while (low < high) {
    const middle = (low + high) >>> 1
    if (w.starts[middle] < offset) low = middle + 1
    else high = middle
  }
  return low
}
