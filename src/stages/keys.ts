/**
 * Keys for spans in maps and sets. Numbers hash and compare faster than
 * strings built for the purpose, and building them allocates nothing.
 */

/**
 * A key for the span [start, end) of a text of `length` characters: a number
 * (start × (length + 1) + end, exact while that stays below 2^53), or a string
 * for texts too long for that.
 */
export function spanKey(start: number, end: number, length: number): number | string {
  return length < MAX_NUMERIC_KEY_LENGTH ? start * (length + 1) + end : `${start}:${end}`
}

/** Texts shorter than this have exact numeric span keys (length × (length + 1) < 2^53). */
const MAX_NUMERIC_KEY_LENGTH = 90_000_000
