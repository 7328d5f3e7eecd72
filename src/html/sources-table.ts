/** The side table of the annotated view: one row per source. */
import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Attribution, Source} from '../types.js'
import {genderOf} from './describe.js'

/** Shown for an unknown value. */
const UNKNOWN = '—'

/**
 * Build the table of `sources`: name, kind, gender (an em dash when
 * unknown), anonymous, number of mentions, and number of claims (the
 * attributions whose source it is). A document without sources gets one
 * row saying so.
 */
export function sourcesTable(sources: readonly Source[], attributions: readonly Attribution[]): Element {
  const claims = new Map<string, number>()
  for (const {source} of attributions) {
    if (source !== null) claims.set(source.sourceId, (claims.get(source.sourceId) ?? 0) + 1)
  }
  const head = ['Name', 'Kind', 'Gender', 'Anonymous', 'Mentions', 'Claims'].map((name) =>
    h('th', {scope: 'col'}, name)
  )
  const rows = sources.map((source) =>
    h('tr', {dataSourceId: source.id}, [
      h('th', {scope: 'row'}, source.name),
      h('td', source.kind),
      h('td', genderOf(source) ?? UNKNOWN),
      h('td', source.anonymous ? 'yes' : 'no'),
      h('td.n', String(source.mentions.length)),
      h('td.n', String(claims.get(source.id) ?? 0))
    ])
  )
  if (rows.length === 0) rows.push(h('tr', h('td', {colSpan: 6}, 'No sources found.')))
  return h('div.scroll', h('table.sources', [h('caption', 'Sources'), h('thead', h('tr', head)), h('tbody', rows)]))
}
