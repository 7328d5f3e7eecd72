/**
 * Gender evidence for people the sources name by surname alone ("Trudeau
 * said"): where else the text writes that surname after an honorific ("Ms.
 * Berg") or a listed given name ("Anna Berg", "Donald J. Trump"). One pass
 * over the capitalised words of the text.
 */
import {listedGivenName} from '../lexicon/given-names.js'
import {GENDERED_WORDS} from '../lexicon/names.js'
import {GenderTally} from './gender.js'

/** A capitalised word, read where a scan of character codes cannot say (letters beyond ASCII). Sticky. */
const CAPITALISED = /\p{Lu}[\p{L}'’-]*/uy
// Constants, not literals in the loop: the build turns each `\p` literal into a `new RegExp` where it stands.
/** A capital and a period: a middle initial ("J."). */
const INITIAL = /^\p{Lu}\.$/u
/** Opens with a capital. */
const CAPITAL_FIRST = /^\p{Lu}/u
/** One character of a name word: a letter, an apostrophe or a hyphen. */
const NAME_CHAR = /[\p{L}'’-]/u

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
  const lengths = surnameLengths(surnames)
  const n = text.length
  let i = 0
  while (i < n) {
    const code = text.charCodeAt(i)
    // Lower-case ASCII letters, digits and punctuation start no match: most of the text.
    // Nor does General Punctuation (curly quotes, dashes): no capital is among it.
    if (code < 65 || (code > 90 && code < 128) || (code >= 0x2000 && code <= 0x206f)) {
      i++
      continue
    }
    const at = i
    const end = capitalisedEnd(text, i)
    if (end === -1) {
      i += isSurrogatePair(text, i) ? 2 : 1
      continue
    }
    i = end
    // A word no surname is as long as (possessive or not) needs no lower-case copy.
    if (end === -2) i = CAPITALISED.lastIndex
    else if (!lengths.has(end - at)) continue
    let word = text.slice(at, i).toLowerCase()
    if (word.endsWith("'s") || word.endsWith('’s')) word = word.slice(0, -2)
    if (!surnames.has(word)) continue
    let before = previousWord(text, at)
    // "Donald J. Trump": a middle initial stands between the names.
    if (INITIAL.test(before.word)) before = previousWord(text, before.start)
    const lower = before.word.toLowerCase()
    const honorific = GENDERED_WORDS.get(lower)
    const capital = CAPITAL_FIRST.test(before.word)
    if (capital) afterCapital.add(word)
    const given = capital && honorific === undefined ? listedGivenName(lower) : null
    if (honorific === undefined && given === null) continue
    let tally = found.get(word)
    if (tally === undefined) found.set(word, (tally = new GenderTally()))
    tally.add({
      pronoun: null,
      honorific: honorific ?? null,
      givenName: given?.filled === false ? given.gender : null,
      guess: given?.filled ? given.gender : null
    })
  }
  return {tallies: found, afterCapital}
}

/**
 * Where the capitalised word (`CAPITALISED`) starting at `at` ends: -1 when
 * none starts there, -2 when it holds letters beyond ASCII (then
 * `CAPITALISED.lastIndex` is its end). ASCII words are read by their codes.
 */
function capitalisedEnd(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code <= 90) {
    let i = at + 1
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45) continue
      if (c < 128) return i
      break
    }
    if (i === text.length) return i
  }
  CAPITALISED.lastIndex = at
  return CAPITALISED.exec(text) === null ? -1 : -2
}

/** Whether a surrogate pair (one code point, read as one by a Unicode pattern) starts at `i`. */
function isSurrogatePair(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 0xd800 || code > 0xdbff) return false
  const next = text.charCodeAt(i + 1)
  return next >= 0xdc00 && next <= 0xdfff
}

/**
 * The lengths of ASCII words that may be one of `surnames`: each surname's
 * length and that with a possessive "'s" (a word with letters beyond ASCII
 * is always read, as its lower case may differ in length).
 */
function surnameLengths(surnames: ReadonlySet<string>): Set<number> {
  const lengths = new Set<number>()
  for (const surname of surnames) {
    lengths.add(surname.length)
    lengths.add(surname.length + 2)
  }
  return lengths
}

/** The word (letters, apostrophes, hyphens, a final period) ending one space before `at`. */
function previousWord(text: string, at: number): {word: string; start: number} {
  if (at < 2 || text.charCodeAt(at - 1) !== 32) return {word: '', start: at}
  let start = at - 1
  if (text.charCodeAt(start - 1) === 46) start--
  while (start > 0 && start > at - 40 && NAME_CHAR.test(text[start - 1])) start--
  return {word: text.slice(start, at - 1), start}
}
