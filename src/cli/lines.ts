/** Read a stream line by line, pulling only as fast as the lines are used. */
import {StringDecoder} from 'node:string_decoder'

/** One line of input, without its line ending. */
export interface Line {
  /** 1-based line number within its stream. */
  number: number
  /** The line, or `null` when it is longer than `MAX_LINE` bytes (it is then not kept). */
  text: string | null
  /** Bytes the line took in the input, line ending included. */
  bytes: number
}

/** The longest line kept, in bytes (16 MiB). */
export const MAX_LINE = 16 * 2 ** 20

/**
 * Yield the lines of `chunks` (split on `\n`, a trailing `\r` removed, a
 * final line without a line ending included). A line longer than `max`
 * bytes is not held in memory: it is yielded with `text: null` once its end
 * is reached. Reading pauses while the consumer is busy.
 */
export async function* readLines(
  chunks: AsyncIterable<Buffer | string>,
  max = MAX_LINE
): AsyncGenerator<Line, void, undefined> {
  let decoder = new StringDecoder('utf8')
  let rest = ''
  let restBytes = 0
  let overlong = false
  let number = 0
  for await (const chunk of chunks) {
    const buffer: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    let start = 0
    let index: number
    while ((index = buffer.indexOf(10, start)) !== -1) {
      const bytes = restBytes + index + 1 - start
      if (overlong || bytes > max) {
        yield {number: ++number, text: null, bytes}
        decoder = new StringDecoder('utf8')
      } else {
        yield {number: ++number, text: stripEnding(rest + decoder.write(buffer.subarray(start, index + 1))), bytes}
      }
      rest = ''
      restBytes = 0
      overlong = false
      start = index + 1
    }
    restBytes += buffer.length - start
    if (overlong || restBytes > max) {
      overlong = true
      rest = ''
    } else {
      rest += decoder.write(buffer.subarray(start))
    }
  }
  if (overlong) {
    yield {number: ++number, text: null, bytes: restBytes}
    return
  }
  rest += decoder.end()
  if (rest !== '') yield {number: ++number, text: stripEnding(rest), bytes: restBytes}
}

/** Remove a trailing `\n` and then a trailing `\r`. */
function stripEnding(text: string): string {
  if (text.endsWith('\n')) text = text.slice(0, -1)
  if (text.endsWith('\r')) text = text.slice(0, -1)
  return text
}
