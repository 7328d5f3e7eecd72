/** The compact JSON form of a result: no repeated text, attribution fields chosen by the user. */
import type {Attribution, ExtractResult, Source, Span} from '../types.js'

/** The fields of an attribution, in output order. */
export const ATTRIBUTION_FIELDS = [
  'cue', 'content', 'mode', 'source', 'via', 'rule', 'category', 'lemma', 'confidence', 'sentence', 'paragraph', 'negated'
] as const
/** One field of an attribution. */
export type AttributionField = (typeof ATTRIBUTION_FIELDS)[number]

/**
 * Make a result compact, given the JSON body (`"attributions":…,"sources":…,
 * "skipped":…`): each attribution keeps only `fields`; the sentence and the
 * pieces of a span in parts keep their offsets but not their text (it is in
 * the input, and the content already holds it); source mentions likewise.
 * Returns the compact body in the same shape.
 */
export function compactBody(body: string, fields: readonly AttributionField[]): string {
  const result = JSON.parse(`{${body}}`) as ExtractResult
  const attributions = result.attributions.map((attribution) => compactAttribution(attribution, fields))
  const sources = result.sources.map((source: Source) => ({...source, mentions: source.mentions.map(offsets)}))
  return `"attributions":${JSON.stringify(attributions)},"sources":${JSON.stringify(sources)},"skipped":${JSON.stringify(result.skipped)}`
}

function compactAttribution(attribution: Attribution, fields: readonly AttributionField[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const value = attribution[field]
    if (field === 'sentence') out.sentence = offsets(attribution.sentence)
    else if (value !== null && typeof value === 'object' && 'parts' in value && value.parts !== undefined) {
      out[field] = {...value, parts: value.parts.map(offsets)}
    } else out[field] = value
  }
  return out
}

/** A span without its text. */
function offsets(span: Span): {start: number; end: number} {
  return {start: span.start, end: span.end}
}
