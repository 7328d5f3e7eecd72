/**
 * Checking that a value is a well-formed gold document.
 */
import type {GoldDocument} from './types.js'

/** Describe what is wrong with a list of pieces, or return `null`. */
function piecesProblem(value: unknown, where: string, length: number): string | null {
  if (!Array.isArray(value)) return `\`${where}\` is not an array of [start, end] pieces`
  for (const piece of value) {
    if (!Array.isArray(piece) || piece.length !== 2) return `\`${where}\` has a piece that is not [start, end]`
    const [start, end] = piece as unknown[]
    if (!Number.isInteger(start) || !Number.isInteger(end)) return `\`${where}\` has a piece with non-integer offsets`
    const s = start as number
    const e = end as number
    if (s < 0 || s > e || e > length) return `\`${where}\` has a piece [${s}, ${e}] outside the text (length ${length})`
  }
  return null
}

/**
 * Describe the first thing that keeps `value` from being a gold document
 * (an object with a string `id`, a string `text` and `attributions` whose
 * `cue`, `source` and `content` are lists of in-range `[start, end]` pieces),
 * or return `null` when it is one.
 */
export function goldDocumentProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object'
  const record = value as Record<string, unknown>
  if (typeof record.id !== 'string') return '`id` is not a string'
  if (typeof record.text !== 'string') return '`text` is not a string'
  if (!Array.isArray(record.attributions)) return '`attributions` is not an array'
  const length = record.text.length
  for (let i = 0; i < record.attributions.length; i++) {
    const relation = record.attributions[i] as Record<string, unknown> | null
    if (typeof relation !== 'object' || relation === null) return `\`attributions[${i}]\` is not an object`
    for (const role of ['cue', 'source', 'content']) {
      const problem = piecesProblem(relation[role], `attributions[${i}].${role}`, length)
      if (problem) return problem
    }
    if (relation.type !== undefined && typeof relation.type !== 'string')
      return `\`attributions[${i}].type\` is not a string`
  }
  return null
}

/** Throw a TypeError naming the document's index when `value` is not a gold document. */
export function assertGoldDocument(value: unknown, index: number): asserts value is GoldDocument {
  const problem = goldDocumentProblem(value)
  if (problem) throw new TypeError(`evaluate: gold document ${index} is malformed: ${problem}`)
}
