/** The compact JSON form of an attribution: no repeated text, fields chosen by the user. */
import type {Attribution, Span} from '../types.js'

/** The fields of an attribution, in output order. */
export const ATTRIBUTION_FIELDS = [
  'cue',
  'content',
  'mode',
  'source',
  'via',
  'rule',
  'category',
  'lemma',
  'confidence',
  'sentence',
  'paragraph',
  'negated'
] as const
/** One field of an attribution. */
export type AttributionField = (typeof ATTRIBUTION_FIELDS)[number]

/**
 * The compact form of `attribution`: only `fields`; the sentence and the
 * pieces of a span in parts keep their offsets but not their text (it is in
 * the input, and the content already holds it).
 */
export function compactAttribution(
  attribution: Attribution,
  fields: readonly AttributionField[]
): Record<string, unknown> {
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
export function offsets(span: Span): {start: number; end: number} {
  return {start: span.start, end: span.end}
}
