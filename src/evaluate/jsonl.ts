/**
 * Reading gold documents from JSON Lines text.
 */
import type {GoldDocument} from './types.js'
import {goldDocumentProblem} from './validate.js'

/** A gold file line that is not a well-formed document. */
export class GoldFormatError extends Error {
  /** The 1-based line number. */
  readonly line: number

  /** Make an error for line `line` of `name`. */
  constructor(name: string, line: number, problem: string) {
    super(`${name}:${line}: ${problem}`)
    this.name = 'GoldFormatError'
    this.line = line
  }
}

/** Options of `parseGoldJsonl`. */
export interface ParseGoldOptions {
  /** The file name used in error messages. Default `'gold'`. */
  name?: string
}

/** Describe what keeps a parsed value from being a document, or return `null`. */
export type DocumentCheck = (value: unknown) => string | null

/**
 * Parse one line of a gold file: `null` for a blank line, else the document.
 * Throws a `GoldFormatError` naming the line for invalid JSON or a value
 * `check` finds fault with.
 */
export function parseGoldLine<T extends GoldDocument>(
  raw: string,
  name: string,
  line: number,
  check: DocumentCheck
): T | null {
  const trimmed = raw.trim()
  if (trimmed === '') return null
  let value: unknown
  try {
    value = JSON.parse(trimmed)
  } catch (error) {
    throw new GoldFormatError(name, line, `invalid JSON (${(error as Error).message})`)
  }
  const problem = check(value)
  if (problem) throw new GoldFormatError(name, line, problem)
  return value as T
}

/**
 * Parse JSON Lines text into gold documents, one per non-blank line, in
 * order. Throws a `GoldFormatError` naming the line for invalid JSON or a
 * line that is not a gold document, and a TypeError when `text` is not a
 * string.
 */
export function parseGoldJsonl(text: string, options?: ParseGoldOptions): GoldDocument[] {
  if (typeof text !== 'string') {
    throw new TypeError(`parseGoldJsonl: expected \`text\` to be a string, got ${text === null ? 'null' : typeof text}`)
  }
  const name = options?.name ?? 'gold'
  if (typeof name !== 'string') {
    throw new TypeError(`parseGoldJsonl: expected \`options.name\` to be a string, got ${typeof name}`)
  }
  const documents: GoldDocument[] = []
  let line = 0
  let from = 0
  while (from <= text.length) {
    let to = text.indexOf('\n', from)
    if (to === -1) to = text.length
    line++
    const document = parseGoldLine(text.slice(from, to), name, line, goldDocumentProblem)
    from = to + 1
    if (document) documents.push(document)
  }
  return documents
}
