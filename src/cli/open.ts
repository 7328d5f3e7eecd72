/**
 * Open an input as a stream of bytes ready to decode: gzip is decompressed
 * (recognised by its magic bytes, whatever the name), a UTF-8 byte-order
 * mark is dropped, and binary data is refused.
 */
import {createReadStream} from 'node:fs'
import {Readable, pipeline} from 'node:stream'
import {createGunzip} from 'node:zlib'
import type {InputSource} from './inputs.js'

/** Thrown for an input that is not text. */
export class BinaryInputError extends Error {}

/** How much of the start of an input is looked at to tell text from binary. */
const SNIFF = 8192

/**
 * Yield the bytes of `source` (standard input when its path is `null`):
 * decompressed when gzipped, without a leading byte-order mark. Throws a
 * `BinaryInputError` when the first bytes hold a NUL or are mostly control
 * characters, and the file-system or zlib error when reading fails.
 */
export async function* inputBytes(source: InputSource, stdin: Readable): AsyncGenerator<Buffer, void, undefined> {
  const raw: Readable = source.path === null ? stdin : createReadStream(source.path)
  const chunks = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>
  const first = await chunks.next()
  if (first.done === true) return
  const head = toBuffer(first.value)
  let body: AsyncIterator<Buffer | string> = prepend(head, chunks)
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const gunzip = createGunzip()
    pipeline(Readable.from(iterate(body)), gunzip, () => {})
    body = gunzip[Symbol.asyncIterator]()
  }
  let start = true
  for (;;) {
    const next = await body.next()
    if (next.done === true) return
    let buffer = toBuffer(next.value)
    if (start) {
      start = false
      if (isBinary(buffer.subarray(0, SNIFF))) throw new BinaryInputError('binary data, not text: skipped')
      if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) buffer = buffer.subarray(3)
    }
    if (buffer.length > 0) yield buffer
  }
}

/** Whether bytes look binary: a NUL, or more than a tenth control characters other than white space. */
export function isBinary(bytes: Uint8Array): boolean {
  let control = 0
  for (const byte of bytes) {
    if (byte === 0) return true
    if ((byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 27) || byte === 127) control++
  }
  return control * 10 > bytes.length
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : chunk
}

/** `rest` with `head` in front. */
async function* prepend(head: Buffer, rest: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer | string> {
  yield head
  for (;;) {
    const next = await rest.next()
    if (next.done === true) return
    yield next.value
  }
}

/** An iterator as an iterable, for `Readable.from`. */
function iterate<T>(iterator: AsyncIterator<T>): AsyncIterable<T> {
  return {[Symbol.asyncIterator]: () => iterator}
}
