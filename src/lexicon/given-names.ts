/**
 * Given names with gender, from `data/given-names.json` (Moby Word II via
 * stdlib, public domain; see `scripts/given-names.mjs`). A name on both the
 * female and the male list is on neither.
 */
import type {Gender} from '../types.js'
import data from './data/given-names.json'

let table: Map<string, Gender> | undefined

/** Undo the front coding of one list (a digit, then the letters after the shared prefix). */
function decode(coded: string, gender: Gender, into: Map<string, Gender>): void {
  let previous = ''
  let i = 0
  while (i < coded.length) {
    const shared = coded.charCodeAt(i) - 48
    let end = i + 1
    while (end < coded.length && (coded.charCodeAt(end) < 48 || coded.charCodeAt(end) > 57)) end++
    previous = previous.slice(0, shared) + coded.slice(i + 1, end)
    into.set(previous, gender)
    i = end
  }
}

/**
 * The gender a given name is listed with, or `null` when it is on no list
 * (or on both). `lower` is the name in lower case ("anna", "karl").
 */
export function givenNameGender(lower: string): Gender | null {
  if (table === undefined) {
    table = new Map()
    decode(data.female, 'female', table)
    decode(data.male, 'male', table)
  }
  return table.get(lower) ?? null
}
