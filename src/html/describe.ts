/** One-line descriptions of attributions and sources, as the annotated view shows them on hover. */
import type {Attribution, Gender, Source} from '../types.js'

/**
 * Describe attribution number `index` (0-based) in one line: its number, the
 * cue, the source it resolves to, the channel, rule, confidence, category
 * and mode, e.g. `#1 “said” · source: Ana Ruiz (person) · rule: say-after ·
 * confidence 0.92 · speech, direct`.
 */
export function describeAttribution(
  attribution: Attribution,
  index: number,
  byId: ReadonlyMap<string, Source>
): string {
  const {cue, source, via} = attribution
  const cueText = cue.parts === undefined ? cue.text : cue.parts.map((part) => part.text).join(' … ')
  const fields = [`#${index + 1} “${cueText}”`]
  fields.push(`source: ${source === null ? '(unnamed)' : nameOf(source.sourceId, source.text, byId)}`)
  if (via !== null) fields.push(`via: ${nameOf(via.sourceId, via.text, byId)}`)
  fields.push(`rule: ${attribution.rule}`, `confidence ${attribution.confidence.toFixed(2)}`)
  fields.push(`${attribution.category}, ${attribution.mode}${attribution.negated ? ', negated' : ''}`)
  return fields.join(' · ')
}

/** The resolved name and kind of a mention, or the mention as written when its source is missing. */
function nameOf(sourceId: string, written: string, byId: ReadonlyMap<string, Source>): string {
  const source = byId.get(sourceId)
  return source === undefined ? written : `${source.name} (${source.kind})`
}

/** The gender of `source`, or `null` when unknown or not given (sources other than persons). */
export function genderOf(source: Source): Gender | null {
  return source.gender ?? null
}
