/**
 * Cut a long input into parts at paragraph boundaries as it is read, so that
 * a file of any size is processed in bounded memory.
 */
import {StringDecoder} from 'node:string_decoder'
import {splitParagraphs} from '../stages/paragraphs.js'

/** Inputs up to this many characters are processed whole. */
export const WHOLE_LIMIT = 8_000_000
/** Longer inputs are cut into parts of about this many characters. */
export const PART_SIZE = 1_000_000

/** One part of an input. */
export interface Part {
  text: string
  /** 1-based part number, or 0 when the input is processed whole. */
  number: number
  /** Offset of the part in the whole input (UTF-16 code units). */
  offset: number
  /** How many paragraphs the parts before this one hold. */
  paragraphs: number
}

/** A blank line: a line break, white space without a line break, a line break. */
const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n/g

/**
 * Decode `bytes` as UTF-8 and yield the input whole (part number 0) when it
 * holds at most `whole` characters, otherwise in parts of at least `size`
 * characters, each ending after a blank line. A paragraph with no blank line
 * for `4 × size` characters is cut at its last line break, or white space,
 * or (never inside a surrogate pair) at that length. Each character is
 * scanned a bounded number of times.
 */
export async function* textParts(
  bytes: AsyncIterable<Buffer>,
  whole = WHOLE_LIMIT,
  size = PART_SIZE
): AsyncGenerator<Part, void, undefined> {
  const decoder = new StringDecoder('utf8')
  let buffer = ''
  let scanFrom = 0
  let parted = false
  let number = 0
  let offset = 0
  let paragraphs = 0
  /** Take the first `cut` characters of the buffer as the next part. */
  const take = (cut: number): Part => {
    const part = {text: buffer.slice(0, cut), number: ++number, offset, paragraphs}
    buffer = buffer.slice(cut)
    scanFrom = 0
    offset += part.text.length
    paragraphs += splitParagraphs(part.text).length
    return part
  }
  for await (const chunk of bytes) {
    buffer += decoder.write(chunk)
    if (!parted && buffer.length <= whole) continue
    parted = true
    let cut: number
    while ((cut = cutPoint(buffer, Math.max(scanFrom, size), size)) !== -1) yield take(cut)
    scanFrom = Math.max(0, buffer.lastIndexOf('\n'))
  }
  buffer += decoder.end()
  if (!parted) {
    // An empty input is still one (empty) article: it gets an entry of its own.
    yield {text: buffer, number: 0, offset: 0, paragraphs: 0}
    return
  }
  let cut: number
  while (buffer.length > size && (cut = cutPoint(buffer, Math.max(scanFrom, size), size)) !== -1) yield take(cut)
  if (buffer.length > size) {
    // The rest holds no blank line after `size`: cut it as a run-on paragraph would be.
    while (buffer.length > 4 * size) yield take(hardCut(buffer, 4 * size))
  }
  if (buffer !== '') yield take(buffer.length)
}

/**
 * Where to end the next part of `buffer`: after the first blank line found
 * from `from`, or a hard cut when the buffer holds `4 × size` characters
 * without one; -1 to wait for more input.
 */
function cutPoint(buffer: string, from: number, size: number): number {
  if (buffer.length < size) return -1
  BLANK_LINE.lastIndex = from
  const match = BLANK_LINE.exec(buffer)
  if (match !== null && match.index < 4 * size) return match.index + match[0].length
  return buffer.length >= 4 * size ? hardCut(buffer, 4 * size) : -1
}

/** Cut `buffer` at about `limit`: at its last line break, else white space, else at `limit` itself. */
function hardCut(buffer: string, limit: number): number {
  const floor = limit >> 1
  const line = buffer.lastIndexOf('\n', limit - 1)
  if (line > floor) return line + 1
  const space = buffer.lastIndexOf(' ', limit - 1)
  if (space > floor) return space + 1
  const code = buffer.charCodeAt(limit)
  return code >= 0xdc00 && code <= 0xdfff ? limit + 1 : limit
}
