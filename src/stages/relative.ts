/**
 * The relative "who" that stands for a source as the subject of its cue
 * ("Ms. Lark, who added …"): the result reports it as the source mention,
 * and the cue decider reads it as the source, as it is trained on results.
 */
import type {Piece} from './spans.js'

/** The relative words that can stand for a source: "which" for bodies and documents, "that" after a noun. */
const RELATIVE_WORDS = ['who', 'which', 'that']

/** Longest stretch, in code units, between a relative "who" and the cue it is the subject of. */
const MAX_RELATIVE_GAP = 60

/**
 * The relative pronoun that stands for the source `src` as the subject of the
 * cue at `cueStart`, or null: "Ms. Lark, who added that …", "the voters who
 * backed her". The words between "who" and the cue ("who has long argued")
 * hold no mark: in "an aide, who asked not to be named, said" the cue's
 * subject is the aide.
 */
export function relativePronoun(text: string, src: Piece, cueStart: number): Piece | null {
  let i = src.end
  while (i < cueStart && text.charCodeAt(i) === 0x20) i++
  if (text.charCodeAt(i) === 0x2c) i++
  while (i < cueStart && text.charCodeAt(i) === 0x20) i++
  const word = RELATIVE_WORDS.find((w) => text.slice(i, i + w.length).toLowerCase() === w)
  if (i === src.end || word === undefined) return null
  const end = i + word.length
  const next = text.charCodeAt(end)
  if (end >= cueStart || !(next === 0x20 || next === 0x2c) || cueStart - end > MAX_RELATIVE_GAP) return null
  for (let k = end; k < cueStart; k++) if ('.,;:!?"“”«»()'.includes(text[k])) return null
  return {start: i, end}
}
