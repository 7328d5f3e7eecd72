/**
 * The units of work of the command: whole articles, or NDJSON records, read
 * lazily from the inputs in order.
 */
import type {Readable} from 'node:stream'
import {errorReason} from '../corpus/messages.js'
import type {ExtractResult, Options} from '../types.js'
import {reason, type InputSource} from './inputs.js'
import {MAX_LINE, readLines} from './lines.js'
import {extractFromMarkup, markupOf} from './markup.js'
import {BinaryInputError, inputBytes} from './open.js'
import {textParts} from './parts.js'
import type {Progress} from './progress.js'

/** One article or record, ready to process or already failed. */
export interface Item {
  /** How the text output names it. */
  label: string
  /** The leading keys of its result entry when it succeeds (`{path}`, `{path, part}` or `{id}`). */
  okKeys: Record<string, unknown>
  /** The leading keys of its error entry (`{path}`, or `{id, path, line}`). */
  errorKeys: Record<string, unknown>
  /** The text to process, or `null` when the item failed before processing. */
  text: string | null
  /** Why it failed before processing. */
  error?: string
  /** The result, when reading already produced it (Markdown and HTML files, see `readMarkup`). */
  done?: ExtractResult | {error: string}
  /** For a part of a long file: where the part starts in the whole file. */
  shift?: {characters: number; paragraphs: number}
}

/** The name standard input gets in the output. */
export const STDIN_NAME = '<stdin>'

/**
 * Yield the items of each article: each file is read when it is needed,
 * as one item, or as one item per part when it is too long to process
 * whole (see `textParts`). Markdown and HTML files are read whole, through
 * unified (see `readMarkup`). A file that cannot be read, or is binary,
 * gives a failed item in its place (after any parts already read).
 */
export async function* articleItems(
  sources: readonly InputSource[],
  stdin: Readable,
  progress: Progress,
  options: Options = {}
): AsyncGenerator<Item> {
  for (const source of sources) {
    const path = source.path ?? STDIN_NAME
    const base = {label: path, okKeys: {path}, errorKeys: {path}}
    if (source.error !== undefined) {
      yield {...base, text: null, error: source.error}
      continue
    }
    try {
      // Markdown and HTML are never cut: their syntax may span a blank line.
      const whole = markupOf(source.path) === null ? undefined : Number.POSITIVE_INFINITY
      for await (const part of textParts(counted(inputBytes(source, stdin), progress), whole)) {
        if (part.number === 0) yield {...base, text: part.text, done: readMarkup(source.path, part.text, options)}
        else {
          yield {
            label: `${path} (part ${part.number})`,
            okKeys: {path, part: part.number},
            errorKeys: {path, part: part.number},
            text: part.text,
            shift: {characters: part.offset, paragraphs: part.paragraphs}
          }
        }
      }
    } catch (error) {
      yield {...base, text: null, error: readError(error)}
    }
  }
}

/**
 * The result of a Markdown (`.md`, `.markdown`) or HTML (`.html`, `.htm`,
 * `.xhtml`) file, found through unified so that markup stays out of it and
 * offsets point into the file; `undefined` for any other file, which the
 * runner processes as plain text.
 */
export function readMarkup(
  path: string | null,
  text: string,
  options: Options
): ExtractResult | {error: string} | undefined {
  const markup = markupOf(path)
  if (markup === null) return undefined
  try {
    return extractFromMarkup(text, markup, options)
  } catch (error) {
    return {error: errorReason(error)}
  }
}

/** Count the bytes read in `progress` as they pass. */
async function* counted(bytes: AsyncIterable<Buffer>, progress: Progress): AsyncGenerator<Buffer> {
  for await (const chunk of bytes) {
    progress.bytes += chunk.length
    yield chunk
  }
}

/** The message of an error met while reading an input. */
function readError(error: unknown): string {
  if (error instanceof BinaryInputError) return error.message
  return `cannot read: ${reason(error)}`
}

/**
 * Yield one item per non-blank NDJSON line of the inputs, in order. Blank
 * lines are skipped but still counted in line numbers. A line that is not
 * JSON, is not an object, or has no string `text` gives a failed item that
 * keeps its place. A record without `id` gets `id: null` in its result.
 */
export async function* recordItems(
  sources: readonly InputSource[],
  stdin: Readable,
  progress: Progress
): AsyncGenerator<Item> {
  for (const source of sources) {
    const where = source.path === null ? {} : {path: source.path}
    const label = source.path ?? STDIN_NAME
    if (source.error !== undefined) {
      yield {label, okKeys: {}, errorKeys: where, text: null, error: source.error}
      continue
    }
    let number = 0
    try {
      for await (const line of readLines(inputBytes(source, stdin))) {
        progress.bytes += line.bytes
        number = line.number
        if (line.text === null) {
          yield {
            label: `${label}, line ${number}`,
            okKeys: {},
            errorKeys: {...where, line: number},
            text: null,
            error: `line longer than ${MAX_LINE / 2 ** 20} MiB: skipped`
          }
        } else if (line.text.trim() !== '') {
          yield parseRecord(line.text, line.number, source.path)
        }
      }
    } catch (error) {
      // The input failed (deleted, unreadable, binary): say so after the lines read, and go on.
      yield {
        label,
        okKeys: {},
        errorKeys: number === 0 ? where : {...where, line: number + 1},
        text: null,
        error: readError(error)
      }
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
    return {
      label,
      okKeys: {},
      errorKeys: where,
      text: null,
      error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value
    return {label, okKeys: {}, errorKeys: where, text: null, error: `expected a JSON object {"id", "text"}, got ${got}`}
  }
  const record = value as {id?: unknown; text?: unknown}
  const id = record.id ?? null
  if (!printable(id))
    return {label, okKeys: {}, errorKeys: where, text: null, error: 'expected "id" to be nested less deeply'}
  const named = {
    label: `${JSON.stringify(id)} (${label})`,
    okKeys: {id},
    errorKeys: 'id' in record ? {id, ...where} : where
  }
  if (typeof record.text !== 'string') {
    const got = record.text === null ? 'null' : record.text === undefined ? 'nothing' : typeof record.text
    return {...named, text: null, error: `expected "text" to be a string, got ${got}`}
  }
  return {...named, text: record.text}
}

/** Whether `value` can be written back as JSON (an `id` nested thousands deep cannot). */
function printable(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true
  try {
    JSON.stringify(value)
    return true
  } catch {
    return false
  }
}
