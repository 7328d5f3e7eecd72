/**
 * The pronoun that follows a name in its clause: "Tova Lind, who runs the
 * shop, said her lease ends", "For Megan Ruiz, the day she waited for came"
 * most often speak of the person just named. What such a pronoun says of
 * gender is weak evidence (see `GenderTally`), and it lets a later "she"
 * find a person whose given name no list holds.
 */
import {GENDERED_PRONOUNS} from '../lexicon/names.js'
import type {Gender} from '../types.js'

/** How far past a name (in characters) a pronoun is looked for. */
const REACH = 120
/** The longest pronoun looked for ("himself", "herself"). */
const LONGEST = 7

/** Whether a character code ends the clause a name opens: sentence ends, semicolons, quotation marks, brackets. */
function endsClause(code: number): boolean {
  return (
    code === 46 || // .
    code === 33 || // !
    code === 63 || // ?
    code === 59 || // ;
    code === 10 || // newline
    code === 34 || // "
    code === 40 || // (
    code === 0x201c ||
    code === 0x201d
  )
}

/** Whether a character code is a lower-case ASCII letter. */
function isLower(code: number): boolean {
  return code >= 97 && code <= 122
}

/** Whether a character code is a capital: ASCII, or Latin-1 ("É"). */
function isCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)
}

/** Whether a character code belongs to a word: a letter, a digit, an apostrophe or a hyphen. */
function inWord(code: number): boolean {
  return (
    isLower(code) ||
    isCapital(code) ||
    (code >= 48 && code <= 57) ||
    code === 39 ||
    code === 45 ||
    code === 0x2019 ||
    code > 0xde
  )
}

/**
 * The gender of the first gendered pronoun after `from` and before `limit`
 * (at most `REACH` characters on) in the same clause, or `null`. A
 * capitalised word that no comma sets off ("told Karl Voss he") stops the
 * look: the pronoun may then be that person's.
 */
export function followingPronoun(text: string, from: number, limit: number): Gender | null {
  const stop = Math.min(text.length, limit, from + REACH)
  let afterComma = false
  let i = from
  // Start past the rest of the word the name ends in ("Berg's").
  while (i < stop && inWord(text.charCodeAt(i))) i++
  while (i < stop) {
    const code = text.charCodeAt(i)
    if (endsClause(code)) return null
    if (!inWord(code)) {
      if (code === 44) afterComma = true
      i++
      continue
    }
    let end = i + 1
    while (end < stop && inWord(text.charCodeAt(end))) end++
    if (isCapital(code)) {
      if (!afterComma) return null
    } else if (isLower(code) && end - i <= LONGEST) {
      const gender = GENDERED_PRONOUNS.get(text.slice(i, end))
      if (gender !== undefined) return gender
    }
    afterComma = false
    i = end
  }
  return null
}
