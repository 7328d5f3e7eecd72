/** The output formats, as functions from results to chunks of output text. */
import type {OutputFormat} from './args.js'
import {attributionHeader, attributionRecords} from './csv-attributions.js'
import {readEntry} from './entry.js'
import {formatArticle, type ArticleResult} from './format-text.js'

/** Turns a run's results into output text, piece by piece. */
export interface Sink {
  /** Text before the first entry. */
  begin(): string
  /** The text of one entry: `label` names it in text output, `json` is its JSON form. */
  entry(label: string, json: string): string
  /** Text after the last entry. */
  end(): string
}

/**
 * Create the sink of `format`. `collection` is the key of the list in JSON
 * output: `files` for articles, `records` for NDJSON records. The JSON
 * document is written as it goes, so nothing is held in memory.
 */
export function createSink(format: OutputFormat, collection: 'files' | 'records'): Sink {
  if (format === 'ndjson') {
    return {begin: () => '', entry: (_label, json) => json + '\n', end: () => ''}
  }
  if (format === 'csv') {
    return {begin: attributionHeader, entry: (_label, json) => attributionRecords(readEntry(json)), end: () => ''}
  }
  if (format === 'json') {
    let first = true
    return {
      begin: () => `{"${collection}":[`,
      entry(_label, json) {
        const text = (first ? '\n' : ',\n') + json
        first = false
        return text
      },
      end: () => (first ? ']}\n' : '\n]}\n')
    }
  }
  return {begin: () => '', entry: (label, json) => formatArticle(label, JSON.parse(json) as ArticleResult), end: () => ''}
}
