/**
 * Acronyms and their expansions: "EDC" for "Export Development Canada",
 * "NGB" for "the Northern Grain Board". A name's initials are the first
 * letters of its capitalised words; the lower-case words between them
 * ("of", "and", "the") and a leading article count for nothing.
 */

/** The fewest and most letters an acronym is taken to have. */
const ACRONYM_MIN = 2
const ACRONYM_MAX = 6

/** Whether `name` is one word of capital letters, two to six of them ("EDC", "RCMP"). */
export function isAcronymName(name: string): boolean {
  if (name.length < ACRONYM_MIN || name.length > ACRONYM_MAX) return false
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i)
    if (code < 65 || code > 90) return false
  }
  return true
}

/**
 * The initials of `name` in lower case ("Export Development Canada" →
 * "edc"): the first letter of each word that starts with a capital, a word
 * in capitals adding its first letter only. Returns '' when fewer than two
 * words give a letter, when more than `ACRONYM_MAX` do, or when a word
 * starts with no letter ("Local 832"): such a name has no acronym.
 */
export function initialsOf(name: string): string {
  let initials = ''
  let wordStart = true
  // A leading article, capitalised or not, gives no letter ("The Coastal Ferry Authority").
  const from = name.startsWith('The ') || name.startsWith('the ') ? 4 : 0
  for (let i = from; i < name.length; i++) {
    const code = name.charCodeAt(i)
    if (code === 32 || code === 45) {
      wordStart = true
      continue
    }
    if (!wordStart) continue
    wordStart = false
    if (code >= 65 && code <= 90) initials += String.fromCharCode(code + 32)
    else if (!(code >= 97 && code <= 122)) return ''
  }
  return initials.length >= ACRONYM_MIN && initials.length <= ACRONYM_MAX ? initials : ''
}

/** A name and the acronym written after it in brackets. */
export interface BracketedAcronym {
  /** The name before the brackets ("Export Development Canada"). */
  name: string
  /** The acronym inside them ("EDC"). */
  acronym: string
}

/**
 * "Export Development Canada (EDC)": the name and the bracketed acronym
 * after it, when the acronym spells the name's initials; else `null`.
 */
export function bracketedAcronym(name: string): BracketedAcronym | null {
  if (name.charCodeAt(name.length - 1) !== 41) return null
  const open = name.lastIndexOf(' (')
  if (open < 1) return null
  const acronym = name.slice(open + 2, -1)
  const before = name.slice(0, open).trimEnd()
  return isAcronymName(acronym) && initialsOf(before) === acronym.toLowerCase() ? {name: before, acronym} : null
}
