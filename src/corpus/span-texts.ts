/**
 * Send results between threads without their span texts. Every `text` of a
 * span is `input.slice(start, end)`: in the thread that made it, V8 keeps
 * it as a slice sharing the input's memory, but a structured clone copies
 * each one in full. Many attributions in one long sentence then turn a
 * record of a few hundred kilobytes into a gigabyte on the receiving side.
 * The worker blanks the texts; the main thread, which still holds the
 * input, slices them again.
 */
import type {Attribution, PiecewiseSpan, Source, Span} from '../types.js'

/** The parts of a result that hold spans. */
interface SpanHolder {
  attributions: Attribution[]
  sources: Source[]
}

/** Call `visit` on every span of `result`: cues, contents and their parts, mentions, sentences. */
function eachSpan(result: SpanHolder, visit: (span: Span) => void): void {
  const piecewise = (span: PiecewiseSpan | null): void => {
    if (span === null) return
    visit(span)
    if (span.parts !== undefined) span.parts.forEach(visit)
  }
  for (const attribution of result.attributions) {
    piecewise(attribution.cue)
    piecewise(attribution.content)
    if (attribution.source !== null) visit(attribution.source)
    if (attribution.source?.antecedent !== undefined) piecewise(attribution.source.antecedent)
    if (attribution.via !== null) visit(attribution.via)
    visit(attribution.sentence)
  }
  for (const source of result.sources) source.mentions.forEach(visit)
}

/** Replace every span text of `result` with `''` (the key stays, so key order is kept). */
export function blankSpanTexts(result: SpanHolder): void {
  eachSpan(result, (span) => {
    span.text = ''
  })
}

/** Set every span text of `result` back to `input.slice(start, end)`. */
export function restoreSpanTexts(result: SpanHolder, input: string): void {
  eachSpan(result, (span) => {
    span.text = input.slice(span.start, span.end)
  })
}
