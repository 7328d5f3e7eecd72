/** Move the offsets, paragraph numbers and source ids of a part's result into the whole file's. */
import type {ExtractResult, PiecewiseSpan} from '../types.js'

/** Where a part starts in the whole file, and how many sources the parts before it found. */
export interface Shift {
  characters: number
  paragraphs: number
  sources: number
}

/**
 * Change `result`, found in one part of a file, so that it describes the
 * whole file: every `start` and `end` moves by the part's offset, every
 * `paragraph` by the paragraphs before it, and source ids (`id` and
 * `sourceId`, `s1` …) by the sources found before it. A span object that
 * appears in two places (a sentence shared by its attributions) moves once.
 */
export function shiftResult(result: ExtractResult, shift: Shift): void {
  if (shift.characters === 0 && shift.paragraphs === 0 && shift.sources === 0) return
  const moved = new Set<object>()
  const id = (value: string) => `s${Number(value.slice(1)) + shift.sources}`
  const move = (span: (PiecewiseSpan & {sourceId?: string}) | null): void => {
    if (span === null || moved.has(span)) return
    moved.add(span)
    span.start += shift.characters
    span.end += shift.characters
    if (span.sourceId !== undefined) span.sourceId = id(span.sourceId)
    if (span.parts !== undefined) span.parts.forEach(move)
  }
  for (const attribution of result.attributions) {
    move(attribution.cue)
    move(attribution.content)
    move(attribution.source)
    move(attribution.source?.antecedent ?? null)
    move(attribution.via)
    move(attribution.sentence)
    attribution.paragraph += shift.paragraphs
  }
  for (const source of result.sources) {
    source.id = id(source.id)
    source.mentions.forEach(move)
  }
  for (const span of result.skipped) {
    span.start += shift.characters
    span.end += shift.characters
  }
}
