/**
 * The JSON text of one output entry, made and handed out in pieces, so that
 * memory holds the result (whose texts are slices of the input) and one
 * piece, never the whole text: on text dense with cues the JSON can be a
 * hundred times the input.
 */
import type {Attribution, ExtractResult, Source, Span} from '../types.js'
import {compactAttribution, offsets, type AttributionField} from './compact.js'
import type {Outcome} from './entry.js'

/** A piece is handed out once it holds this many characters (one attribution may make it longer). */
export const PIECE_SIZE = 1 << 16

/**
 * Yield the JSON of `outcome` in pieces: the leading keys, then
 * `"attributions"`, `"sources"` and `"skipped"` as `extractAttributions`
 * returns them, except that each attribution's `sentence` is only
 * `{start, end}`, and `"sentences"` lists each sentence that holds a cue
 * once, with its text, in document order. With `fields` (`--compact`,
 * `--fields`) attributions keep only those fields, without the texts of
 * sentences and parts, source mentions keep only their offsets, and there
 * is no `"sentences"`.
 */
export function* entryJson(
  outcome: Outcome,
  fields: readonly AttributionField[] | null
): Generator<string, void, undefined> {
  if ('error' in outcome) {
    yield JSON.stringify({...outcome.keys, error: outcome.error})
    return
  }
  const {attributions, sources, skipped} = outcome.result
  // The keys are never empty ({id} or {path}), so their JSON without its closing brace is a valid prefix.
  let piece = `${JSON.stringify(outcome.keys).slice(0, -1)},"attributions":[`
  for (let i = 0; i < attributions.length; i++) {
    const attribution = attributions[i]
    piece +=
      (i === 0 ? '' : ',') +
      JSON.stringify(
        fields === null
          ? {...attribution, sentence: offsets(attribution.sentence)}
          : compactAttribution(attribution, fields)
      )
    if (piece.length >= PIECE_SIZE) {
      yield piece
      piece = ''
    }
  }
  piece += '],"sources":['
  for (let i = 0; i < sources.length; i++) {
    piece += (i === 0 ? '' : ',') + JSON.stringify(fields === null ? sources[i] : compactSource(sources[i]))
    if (piece.length >= PIECE_SIZE) {
      yield piece
      piece = ''
    }
  }
  piece += `],"skipped":${JSON.stringify(skipped)}`
  if (fields === null) {
    piece += ',"sentences":['
    let first = true
    for (const sentence of cueSentences(outcome.result)) {
      piece += (first ? '' : ',') + JSON.stringify(sentence)
      first = false
      if (piece.length >= PIECE_SIZE) {
        yield piece
        piece = ''
      }
    }
    piece += ']'
  }
  yield piece + '}'
}

/** A source whose mentions keep only their offsets. */
function compactSource(source: Source): Record<string, unknown> {
  return {...source, mentions: source.mentions.map(offsets)}
}

/**
 * The sentences of `result`'s attributions, each once, in document order.
 * Attributions come in document order of their cue, so the attributions of
 * one sentence are next to each other.
 */
function* cueSentences(result: ExtractResult): Generator<Span> {
  let last: Attribution['sentence'] | undefined
  for (const {sentence} of result.attributions) {
    if (last !== undefined && last.start === sentence.start && last.end === sentence.end) continue
    last = sentence
    yield sentence
  }
}
