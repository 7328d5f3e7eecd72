/** The readable text output: one block per article, one entry per claim. */
import type {Attribution, PiecewiseSpan, Source} from '../types.js'
import {shorten, visible} from './shorten.js'

/** The result for one article, as the text output shows it. */
export type ArticleResult = {attributions: Attribution[]; sources: Source[]} | {error: string}

/**
 * Format one article: a header line with `label` and the counts, then for
 * each attribution in document order its source (as written, then the
 * resolved source: id, name, named/anonymous, kind), the cue, mode and
 * category, the channel (`via`) if any, and the content shortened to about
 * 200 characters. Ends with a blank line. Control characters from the
 * input (terminal escape sequences) are shown escaped, never written raw.
 */
export function formatArticle(rawLabel: string, result: ArticleResult): string {
  const label = visible(rawLabel)
  if ('error' in result) return `${label}\n  error: ${visible(result.error)}\n\n`
  const {attributions, sources} = result
  const byId = new Map(sources.map((source) => [source.id, source]))
  const lines = [`${label}: ${count(attributions.length, 'attribution')}, ${count(sources.length, 'source')}`]
  if (attributions.length === 0) lines.push('  (none found)')
  attributions.forEach((attribution, index) => {
    const number = `  ${index + 1}.`.padEnd(6)
    const indent = ' '.repeat(6)
    lines.push(`${number}source:  ${describeSource(attribution, byId)}`)
    if (attribution.via !== null)
      lines.push(`${indent}via:     ${describeMention(attribution.via.text, attribution.via.sourceId, byId)}`)
    lines.push(
      `${indent}cue:     ${visible(pieces(attribution.cue))} (${attribution.category}, ${attribution.mode}${attribution.negated ? ', negated' : ''})`
    )
    lines.push(
      `${indent}content: ${attribution.content === null ? '(none)' : shorten(visible(pieces(attribution.content)))}`
    )
  })
  return lines.join('\n') + '\n\n'
}

/** `1 source`, `2 sources`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** The source of an attribution as written plus what it resolves to. */
function describeSource(attribution: Attribution, byId: Map<string, Source>): string {
  if (attribution.source === null) return '(unnamed)'
  return describeMention(attribution.source.text, attribution.source.sourceId, byId)
}

/** `he → Omar al-Haddad (s1, named person)`. */
function describeMention(text: string, sourceId: string, byId: Map<string, Source>): string {
  const source = byId.get(sourceId)
  const written = shorten(visible(text), 80)
  if (source === undefined) return written
  const resolved = `(${source.id}, ${source.anonymous ? 'anonymous' : 'named'} ${source.kind})`
  return source.name === text
    ? `${written} ${resolved}`
    : `${written} → ${shorten(visible(source.name), 80)} ${resolved}`
}

/** The text of a span, its pieces joined with ` … ` when it has several. */
export function pieces(span: PiecewiseSpan): string {
  if (span.parts === undefined || span.parts.length < 2) return span.text
  return span.parts.map((part) => part.text).join(' … ')
}
