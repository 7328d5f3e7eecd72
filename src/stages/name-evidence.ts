/**
 * Gender evidence for people the sources name by surname alone ("Trudeau
 * said"): where else the text writes that surname after an honorific ("Ms.
 * Berg") or a listed given name ("Anna Berg", "Donald J. Trump"). One pass
 * over the capitalised words of the text.
 */
import {listedGivenName} from '../lexicon/given-names.js'
import {GENDERED_WORDS} from '../lexicon/names.js'
import {GenderTally} from './gender.js'

const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu

/** What the text says of the people named by surname. */
export interface SurnameEvidence {
  /** Surname → what the honorifics and given names before it say. */
  tallies: Map<string, GenderTally>
  /** Surnames written after some other capitalised word ("Jordan Stewart" for "stewart"). */
  afterCapital: Set<string>
}

/**
 * For each surname of `surnames` (lower case, no possessive), what the words
 * before its other occurrences in `text` say of gender.
 */
export function surnameEvidence(text: string, surnames: ReadonlySet<string>): SurnameEvidence {
  const found = new Map<string, GenderTally>()
  const afterCapital = new Set<string>()
  if (surnames.size === 0) return {tallies: found, afterCapital}
  CAPITALISED.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = CAPITALISED.exec(text)) !== null) {
    let word = match[0].toLowerCase()
    if (word.endsWith("'s") || word.endsWith('’s')) word = word.slice(0, -2)
    if (!surnames.has(word)) continue
    let before = previousWord(text, match.index)
    // "Donald J. Trump": a middle initial stands between the names.
    if (/^\p{Lu}\.$/u.test(before.word)) before = previousWord(text, before.start)
    const lower = before.word.toLowerCase()
    const honorific = GENDERED_WORDS[lower]
    const capital = /^\p{Lu}/u.test(before.word)
    if (capital) afterCapital.add(word)
    const given = capital && honorific === undefined ? listedGivenName(lower) : null
    if (honorific === undefined && given === null) continue
    let tally = found.get(word)
    if (tally === undefined) found.set(word, (tally = new GenderTally()))
    tally.add({pronoun: null, honorific: honorific ?? null, givenName: given?.filled === false ? given.gender : null, guess: given?.filled ? given.gender : null})
  }
  return {tallies: found, afterCapital}
}

/** The word (letters, apostrophes, hyphens, a final period) ending one space before `at`. */
function previousWord(text: string, at: number): {word: string; start: number} {
  if (at < 2 || text.charCodeAt(at - 1) !== 32) return {word: '', start: at}
  let start = at - 1
  if (text.charCodeAt(start - 1) === 46) start--
  while (start > 0 && start > at - 40 && /[\p{L}'’-]/u.test(text[start - 1])) start--
  return {word: text.slice(start, at - 1), start}
}
