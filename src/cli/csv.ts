/** RFC 4180 CSV text, written by csv-stringify. */
import {stringify} from 'csv-stringify/sync'

/** A cell before it is written: `null` is an empty cell, booleans are `true`/`false`. */
export type Cell = string | number | boolean | null

/**
 * Write `rows` as CSV records: comma-separated, each ended by CRLF, a field
 * quoted with `"` (doubled inside) when it holds a comma, a quote or a line
 * break. Returns `''` for no rows.
 */
export function csvRecords(rows: ReadonlyArray<readonly Cell[]>): string {
  if (rows.length === 0) return ''
  // With a record delimiter given, csv-stringify quotes a lone LF or CR only
  // when `quote_record_delimiter` is set: without it, "a\nb" is left bare.
  return stringify(
    rows.map((row) => row.map(cellText)),
    {record_delimiter: 'windows', quote_record_delimiter: true}
  )
}

/** The text of one cell. */
function cellText(cell: Cell): string {
  if (cell === null) return ''
  return typeof cell === 'string' ? cell : String(cell)
}
