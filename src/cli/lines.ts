/** Read a stream line by line, pulling only as fast as the lines are used. */
import type {Readable} from 'node:stream'
import {StringDecoder} from 'node:string_decoder'

/** One line of input, without its line ending. */
export interface Line {
  /** 1-based line number within its stream. */
  number: number
  text: string
  /** Bytes the line took in the input, line ending included. */
  bytes: number
}

/**
 * Yield the lines of `stream` (split on `\n`, a trailing `\r` removed, a
 * final line without a line ending included). The stream is read through
 * its async iterator, so reading pauses while the consumer is busy.
 */
export async function* readLines(stream: Readable): AsyncGenerator<Line, void, undefined> {
  const decoder = new StringDecoder('utf8')
  let rest = ''
  let restBytes = 0
  let number = 0
  for await (const chunk of stream) {
    const buffer: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    let start = 0
    let index: number
    while ((index = buffer.indexOf(10, start)) !== -1) {
      const text = rest + decoder.write(buffer.subarray(start, index + 1))
      const bytes = restBytes + index + 1 - start
      rest = ''
      restBytes = 0
      start = index + 1
      yield {number: ++number, text: stripEnding(text), bytes}
    }
    rest += decoder.write(buffer.subarray(start))
    restBytes += buffer.length - start
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
