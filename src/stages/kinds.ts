/**
 * Source kinds from the gazetteers of `src/lexicon/data/`: well-known
 * companies and institutions, governments and countries, peoples and party
 * members, organisation suffixes and heads, and brand names with a capital
 * inside ("TransLink").
 */
import {
  DEMONYMS,
  GOVERNMENTS,
  KNOWN_ORGANIZATIONS,
  NAME_PREFIXES,
  ORGANIZATION_NAME_HEADS,
  ORGANIZATION_SHARED_HEADS,
  ORGANIZATION_SUFFIXES
} from '../lexicon/gazetteers.js'
import {isFirstListGivenName} from '../lexicon/given-names.js'
import {GROUP_HEADS, PERSON_TITLES, PRONOUNS} from '../lexicon/names.js'
import type {SourceKind} from '../types.js'
import {stripPossessive, type MentionWord} from '../entities/words.js'

/** Endings of a contracted verb after a pronoun ("she's", "i've", "we're"). */
const CONTRACTIONS = ["'s", "'ve", "'re", "'m", "'d", "'ll"]

/**
 * The pronoun of a contraction ("she's" → "she"), or `null`. `lower` is in
 * lower case with straight apostrophes.
 */
export function pronounOfContraction(lower: string): string | null {
  for (const ending of CONTRACTIONS) {
    if (lower.length > ending.length && lower.endsWith(ending)) {
      const pronoun = lower.slice(0, -ending.length)
      return PRONOUNS.has(pronoun) && pronoun !== 'who' ? pronoun : null
    }
  }
  return null
}

/** A phrase as the gazetteers key it: lower case, straight apostrophes, no leading "the", no final possessive. */
export function gazetteerKey(lowerText: string): string {
  let key = lowerText.includes('’') ? lowerText.replaceAll('’', "'") : lowerText
  if (key.startsWith('the ')) key = key.slice(4)
  if (key.endsWith("'s")) key = key.slice(0, -2)
  else if (key.endsWith("s'")) key = key.slice(0, -1)
  return key
}

/**
 * The kind the gazetteers give a capitalised source phrase, or `null` when
 * they say nothing. `key` is the whole phrase as `gazetteerKey` makes it;
 * `all` its words and `headIndex` the index of its head word.
 */
export function gazetteerKind(key: string, all: MentionWord[], headIndex: number): SourceKind | null {
  if (KNOWN_ORGANIZATIONS.has(key) || GOVERNMENTS.has(key)) return 'organization'
  if (DEMONYMS.has(key)) return 'group'
  const head = all[headIndex]
  if (!head.cap || hasTitle(all, headIndex)) return null
  const last = all[all.length - 1].lower
  if (ORGANIZATION_SUFFIXES.has(last) || ORGANIZATION_SUFFIXES.has(last.replace(/,$/, ''))) return 'organization'
  if (headIndex > 0 && ORGANIZATION_NAME_HEADS.has(head.lower)) return 'organization'
  // "Harlow House", not "Stuart Hall" or "Lee Hall": a head shared with surnames after a word that is no given name.
  if (
    headIndex > 0 &&
    ORGANIZATION_SHARED_HEADS.has(head.lower) &&
    !isFirstListGivenName(stripPossessive(all[0].lower))
  )
    return 'organization'
  // "Friends of the Marsh", "Knights of Columbus": a capitalised plural, "of", a name.
  if (
    all[headIndex + 1]?.lower === 'of' &&
    head.lower.endsWith('s') &&
    !GROUP_HEADS.has(head.lower) &&
    all.slice(headIndex + 2).some((x) => x.cap)
  )
    return 'organization'
  if (isBrand(head.w)) return 'organization'
  return null
}

/** Whether a title stands before the head ("Mr. DeLuca", "Senator Ada Moll"). */
function hasTitle(all: MentionWord[], headIndex: number): boolean {
  for (let i = 0; i < headIndex; i++) if (PERSON_TITLES.has(all[i].lower.replace(/\.$/, ''))) return true
  return false
}

/**
 * A word with a capital after a small letter ("TransLink", "RealClearPolitics"),
 * unless what comes before that capital is a name prefix ("McAdam", "DeLuca").
 */
function isBrand(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i)
    const before = word.charCodeAt(i - 1)
    if (code >= 65 && code <= 90 && before >= 97 && before <= 122) {
      return !NAME_PREFIXES.includes(word.slice(0, i).toLowerCase())
    }
  }
  return false
}
