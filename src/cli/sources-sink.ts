/** The sink of `--sources`: a summary per document, then one for the whole run. */
import {summarizeSources, SourceTally} from '../summary/index.js'
import type {OutputFormat} from './args.js'
import {readEntry, type Outcome} from './entry.js'
import {sourcesErrorRecord, sourcesHeader, sourcesRecords} from './sources-csv.js'
import {formatSources} from './sources-text.js'
import type {Sink} from './sinks.js'

/** The formats `--sources` writes. */
export type SourcesFormat = 'text' | 'json' | 'csv'

/** Whether `--sources` can write `format`. */
export function isSourcesFormat(format: OutputFormat): format is SourcesFormat {
  return format === 'text' || format === 'json' || format === 'csv'
}

/**
 * Create the `--sources` sink for `format` (`text`, `json` or `csv`).
 * Each entry's summary is written as it comes; the corpus summary, added up
 * meanwhile, is written at the end (in text only when there were two or
 * more documents). JSON is `{"files"|"records": [...], "corpus": {...}}`,
 * each entry its `path` or `id` followed by the summary, or the error entry.
 */
export function createSourcesSink(format: SourcesFormat, collection: 'files' | 'records'): Sink {
  const corpus = new SourceTally()
  let entries = 0
  /** Read one entry, count it in the corpus, and give its summary (or error). */
  const take = (outcome: Outcome) => {
    entries++
    const entry = readEntry(outcome)
    if ('error' in entry) return entry
    corpus.add(entry.result)
    return {document: entry.document, keys: entry.keys, summary: summarizeSources(entry.result)}
  }
  if (format === 'csv') {
    return {
      begin: sourcesHeader,
      entry(_label, outcome) {
        const entry = take(outcome)
        return [
          'error' in entry
            ? sourcesErrorRecord(entry.document, entry.error)
            : sourcesRecords('document', entry.document, entry.summary)
        ]
      },
      end: () => sourcesRecords('corpus', '', corpus.summary())
    }
  }
  if (format === 'json') {
    return {
      begin: () => `{"${collection}":[`,
      entry(_label, outcome) {
        const entry = take(outcome)
        const body =
          'summary' in entry
            ? {...entry.keys, ...entry.summary}
            : {...outcome.keys, error: 'error' in outcome ? outcome.error : entry.error}
        return [(entries === 1 ? '\n' : ',\n') + JSON.stringify(body)]
      },
      end: () => `${entries === 0 ? '' : '\n'}],"corpus":${JSON.stringify(corpus.summary())}}\n`
    }
  }
  return {
    begin: () => '',
    entry(label, outcome) {
      const entry = take(outcome)
      return ['error' in entry ? `${label}\n  error: ${entry.error}\n\n` : formatSources(label, entry.summary, false)]
    },
    end: () => (entries < 2 ? '' : formatSources('corpus', corpus.summary(), true))
  }
}
