/**
 * Names and roles: the personal name inside a phrase that names a person
 * ("Jeff Traeger" in "UFCW Local 832 president Jeff Traeger"), and what the
 * phrase says besides (its description), split by the words of the phrase.
 */
import {GOVERNMENTS} from '../lexicon/gazetteers.js'
import {listedGivenName, type ListedName} from '../lexicon/given-names.js'
import {PLACES} from '../lexicon/places.js'
import {WEEKDAYS} from '../lexicon/function-words.js'
import {GENDERED_WORDS, PERSON_TITLES} from '../lexicon/names.js'
import {stripPossessive, type MentionWord} from './words.js'

/** Lower-case particles inside a personal name ("Ludwig van Beethoven", "Omar al Haddad"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'del',
  'dos',
  'bin',
  'ibn',
  'al',
  'el',
  'ul'
])

/** A title without its final period ("Dr." → "dr"), possessive left out. */
function isTitle(x: MentionWord): boolean {
  const lower = stripPossessive(x.lower)
  return PERSON_TITLES.has(lower) || PERSON_TITLES.has(lower.replace(/\.$/, ''))
}

/** A word in capitals and at least two letters long ("UFCW", "NDP"): an acronym, no part of a personal name. */
function isAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 5) return false
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i)
    if (!(code >= 65 && code <= 90)) return false
  }
  return true
}

/** Whether a word can be part of a personal name: capitalised or a particle, and no title, gendered word, day name or acronym. */
function isNameWord(x: MentionWord): boolean {
  if (!x.cap && !NAME_PARTICLES.has(x.lower)) return false
  if (WEEKDAYS.has(x.lower)) return false
  return !isTitle(x) && !GENDERED_WORDS.has(stripPossessive(x.lower).replace(/\.$/, '')) && !isAcronym(x.w)
}

/**
 * Index of the first word of the personal name that ends at `headIndex`:
 * the run of name words before it. A run of three or more words starts at
 * its first listed given name ("Coastal Fisheries Relations Karin Dahl"
 * → "Karin Dahl"; particles are no given names: "Samira Al Nouri"
 * stays whole); a run of four or more with none keeps its last two words.
 */
export function nameRunStart(all: MentionWord[], headIndex: number): number {
  let first = headIndex
  while (first > 0 && isNameWord(all[first - 1])) first--
  if (headIndex - first < 2) return first
  first = afterPlace(all, first, headIndex)
  if (headIndex - first < 2) return first
  // A name from the first list before a guess from the second ("Alabama" is on the second).
  for (const filled of [false, true]) {
    for (let i = first; i < headIndex; i++) {
      if (!all[i].cap || NAME_PARTICLES.has(all[i].lower)) continue
      if (listedGivenName(stripPossessive(all[i].lower))?.filled === filled) return i
    }
  }
  return headIndex - first >= 3 ? headIndex - 1 : first
}

/** The most words a place name before a personal name is looked up in ("Prince Edward Island"). */
const PLACE_MAX = 3

/**
 * Where a run of name words starts once a place that opens it is left out
 * ("Vermont Lena Hart", "Nova Scotia Lena Hart" → "Lena Hart"): the place,
 * a country, province or state, must leave the head; one word that is also
 * a given name of the first list stays in the name.
 */
function afterPlace(all: MentionWord[], first: number, headIndex: number): number {
  let key = ''
  for (let i = first; i < first + PLACE_MAX && i < headIndex; i++) {
    key = key === '' ? stripPossessive(all[i].lower) : key + ' ' + stripPossessive(all[i].lower)
    // "Virginia Lee Hart": a place that is also a given name of the first list stays.
    if ((GOVERNMENTS.has(key) || PLACES.has(key)) && (i > first || listedGivenName(key)?.filled !== false)) return i + 1
  }
  return first
}

/**
 * What the given name says: the first word of the personal name that ends
 * at the head, particles left out ("Jeff" in "UFCW Local 832 president Jeff
 * Traeger"), when the name has two or more words (a lone word may be a
 * surname).
 */
export function givenNameOf(all: MentionWord[], headIndex: number): ListedName | null {
  let first = nameRunStart(all, headIndex)
  while (first < headIndex && NAME_PARTICLES.has(all[first].lower)) first++
  if (first >= headIndex || !all[first].cap) return null
  const given = stripPossessive(all[first].lower)
  const hyphen = given.indexOf('-')
  return listedGivenName(given) ?? (hyphen > 0 ? listedGivenName(given.slice(0, hyphen)) : null)
}

/**
 * Whether a word that opens a sentence is an -ing form, no given name of the
 * first list: "Knowing Orrick was ill, …" names nobody ("Manning" may).
 * `lower` is the word in lower case.
 */
export function isOpeningGerund(lower: string): boolean {
  return lower.length > 5 && lower.endsWith('ing') && listedGivenName(lower)?.filled !== false
}

/** A person's name and what the phrase says of the person besides. */
export interface NameSplit {
  /** The personal name as written ("Jeff Traeger"). */
  name: string
  /** The rest of the phrase as written, trimmed ("UFCW Local 832 president"), or `null`. */
  description: string | null
  /** The words before the name, as written and trimmed ("UFCW Local 832 president"), or ''. */
  before: string
  /** The words after the name in the same phrase, as written and trimmed ("of KVB"), or ''. */
  after: string
}

const EDGE_PUNCTUATION = /^[\s,;:–—-]+|[\s,;:–—-]+$/g

/**
 * Split a phrase that names a person (`namePart`, its words `all`, the
 * name's last word at `headIndex`) and its appositive (the text after the
 * first comma, or '') into the personal name and the description: titles,
 * roles and organisations before the name, what follows it, the appositive.
 */
export function splitName(namePart: string, all: MentionWord[], headIndex: number, appositive: string): NameSplit {
  const first = nameRunStart(all, headIndex)
  const head = all[headIndex]
  const name = namePart.slice(all[first].at, head.at + head.w.length)
  const before = namePart.slice(0, all[first].at).replace(EDGE_PUNCTUATION, '')
  let after = namePart.slice(head.at + head.w.length).replace(EDGE_PUNCTUATION, '')
  // "Jo Pratt (R-Ohio)": the brackets only set the party tag off.
  if (after.startsWith('(') && after.endsWith(')') && !after.includes('(', 1)) after = after.slice(1, -1)
  const pieces = [before, after, appositive.replace(EDGE_PUNCTUATION, '')].filter((piece) => piece !== '')
  return {
    name,
    description: pieces.length === 0 ? null : pieces.join(', '),
    before,
    after
  }
}
