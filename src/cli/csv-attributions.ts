/** `--format csv`: one CSV row per attribution. */
import type {Attribution, Source} from '../types.js'
import {genderOf} from '../summary/gender.js'
import {csvRecords, type Cell} from './csv.js'
import type {Entry} from './entry.js'
import {pieces} from './format-text.js'

/** The columns, in order. */
export const ATTRIBUTION_COLUMNS = [
  'document',
  'source',
  'source_name',
  'source_kind',
  'source_gender',
  'source_anonymous',
  'channel',
  'cue',
  'category',
  'mode',
  'negated',
  'content',
  'confidence',
  'rule',
  'cue_start',
  'cue_end',
  'content_start',
  'content_end',
  'source_start',
  'source_end',
  'error'
] as const

/** The header record. */
export function attributionHeader(): string {
  return csvRecords([ATTRIBUTION_COLUMNS])
}

/**
 * The records of one entry: one per attribution in document order, or one
 * with only `document` and `error` for a failure. `source` is the source as
 * written and `source_name` the source it resolves to; `channel` is the name
 * of the `via` source. Cue and content written in pieces are joined with
 * ` … `; their offsets run from the first piece to the last.
 */
export function attributionRecords(entry: Entry): string {
  if ('error' in entry) {
    const cell = (column: string) => (column === 'document' ? entry.document : column === 'error' ? entry.error : null)
    return csvRecords([ATTRIBUTION_COLUMNS.map(cell)])
  }
  const byId = new Map(entry.result.sources.map((source) => [source.id, source]))
  return csvRecords(entry.result.attributions.map((attribution) => row(entry.document, attribution, byId)))
}

/** The cells of one attribution, in the order of `ATTRIBUTION_COLUMNS`. */
function row(document: string, attribution: Attribution, byId: ReadonlyMap<string, Source>): Cell[] {
  const {cue, content, source: mention, via} = attribution
  const source = mention === null ? undefined : byId.get(mention.sourceId)
  const channel = via === null ? null : (byId.get(via.sourceId)?.name ?? via.text)
  return [
    document,
    mention?.text ?? null,
    source?.name ?? null,
    source?.kind ?? null,
    source === undefined ? null : genderOf(source),
    source?.anonymous ?? null,
    channel,
    pieces(cue),
    attribution.category,
    attribution.mode,
    attribution.negated,
    content === null ? null : pieces(content),
    attribution.confidence,
    attribution.rule,
    cue.start,
    cue.end,
    content?.start ?? null,
    content?.end ?? null,
    mention?.start ?? null,
    mention?.end ?? null,
    null
  ]
}
