/**
 * Checking that a value is a well-formed GGT gold document.
 */
import {GENDERS} from './ggt-people.js'
import type {GgtGoldDocument} from './ggt-types.js'
import {goldDocumentProblem} from './validate.js'

/**
 * Describe the first thing that keeps `value` from being a GGT document (a
 * gold document whose attributions each have a string `reference`, with
 * `quoted` listing names under `female`, `male` and `unknown`), or return
 * `null` when it is one.
 */
export function ggtDocumentProblem(value: unknown): string | null {
  const problem = goldDocumentProblem(value)
  if (problem) return problem
  const record = value as {attributions: Array<{reference?: unknown}>; quoted?: unknown}
  for (let i = 0; i < record.attributions.length; i++) {
    if (typeof record.attributions[i].reference !== 'string') return `\`attributions[${i}].reference\` is not a string`
  }
  const quoted = record.quoted as Record<string, unknown> | undefined
  if (typeof quoted !== 'object' || quoted === null || Array.isArray(quoted)) return '`quoted` is not an object'
  for (const gender of GENDERS) {
    const names = quoted[gender]
    if (!Array.isArray(names) || names.some((name) => typeof name !== 'string')) {
      return `\`quoted.${gender}\` is not an array of names`
    }
  }
  return null
}

/** Throw a TypeError naming the document's index when `value` is not a GGT document. */
export function assertGgtDocument(value: unknown, index: number): asserts value is GgtGoldDocument {
  const problem = ggtDocumentProblem(value)
  if (problem) throw new TypeError(`scoreGgt: gold document ${index} is malformed: ${problem}`)
}
