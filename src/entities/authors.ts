/**
 * The author of a document a source phrase names: "the ministry's report",
 * "The Harbour Authority statement", "a statement issued by the union",
 * "her statement". A document says what its author says, so the source is
 * the author; the phrase keeps the document.
 */
import {DETERMINERS, ORGANIZATION_HEADS} from '../lexicon/names.js'
import {stripPossessive, words} from './words.js'

/** The pronoun a possessive stands for ("her statement" is what she said). */
const POSSESSOR_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['her', 'she'],
  ['his', 'he'],
  ['its', 'it'],
  ['their', 'they']
])

/** The words after a document head that bring in its author ("a report released by …"). */
const AUTHOR_LINKS: ReadonlySet<string> = new Set(['by', 'from'])

/**
 * The author written in the document phrase `phrase` whose head word (lower
 * case, no possessive) is `head`, as a phrase to read as a source, or
 * `null`:
 * - a possessive pronoun: "her statement" → "she";
 * - a possessive before the head: "the city's housing survey" → "the city";
 * - "by" or "from" after the head (over a participle): "a statement issued
 *   by the Harbour Authority" → "the Harbour Authority";
 * - modifiers before the head that end in a capitalised word or an
 *   organisation's head: "The Harbour Authority statement" → "Harbour
 *   Authority", "the parole board decision" → "the parole board".
 */
export function documentAuthor(phrase: string, head: string): string | null {
  const all = words(phrase)
  let headIndex = 0
  while (headIndex < all.length && stripPossessive(all[headIndex].lower) !== head) headIndex++
  if (headIndex === all.length) return null
  const pronoun = POSSESSOR_PRONOUNS.get(all[0].lower)
  if (pronoun !== undefined) return headIndex <= 2 ? pronoun : null
  for (let i = 0; i < headIndex; i++) {
    const lower = all[i].lower
    if (lower.endsWith("'s") || lower.endsWith("s'")) return phrase.slice(0, all[i].at + stripPossessive(lower).length)
  }
  for (let i = headIndex + 1; i < all.length - 1 && i <= headIndex + 2; i++) {
    if (AUTHOR_LINKS.has(all[i].lower)) return phrase.slice(all[i + 1].at).trim()
  }
  // "The Coastal Water Report" is a title, not a report by Coastal Water.
  const from = DETERMINERS.has(all[0].lower) ? 1 : 0
  if (headIndex <= from || all[headIndex].cap) return null
  const last = all[headIndex - 1]
  if (last.cap) return phrase.slice(all[from].at, last.at + last.w.length)
  return ORGANIZATION_HEADS.has(last.lower) ? phrase.slice(0, last.at + last.w.length) : null
}
