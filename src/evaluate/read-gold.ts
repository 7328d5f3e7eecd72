/**
 * Reading a gold JSON Lines file line by line (Node.js only: the command
 * uses it, the package entry does not).
 */
import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'
import {parseGoldLine, type DocumentCheck} from './jsonl.js'
import type {GoldDocument} from './types.js'

/**
 * Read the gold documents of the file at `path`, one per non-blank line, with
 * `node:readline` (LF or CRLF line ends; the file is never held whole), and
 * check each with `check`. Rejects with the stream's error when the file
 * cannot be read, and with a `GoldFormatError` naming the line otherwise.
 */
export async function readGoldFile<T extends GoldDocument>(path: string, check: DocumentCheck): Promise<T[]> {
  const lines = createInterface({input: createReadStream(path, {encoding: 'utf8'}), crlfDelay: Infinity})
  const documents: T[] = []
  let line = 0
  for await (const raw of lines) {
    line++
    const document = parseGoldLine<T>(raw, path, line, check)
    if (document) documents.push(document)
  }
  return documents
}
