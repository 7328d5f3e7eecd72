/** The summary printed on stderr at the end of a run. */
import type {ExtractResult, SourceKind} from '../types.js'

/** Totals over a run. */
export interface Tally {
  records: number
  failures: number
  attributions: number
  sources: number
  anonymous: number
  byKind: Record<SourceKind, number>
  /** Stretches left out (reader-comment threads) and the characters they hold. */
  skipped: number
  skippedCharacters: number
}

/** A tally with every count at zero. */
export function emptyTally(): Tally {
  return {
    records: 0,
    failures: 0,
    attributions: 0,
    sources: 0,
    anonymous: 0,
    skipped: 0,
    skippedCharacters: 0,
    byKind: {person: 0, organization: 0, media: 0, document: 0, group: 0, unknown: 0}
  }
}

/**
 * Add one record's counts (or its failure, when `result` is `null`) to
 * `tally`; `newRecord` is `false` for the second and later parts of a file.
 */
export function addToTally(tally: Tally, result: ExtractResult | null, newRecord = true): void {
  if (newRecord) tally.records++
  if (result === null) {
    tally.failures++
    return
  }
  tally.attributions += result.attributions.length
  tally.skipped += result.skipped.length
  for (const span of result.skipped) tally.skippedCharacters += span.end - span.start
  tally.sources += result.sources.length
  for (const source of result.sources) {
    tally.byKind[source.kind] = (tally.byKind[source.kind] ?? 0) + 1
    if (source.anonymous) tally.anonymous++
  }
}

/**
 * Format the summary, for example:
 * `whosaid: 3 records, 0 failed, 7 attributions, 4 sources (person 3, media 1), 25% anonymous`;
 * `unit` is the singular noun of what was counted (`record`, `article`).
 * Kinds with no source are left out. When text was left out, the summary
 * ends with how much: `, 1,204 characters skipped (2 comment threads)`.
 */
export function formatSummary(tally: Tally, unit = 'record'): string {
  const kinds = Object.entries(tally.byKind)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind} ${n}`)
  const share = tally.sources === 0 ? 0 : Math.round((100 * tally.anonymous) / tally.sources)
  return (
    `whosaid: ${plural(tally.records, unit)}, ${tally.failures} failed, ${plural(tally.attributions, 'attribution')}, ` +
    `${plural(tally.sources, 'source')}${kinds.length > 0 ? ` (${kinds.join(', ')})` : ''}, ${share}% anonymous` +
    `${tally.skipped > 0 ? `, ${plural(tally.skippedCharacters, 'character', true)} skipped (${plural(tally.skipped, 'comment thread')})` : ''}\n`
  )
}

/** `1 record`, `2 records`; `1,204 characters` with `grouped`. */
function plural(n: number, noun: string, grouped = false): string {
  return `${grouped ? n.toLocaleString('en-US') : n} ${n === 1 ? noun : noun + 's'}`
}
