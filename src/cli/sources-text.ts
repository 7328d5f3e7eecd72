/** `--sources` as text: a table of sources per document or corpus, then the shares. */
import type {SourceKind} from '../types.js'
import type {GenderGroup, Share, SourcesSummary} from '../summary/types.js'
import {shorten} from './shorten.js'
import {formatColumns} from './text-columns.js'

/**
 * Format a summary under the heading `label`: the counts, one line per
 * source (claims, claims relayed as a channel, documents when `corpus`,
 * name, kind, gender, anonymity, channels), and the anonymous, kind and
 * gender shares of sources and of claims. Ends with a blank line.
 */
export function formatSources(label: string, summary: SourcesSummary, corpus: boolean): string {
  const {totals} = summary
  const counts = [
    count(totals.sources, 'source'),
    count(totals.claims, 'claim'),
    `${totals.unsourced} without a source`
  ]
  const lines = [`${label}: ${corpus ? `${count(summary.documents, 'document')}, ` : ''}${counts.join(', ')}`]
  if (totals.sources === 0) return [...lines, '  (no sources)'].join('\n') + '\n\n'
  const header = [
    'claims',
    'relayed',
    ...(corpus ? ['documents'] : []),
    'source',
    'kind',
    'gender',
    'anonymous',
    'channels'
  ]
  const rows = summary.sources.map((entry) => [
    String(entry.claims),
    String(entry.relayed),
    ...(corpus ? [String(entry.documents)] : []),
    shorten(entry.name, 40),
    entry.kind,
    entry.gender ?? '-',
    entry.anonymous ? 'yes' : 'no',
    shorten(entry.channels.join(', '), 40)
  ])
  lines.push(...formatColumns([header, ...rows], new Set(corpus ? [0, 1, 2] : [0, 1]), '  '))
  lines.push(
    `  anonymous: ${part(summary.anonymous, totals.sources, 'source')}, ${part(summary.anonymous, totals.claims, 'claim', true)}`
  )
  lines.push(
    `  by kind:   sources: ${groups(summary.byKind, false)}`,
    `             claims:  ${groups(summary.byKind, true)}`
  )
  const persons = summary.byKind.person
  if (persons.sources > 0) {
    lines.push(`  by gender: of ${count(persons.sources, 'person')}: ${groups(summary.byGender, false)}`)
    lines.push(`             their claims: ${groups(summary.byGender, true)}`)
  }
  return lines.join('\n') + '\n\n'
}

/** `1 source`, `2 sources`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** `1 of 3 sources (33%)`, or of claims when `claims`. */
function part(share: Share, of: number, noun: string, claims = false): string {
  return `${claims ? share.claims : share.sources} of ${count(of, noun)} (${percent(claims ? share.claimShare : share.sourceShare)})`
}

/** `person 2 (67%), media 1 (33%)`: the groups with any sources (or claims), largest first. */
function groups(shares: Record<SourceKind, Share> | Record<GenderGroup, Share>, claims: boolean): string {
  const listed = Object.entries(shares as Record<string, Share>)
    .map(([name, share]) => ({
      name,
      n: claims ? share.claims : share.sources,
      of: claims ? share.claimShare : share.sourceShare
    }))
    .filter((group) => group.n > 0)
    .sort((a, b) => b.n - a.n)
  return listed.length === 0
    ? 'none'
    : listed.map((group) => `${group.name} ${group.n} (${percent(group.of)})`).join(', ')
}

/** `33%`. */
function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}
