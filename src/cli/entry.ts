/** Read back an output entry of the command: what it names, and its result or failure. */
import type {ExtractResult} from '../types.js'

/** One entry as the table formats need it. */
export type Entry =
  | {document: string; keys: Record<string, unknown>; result: ExtractResult}
  | {document: string; error: string}

/**
 * Parse the JSON of an output entry (`{path|id, attributions, sources}` or
 * an error entry `{id?, path?, line?, error}`). `document` is the record's
 * `id` when it has one (text as is, anything else as JSON; `null` as `''`),
 * else the file's path, and `keys` the entry's leading key; an error says where it happened (path and line)
 * when `document` does not already say so.
 */
export function readEntry(json: string): Entry {
  const value = JSON.parse(json) as Partial<ExtractResult> & {id?: unknown; path?: string; line?: number; error?: string}
  const document = 'id' in value ? idText(value.id) : (value.path ?? '')
  if (value.error !== undefined) {
    const path = value.path === document ? undefined : value.path
    const place = [path, value.line === undefined ? undefined : `line ${value.line}`].filter((part) => part !== undefined)
    return {document, error: place.length === 0 ? value.error : `${place.join(', ')}: ${value.error}`}
  }
  const keys = 'id' in value ? {id: value.id} : {path: value.path}
  return {document, keys, result: {attributions: value.attributions ?? [], sources: value.sources ?? [], skipped: value.skipped ?? []}}
}

/** A record id as a cell: strings as they are, `null` as `''`, anything else as JSON. */
function idText(id: unknown): string {
  if (typeof id === 'string') return id
  return id === null || id === undefined ? '' : JSON.stringify(id)
}
