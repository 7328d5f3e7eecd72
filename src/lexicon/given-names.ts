/**
 * Given names with gender, from `data/given-names.json`: Moby Word II via
 * stdlib (public domain), its gaps filled from the English list of
 * gender-detection-from-name (MIT); see `scripts/given-names.mjs`. A name on
 * both Moby lists is on neither, but on a list of its own (`either`).
 */
import type {Gender} from '../types.js'
import data from './data/given-names.json'

/** A listed given name: its gender, and whether it comes from the second, weaker list. */
export interface ListedName {
  gender: Gender
  /** From the list that fills the gaps of the first (one gender per name): a weaker guess. */
  filled: boolean
}

let table: Map<string, ListedName> | undefined
let either: Map<string, true> | undefined

/** Undo the front coding of one list (a digit, then the letters after the shared prefix). */
function decode<T>(coded: string, entry: T, into: Map<string, T>): void {
  let previous = ''
  let i = 0
  while (i < coded.length) {
    const shared = coded.charCodeAt(i) - 48
    let end = i + 1
    while (end < coded.length && (coded.charCodeAt(end) < 48 || coded.charCodeAt(end) > 57)) end++
    previous = previous.slice(0, shared) + coded.slice(i + 1, end)
    into.set(previous, entry)
    i = end
  }
}

/**
 * The listing of a given name, or `null` when it is on no list (or on both
 * Moby lists). `lower` is the name in lower case ("anna", "karl").
 */
export function listedGivenName(lower: string): ListedName | null {
  if (table === undefined) {
    table = new Map()
    decode(data.moreFemale, {gender: 'female', filled: true}, table)
    decode(data.moreMale, {gender: 'male', filled: true}, table)
    decode(data.female, {gender: 'female', filled: false}, table)
    decode(data.male, {gender: 'male', filled: false}, table)
  }
  return table.get(lower) ?? null
}

/** The gender a given name is listed with, or `null` (see `listedGivenName`). */
export function givenNameGender(lower: string): Gender | null {
  return listedGivenName(lower)?.gender ?? null
}

/**
 * Whether a word in lower case is a given name of the first, stronger list
 * of either gender, or of both ("joe", "ada", "lee"): what a name's kind
 * needs, whatever it says of gender.
 */
export function isFirstListGivenName(lower: string): boolean {
  if (listedGivenName(lower)?.filled === false) return true
  if (either === undefined) {
    either = new Map()
    decode(data.either, true, either)
  }
  return either.has(lower)
}
