/**
 * Normalising person and organisation names before they are compared.
 */

/** A run of characters that are neither letters, marks nor digits. */
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu
/** A possessive ending, straight or curly apostrophe, at the end of a name. */
const POSSESSIVE = /['\u2019]s$/u

/** A leading article, as the sentence writes it before a body's name ("The RCMP"). */
const ARTICLE = /^the /

/**
 * Normalise a name for comparison, as GGT's evaluation cleans names:
 * Unicode NFKC, a trailing possessive `'s` dropped, every run of characters
 * other than letters and digits turned into one space, lowercased and
 * trimmed. `"Jean-Luc O'Neil's"` and `"jean luc o neil"` are the same name.
 * A leading "the" is dropped too, as `Source.name` drops it from a body's
 * name: `"The RCMP"` and `"RCMP"` are the same name.
 */
export function normalizeName(name: string): string {
  const key = name.normalize('NFKC').trim().replace(POSSESSIVE, '').replace(NON_WORD, ' ').trim().toLowerCase()
  return key.replace(ARTICLE, '')
}
