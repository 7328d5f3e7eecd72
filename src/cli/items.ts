/**
 * The units of work of the command: whole articles, or NDJSON records, read
 * lazily from the inputs in order.
 */
import {createReadStream} from 'node:fs'
import {readFile} from 'node:fs/promises'
import type {Readable} from 'node:stream'
import {errorReason, serializeResult, type SerializedResult} from '../corpus/messages.js'
import type {Options} from '../types.js'
import type {InputSource} from './inputs.js'
import {readLines} from './lines.js'
import {extractFromMarkup, markupOf} from './markup.js'
import type {Progress} from './progress.js'

/** One article or record, ready to process or already failed. */
export interface Item {
  /** How the text output names it. */
  label: string
  /** The leading keys of its result entry when it succeeds (`{path}` or `{id}`). */
  okKeys: Record<string, unknown>
  /** The leading keys of its error entry (`{path}`, or `{id, path, line}`). */
  errorKeys: Record<string, unknown>
  /** The text to process, or `null` when the item failed before processing. */
  text: string | null
  /** Why it failed before processing. */
  error?: string
  /** The result, when reading already produced it (Markdown and HTML files, see `readMarkup`). */
  done?: SerializedResult
}

/** The name standard input gets in the output. */
export const STDIN_NAME = '<stdin>'

/**
 * Yield one item per article: each file is read when it is needed, standard
 * input is read whole. A file that cannot be read gives a failed item.
 * Markdown and HTML files are read through unified (see `readMarkup`).
 */
export async function* articleItems(sources: readonly InputSource[], stdin: Readable, progress: Progress, options: Options = {}): AsyncGenerator<Item> {
  for (const source of sources) {
    const path = source.path ?? STDIN_NAME
    const base = {label: path, okKeys: {path}, errorKeys: {path}}
    try {
      const text = source.path === null ? await readAll(stdin) : await readFile(source.path, 'utf8')
      progress.bytes += Buffer.byteLength(text)
      yield {...base, text, done: readMarkup(source.path, text, options)}
    } catch (error) {
      yield {...base, text: null, error: `cannot read: ${error instanceof Error ? error.message : String(error)}`}
    }
  }
}

/**
 * The result of a Markdown (`.md`, `.markdown`) or HTML (`.html`, `.htm`,
 * `.xhtml`) file, found through unified so that markup stays out of it and
 * offsets point into the file; `undefined` for any other file, which the
 * runner processes as plain text.
 */
export function readMarkup(path: string | null, text: string, options: Options): SerializedResult | undefined {
  const markup = markupOf(path)
  if (markup === null) return undefined
  try {
    return serializeResult(extractFromMarkup(text, markup, options))
  } catch (error) {
    return {error: errorReason(error)}
  }
}

/** Read a whole stream as UTF-8 text. */
async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Yield one item per non-blank NDJSON line of the inputs, in order. Blank
 * lines are skipped but still counted in line numbers. A line that is not
 * JSON, is not an object, or has no string `text` gives a failed item that
 * keeps its place. A record without `id` gets `id: null` in its result.
 */
export async function* recordItems(sources: readonly InputSource[], stdin: Readable, progress: Progress): AsyncGenerator<Item> {
  for (const source of sources) {
    const stream = source.path === null ? stdin : createReadStream(source.path)
    for await (const line of readLines(stream)) {
      progress.bytes += line.bytes
      if (line.text.trim() === '') continue
      yield parseRecord(line.text, line.number, source.path)
    }
  }
}

/** Turn one NDJSON line into an item. */
export function parseRecord(text: string, line: number, path: string | null): Item {
  const where = path === null ? {line} : {path, line}
  const label = `${path === null ? 'line' : `${path}, line`} ${line}`
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return {label, okKeys: {}, errorKeys: where, text: null, error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`}
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value
    return {label, okKeys: {}, errorKeys: where, text: null, error: `expected a JSON object {"id", "text"}, got ${got}`}
  }
  const record = value as {id?: unknown; text?: unknown}
  const id = record.id ?? null
  const named = {label: `${JSON.stringify(id)} (${label})`, okKeys: {id}, errorKeys: 'id' in record ? {id, ...where} : where}
  if (typeof record.text !== 'string') {
    const got = record.text === null ? 'null' : record.text === undefined ? 'nothing' : typeof record.text
    return {...named, text: null, error: `expected "text" to be a string, got ${got}`}
  }
  return {...named, text: record.text}
}
