/** One output entry of the command: what it names, and its result or failure. */
import type {ExtractResult} from '../types.js'

/**
 * One entry as the command produced it: its leading keys (`{path}`,
 * `{path, part}` or `{id}`; for a failure `{path}` or `{id, path, line}`),
 * then the result or the reason it failed.
 */
export type Outcome =
  {keys: Record<string, unknown>; result: ExtractResult} | {keys: Record<string, unknown>; error: string}

/** One entry as the table formats need it. */
export type Entry =
  {document: string; keys: Record<string, unknown>; result: ExtractResult} | {document: string; error: string}

/**
 * Read an output entry. `document` is the record's `id` when it has one
 * (text as is, anything else as JSON; `null` as `''`), else the file's
 * path, and `keys` the entry's leading key; an error says where it happened
 * (path and line) when `document` does not already say so.
 */
export function readEntry(outcome: Outcome): Entry {
  const value = outcome.keys as {id?: unknown; path?: string; line?: number}
  const document = 'id' in value ? idText(value.id) : (value.path ?? '')
  if ('error' in outcome) {
    const path = value.path === document ? undefined : value.path
    const place = [path, value.line === undefined ? undefined : `line ${value.line}`].filter(
      (part) => part !== undefined
    )
    return {document, error: place.length === 0 ? outcome.error : `${place.join(', ')}: ${outcome.error}`}
  }
  const keys = 'id' in value ? {id: value.id} : {path: value.path}
  return {document, keys, result: outcome.result}
}

/** A record id as a cell: strings as they are, `null` as `''`, anything else as JSON. */
function idText(id: unknown): string {
  if (typeof id === 'string') return id
  return id === null || id === undefined ? '' : JSON.stringify(id)
}
