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
    const raw = text.slice(from, to).trim()
    from = to + 1
    if (raw === '') continue
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      throw new GoldFormatError(name, line, `invalid JSON (${(error as Error).message})`)
    }
    const problem = goldDocumentProblem(value)
    if (problem) throw new GoldFormatError(name, line, problem)
    documents.push(value as GoldDocument)
  }
  return documents
}
