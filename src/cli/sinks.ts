/** The output formats, as functions from results to chunks of output text. */
import type {OutputFormat} from './args.js'
import type {AttributionField} from './compact.js'
import {attributionHeader, attributionRecords} from './csv-attributions.js'
import {readEntry, type Outcome} from './entry.js'
import {htmlSink} from './format-html.js'
import {formatArticle} from './format-text.js'
import {entryJson} from './json-entry.js'

/** Turns a run's results into output text, piece by piece. */
export interface Sink {
  /** Text before the first entry. */
  begin(): string
  /** The text of one entry, in pieces: `label` names it in text output, `text` is its input. */
  entry(label: string, outcome: Outcome, text: string | null): Iterable<string>
  /** Text after the last entry. */
  end(): string
}

/**
 * Create the sink of `format`. `collection` is the key of the list in JSON
 * output: `files` for articles, `records` for NDJSON records. The JSON
 * document is written as it goes, each entry in pieces (see `entryJson`,
 * which `fields` goes to), so no entry's whole text is held in memory.
 * `title` is the HTML page's title.
 */
export function createSink(
  format: OutputFormat,
  collection: 'files' | 'records',
  title = 'whosaid',
  fields: readonly AttributionField[] | null = null
): Sink {
  if (format === 'html') return htmlSink(title)
  if (format === 'ndjson') {
    return {
      begin: () => '',
      *entry(_label, outcome) {
        yield* entryJson(outcome, fields)
        yield '\n'
      },
      end: () => ''
    }
  }
  if (format === 'csv') {
    return {
      begin: attributionHeader,
      entry: (_label, outcome) => [attributionRecords(readEntry(outcome))],
      end: () => ''
    }
  }
  if (format === 'json') {
    let first = true
    return {
      begin: () => `{"${collection}":[`,
      *entry(_label, outcome) {
        yield first ? '\n' : ',\n'
        first = false
        yield* entryJson(outcome, fields)
      },
      end: () => (first ? ']}\n' : '\n]}\n')
    }
  }
  return {
    begin: () => '',
    entry: (label, outcome) => [formatArticle(label, 'error' in outcome ? outcome : outcome.result)],
    end: () => ''
  }
}
