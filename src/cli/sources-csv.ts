/** `--sources --format csv`: sources, totals and shares as rows of one table. */
import type {Share, SourcesSummary} from '../summary/types.js'
import {csvRecords, type Cell} from './csv.js'

/** The columns, in order. */
export const SOURCES_COLUMNS = [
  'scope',
  'document',
  'row',
  'name',
  'kind',
  'gender',
  'anonymous',
  'documents',
  'claims',
  'relayed',
  'channels',
  'sources',
  'unsourced',
  'source_share',
  'claim_share',
  'error'
] as const

type Column = (typeof SOURCES_COLUMNS)[number]

/** The header record. */
export function sourcesHeader(): string {
  return csvRecords([SOURCES_COLUMNS])
}

/**
 * The records of one summary. `scope` is `document` (with `document` its
 * path or id) or `corpus`. Rows, told apart by `row`: `source` (one per
 * source, channels joined with `; `), `total` (documents, sources, claims,
 * unsourced), `anonymous`, `kind` (one per kind) and `gender` (one per
 * gender among the persons, `kind` being `person`), each of these with the
 * group's sources and claims and their shares as fractions to four places.
 */
export function sourcesRecords(scope: 'document' | 'corpus', document: string, summary: SourcesSummary): string {
  const base = {scope, document: scope === 'corpus' ? null : document}
  const rows: Array<Partial<Record<Column, Cell>>> = summary.sources.map((entry) => ({
    ...base,
    row: 'source',
    name: entry.name,
    kind: entry.kind,
    gender: entry.gender,
    anonymous: entry.anonymous,
    documents: entry.documents,
    claims: entry.claims,
    relayed: entry.relayed,
    channels: entry.channels.join('; ')
  }))
  const {totals} = summary
  rows.push({
    ...base,
    row: 'total',
    documents: summary.documents,
    sources: totals.sources,
    claims: totals.claims,
    unsourced: totals.unsourced
  })
  rows.push({...base, row: 'anonymous', anonymous: true, ...shareCells(summary.anonymous)})
  for (const [kind, share] of Object.entries(summary.byKind))
    rows.push({...base, row: 'kind', kind, ...shareCells(share)})
  for (const [gender, share] of Object.entries(summary.byGender))
    rows.push({...base, row: 'gender', kind: 'person', gender, ...shareCells(share)})
  return csvRecords(rows.map(cells))
}

/** The record of a failed document. */
export function sourcesErrorRecord(document: string, error: string): string {
  return csvRecords([cells({scope: 'document', document, row: 'error', error})])
}

/** The cells of a share. */
function shareCells(share: Share): Partial<Record<Column, Cell>> {
  return {
    sources: share.sources,
    claims: share.claims,
    source_share: share.sourceShare.toFixed(4),
    claim_share: share.claimShare.toFixed(4)
  }
}

/** A row's cells in the order of `SOURCES_COLUMNS`, empty where it has none. */
function cells(row: Partial<Record<Column, Cell>>): Cell[] {
  return SOURCES_COLUMNS.map((column) => row[column] ?? null)
}
