/**
 * Stage 6: classify each source mention: its kind, named or anonymous, what
 * it says of gender, and its name apart from its description ("Jeff
 * Traeger" and "UFCW Local 832 president"). Kinds come from the word lists
 * and the gazetteers of `src/lexicon/data/`. Clustering mentions into
 * sources is `src/entities/coreference.ts`.
 */
import {BoundedMap} from '../bounded-map.js'
import type {Gender, SourceKind} from '../types.js'
import {affiliationOf} from '../entities/affiliation.js'
import {coordinatedMembers, type MemberClass, type MemberSpan} from '../entities/groups.js'
import {givenNameOf, nameRunStart, splitName} from '../entities/names.js'
import {withoutArticle} from '../entities/proper-name.js'
import {isFirstListGivenName} from '../lexicon/given-names.js'
import {stripPossessive, words, type MentionWord} from '../entities/words.js'
import {MEDIA_HEADS} from '../lexicon/outlets.js'
import {
  DETERMINERS,
  DOCUMENT_HEADS,
  GENDERED_WORDS,
  GROUP_HEADS,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  POSSESSIVES,
  PRONOUNS,
  ROLE_NOUNS
} from '../lexicon/names.js'
import {DEMONYMS, GOVERNMENTS, KNOWN_ORGANIZATIONS, ORGANIZATION_SHARED_HEADS} from '../lexicon/gazetteers.js'
import {PLACES} from '../lexicon/places.js'
import {COMPLEMENT_ADJECTIVES} from '../lexicon/function-words.js'
import {gazetteerKind, gazetteerKey, pronounOfContraction} from './kinds.js'

/** A source mention waiting for its source. */
export interface MentionInput {
  start: number
  end: number
  /** Is an outlet by the lexicon (told AFP, cited by Interfax). */
  outlet: boolean
  /** Starts its sentence: a capital there may be no name ("Officials said"). */
  sentenceInitial: boolean
  /** Where the sentence that holds the mention ends, when known: a name opening the next one may be the source's. */
  sentenceEnd?: number
  /** "Berg said she would run": the gender of a pronoun that opens the content this mention is the source of. */
  contentPronoun?: Gender | null
}

/** What one mention says about its source. */
export interface Classified {
  kind: SourceKind
  anonymous: boolean
  /** The name part (appositive left out), as written. */
  name: string
  /** Offsets of the name part. */
  nameEnd: number
  pronoun: string | null
  /** "the ministry", "the spokesman": a description that points back. */
  definite: boolean
  /** Lower-case head noun. */
  head: string
  /** Lower-case last word of a person's name (for surname matching), or ''. */
  surname: string
  /** What an honorific or gendered noun of the mention says ("Ms.", "spokesman"). */
  honorific: Gender | null
  /** What the given name of the mention says ("Anna" in "Anna Berg"). */
  givenName: Gender | null
  /** What a given name only the second, weaker list has says ("Tavita"). */
  guessName: Gender | null
  /** What the phrase says of the source besides its name ("UFCW Local 832 president"), or `null`. */
  description: string | null
  /** The organisation the source speaks for, when written ("the interior ministry"), or `null`. */
  affiliation: string | null
  /** A coordinated group ("Ada Moll and Rui Sato"): where each member is written in the mention; else `null`. */
  members: MemberSpan[] | null
}

/** A capital at the start of a word or of a hyphenated part ("al-Haddad" has "H"). Compiled once. */
const CAPITAL_PART = /(?:^|-)\p{Lu}/u
/** A nickname in brackets between two names ("Robert (Bob) Lang"), with the space before it. */
const BRACKETED_NICKNAME = / \(\p{Lu}\p{Ll}{1,19}\)(?= \p{Lu})/gu
/** Where a body is based, before its name ("Halifax-based Tidewell Energy"): no part of the name. */
const BASED = /^\S+-based\s+(?=\p{Lu})/u
/** "the 41-year-old": an age names one person. */
export const AGE = /^\d+-year-old$/
/** The words that bring in a name after a description ("an official named Ines Brandt"). */
const NAMING_WORDS: ReadonlySet<string> = new Set(['named', 'called'])
const PREPOSITIONS = new Set(['of', 'for', 'from', 'at', 'in', 'with', 'to', 'on', 'within', 'by', 'cited', 'quoted'])

/** A title, or titles joined by hyphens ("Vice-president"): no name. */
function isTitle(w: string): boolean {
  if (PERSON_TITLES.has(w)) return true
  return w.includes('-') && w.split('-').every((part) => PERSON_TITLES.has(part))
}

/** A role noun in lower case ("resident"), the head of a description of a person. */
function isRoleHead(x: MentionWord): boolean {
  return !x.cap && ROLE_NOUNS.has(stripPossessive(x.lower))
}

/**
 * Whether a head is the plural of a role noun ("anglers", "fishermen"), a
 * group as the heads of `GROUP_HEADS` are.
 */
function isPluralRole(head: string): boolean {
  if (head.endsWith('men')) return ROLE_NOUNS.has(head.slice(0, -2) + 'an')
  return head.length > 3 && head.endsWith('s') && ROLE_NOUNS.has(head.slice(0, -1))
}

/** A common noun that a capital at the start of a sentence does not make a name. */
function isCommonNoun(w: string): boolean {
  return (
    ROLE_NOUNS.has(w) ||
    GROUP_HEADS.has(w) ||
    DOCUMENT_HEADS.has(w) ||
    ORGANIZATION_HEADS.has(w) ||
    MEDIA_HEADS.has(w) ||
    ROLE_NOUNS.has(w.replace(/s$/, ''))
  )
}

/** Whether a word of `all` in [from, to) is capitalised. */
function anyCapitalised(all: MentionWord[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (all[i].cap) return true
  return false
}

/** Whether a word of `all` in [from, to) is capitalised, a place before a lower-case ending aside ("the Calgary-based railway"). */
function anyName(all: MentionWord[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const x = all[i]
    const hyphen = x.w.lastIndexOf('-')
    if (x.cap && !(hyphen > 0 && hyphen + 1 < x.w.length && x.w[hyphen + 1] === x.lower[hyphen + 1])) return true
  }
  return false
}

/**
 * How many of the first `to` words are proper: capitalised, no title, and
 * at the start neither a determiner nor (sentence-initially) a common noun.
 */
function countProperWords(all: MentionWord[], to: number, sentenceInitial: boolean): number {
  let count = 0
  for (let i = 0; i < to; i++) {
    const x = all[i]
    if (!x.cap || isTitle(stripPossessive(x.lower))) continue
    if (i === 0 && (DETERMINERS.has(x.lower) || (sentenceInitial && isCommonNoun(x.lower)))) continue
    count++
  }
  return count
}

/** How many of the first `to` words are capitalised name words: no title or honorific (a final period aside), not all capitals and periods. */
function countNameCapitals(all: MentionWord[], to: number): number {
  let count = 0
  for (let i = 0; i < to; i++) {
    const x = all[i]
    const bare = stripPossessive(x.lower).replace(/\.$/, '')
    if (x.cap && !PERSON_TITLES.has(bare) && !GENDERED_WORDS.has(bare) && !/^[A-Z.]+$/.test(x.w)) count++
  }
  return count
}

/**
 * What a phrase is as one member of a coordinated group (see
 * `MemberClass`). With `bare`, a person named in one word counts only when
 * it is a given name of the first list (`given`, which a shared surname may
 * complete) or comes with a title ("Senator Moll").
 */
function memberClass(phrase: string, bare: boolean): MemberClass {
  const c = classifyCached(phrase, false, false)
  if (c.pronoun !== null || c.members !== null) return null
  if (c.anonymous) {
    const first = words(phrase)[0]?.lower ?? ''
    const opens = DETERMINERS.has(first) || POSSESSIVES.has(first)
    return opens && (c.kind === 'person' || c.kind === 'group' || c.kind === 'organization') ? 'description' : null
  }
  if (c.kind === 'organization' || c.kind === 'media') return 'body'
  if (c.kind !== 'person') return null
  if (/\s/.test(c.name) || c.description !== null) return 'person'
  if (isFirstListGivenName(stripPossessive(c.name.toLowerCase()))) return 'given'
  return bare ? null : 'person'
}

/** Whether the phrase opens with a given name of the first list, of either gender or both ("Joe", "Lee"). */
function startsWithGivenName(all: MentionWord[]): boolean {
  return isFirstListGivenName(stripPossessive(all[0].lower))
}

/** "Joe Montana", "Lee Georgia": a capitalised given name, then the head: a person's name. */
function isGivenAndSurname(all: MentionWord[], headIndex: number): boolean {
  return headIndex === 1 && all[0].cap && startsWithGivenName(all)
}

/**
 * "the Coastal Water Report", not "Ada Field Report" or "Rob Cable": a
 * capitalised document head after two words or more, the first no given name.
 */
function isNamedDocument(all: MentionWord[], headIndex: number): boolean {
  return headIndex > 1 && !startsWithGivenName(all) && !hasTitleBefore(all, headIndex)
}

/** Whether a title stands right before the personal name that ends at `headIndex` ("Attorney Vera Lusk"). */
function hasTitleBefore(all: MentionWord[], headIndex: number): boolean {
  const first = nameRunStart(all, headIndex)
  return first > 0 && PERSON_TITLES.has(stripPossessive(all[first - 1].lower).replace(/\.$/, ''))
}

/**
 * Whether the word at `headIndex` is a capitalised title whose "of" and the
 * capitalised words after it, two or more, name an office and then the
 * person ("Minister of Finance Ana Reyes").
 */
function isOfficeTitle(all: MentionWord[], headIndex: number): boolean {
  const title = all[headIndex]
  if (
    !title.cap ||
    !PERSON_TITLES.has(title.lower.replace(/\.$/, '')) ||
    all[headIndex + 1]?.lower !== 'of' ||
    all.length - headIndex < 4
  )
    return false
  for (let i = headIndex + 2; i < all.length; i++) if (!all[i].cap) return false
  return true
}

/**
 * "The Port of Dunmore", "The Centers for Disease Control": "The", capitalised
 * words with no title among them, then "of" or "for" and a name build the
 * name of a body or a place, never a person's name ("The Duke of Kent" has a title).
 */
function isArticleOfName(all: MentionWord[], headIndex: number): boolean {
  const joint = all[headIndex + 1]?.lower
  if (all[0].lower !== 'the' || headIndex < 1 || (joint !== 'of' && joint !== 'for')) return false
  for (let i = 1; i <= headIndex; i++) if (!all[i].cap || isTitle(stripPossessive(all[i].lower))) return false
  return anyCapitalised(all, headIndex + 2, all.length)
}

/**
 * Whether the "of" at `at` joins a capitalised name that a role noun ends
 * ("A Superior Court of Ontario judge"): the role, last, is the head.
 */
function isRoleAfterName(all: MentionWord[], at: number): boolean {
  const last = all.length - 1
  if (all[at].lower !== 'of' || last - at < 2 || all[last].cap || !ROLE_NOUNS.has(all[last].lower)) return false
  for (let i = at + 1; i < last; i++) if (!all[i].cap) return false
  return all[at - 1].cap
}

/**
 * "The Guild", "The Harbour Port": "The", then one to three capitalised
 * words with no title among them, and nothing after.
 * A person's name takes no article, so these name a body.
 */
function isArticleName(all: MentionWord[], headIndex: number): boolean {
  if (all[0].lower !== 'the' || headIndex < 1 || headIndex > 3 || headIndex !== all.length - 1) return false
  for (let i = 1; i <= headIndex; i++) {
    if (!all[i].cap || isTitle(stripPossessive(all[i].lower))) return false
  }
  return true
}

/** Classify one mention by its words. */
export function classify(text: string, outlet: boolean, sentenceInitial = false): Classified {
  // The name part stops at the first comma: "Omar al-Haddad, a spokesman for …".
  const comma = text.indexOf(',')
  const written = comma === -1 ? text : text.slice(0, comma)
  // "Robert (Bob) Lang": a nickname in brackets between the names is no part of the name.
  const namePart = written.includes('(') ? written.replace(BRACKETED_NICKNAME, '') : written
  const appositive = comma === -1 ? '' : text.slice(comma + 1)
  const all = words(namePart)
  const lowerText = namePart.trim().toLowerCase()
  const base: Classified = {
    kind: 'unknown',
    anonymous: true,
    name: namePart.trim(),
    nameEnd: namePart.trimEnd().length,
    pronoun: null,
    definite: false,
    head: '',
    surname: '',
    honorific: null,
    givenName: null,
    guessName: null,
    description: null,
    affiliation: null,
    members: null
  }
  if (all.length === 0) return base
  // "Both Ada Moll and Rui Sato", "the union and the company": a group whose members are sources.
  // The gazetteer is asked only of a coordination (most phrases are none): "Procter and Gamble" is a company.
  const members = coordinatedMembers(text, memberClass)
  if (members !== null && !KNOWN_ORGANIZATIONS.has(gazetteerKey(text.trim().toLowerCase())))
    return {
      ...base,
      name: text.slice(members[0].start).trim(),
      kind: 'group',
      // "The union and the company" names nobody; a group with a named member is named.
      anonymous: members.every(
        (member) => classifyCached(text.slice(member.start, member.end), false, false).anonymous
      ),
      head: stripPossessive(all[all.length - 1].lower),
      members
    }
  // "she", and "She's" or "I've" as the source of a contracted verb.
  const pronoun =
    all.length === 1 ? (PRONOUNS.has(all[0].lower) ? all[0].lower : pronounOfContraction(all[0].lower)) : null
  if (pronoun !== null) return {...base, kind: PRONOUNS.get(pronoun)!, pronoun, head: pronoun}
  // "a harbour official named Ines Brandt": a person's description, then the name.
  const introduced = namedAfter(namePart, all, appositive)
  if (introduced !== null) return introduced
  // The head: the last word before the first preposition.
  let headIndex = all.length - 1
  for (let i = 1; i < all.length; i++) {
    // The head ends before a preposition or a participle ("a poll released Tuesday").
    const w = all[i].lower
    const participle = i >= 2 && w.length > 4 && w.endsWith('ed') && !DETERMINERS.has(all[i - 1].lower)
    // "Sen. Jo Pratt (R-Ohio)": a bracket after the name holds a party tag or an acronym.
    if (namePart.charCodeAt(all[i].at - 1) === 40 && all[i - 1].cap) {
      headIndex = i - 1
      break
    }
    if (
      (PREPOSITIONS.has(w) || participle || w === 'who' || w === 'whose' || w === 'that' || w === 'which') &&
      !all[i].cap &&
      !isRoleAfterName(all, i)
    ) {
      // "people familiar with the matter": the adjective and its complement follow the head.
      headIndex = i >= 2 && COMPLEMENT_ADJECTIVES.has(all[i - 1].lower) ? i - 2 : i - 1
      break
    }
  }
  // "Secretary of State Mike Pompeo": the "of" after a title names the office; the head is the name.
  if (isOfficeTitle(all, headIndex)) headIndex = all.length - 1
  // "a statement released by the command": the participle is no head.
  if (headIndex > 0 && /ed$/.test(all[headIndex].lower) && !all[headIndex].cap) headIndex--
  const head = stripPossessive(all[headIndex].lower)
  const headCap = all[headIndex].cap || CAPITAL_PART.test(all[headIndex].w)
  const first = all[0].lower
  // "the Cambridge resident", "the Pentagon spokesman": a capitalised modifier of a role still points back.
  const definite =
    (first === 'the' || first === 'that' || first === 'this' || first === 'same') &&
    (!anyName(all, 1, headIndex + 1) || (first === 'the' && headIndex > 1 && isRoleHead(all[headIndex])))
  const properWords = countProperWords(all, headIndex + 1, sentenceInitial)
  const listed = anyCapitalised(all, 0, headIndex + 1) ? gazetteerKind(gazetteerKey(lowerText), all, headIndex) : null
  // A name the gazetteers know is a name, whatever its words ("Friends of the Marsh").
  let named = properWords > 0 || listed !== null
  let kind: SourceKind = 'unknown'
  let described = false
  if (outlet || (MEDIA_HEADS.has(head) && (headCap || all[headIndex - 1]?.lower === 'news'))) kind = 'media'
  else if (listed !== null) kind = listed
  else if (DOCUMENT_HEADS.has(head) && (!headCap || isNamedDocument(all, headIndex))) kind = 'document'
  else if (headCap && (PLACES.has(lowerText.replace(/^the /, '')) || (PLACES.has(head) && headIndex === 0)))
    kind = 'organization'
  else if (AGE.test(head)) kind = 'person'
  else if (
    GROUP_HEADS.has(head) ||
    (isPluralRole(head) && (headIndex === 0 || !all[headIndex].cap)) ||
    /^\d/.test(head) ||
    head === 'percent' ||
    head === 'third' ||
    head === 'quarter' ||
    head === 'half'
  )
    kind = 'group'
  else if (
    ORGANIZATION_HEADS.has(head) ||
    PLACES.has(lowerText.startsWith('the ') ? lowerText.slice(4) : lowerText) ||
    (PLACES.has(head) && headIndex === 0)
  )
    kind = 'organization'
  else if (ROLE_NOUNS.has(head) && !headCap) kind = 'person'
  else if (MEDIA_HEADS.has(head)) kind = 'media'
  else if (headCap) {
    const caps = countNameCapitals(all, headIndex + 1)
    // "NATO", "OPEC", "GOP": short capitals name organisations; a long word in capitals is a name ("HALVORSEN").
    const acronym =
      all[headIndex].w.length > 1 &&
      all[headIndex].w.length <= 5 &&
      all[headIndex].w === all[headIndex].w.toUpperCase() &&
      !/\./.test(all[headIndex].w)
    if (acronym) kind = 'organization'
    else if (all[headIndex].w.length > 5 && all[headIndex].w === all[headIndex].w.toUpperCase()) kind = 'person'
    // "Canadians with degenerative diseases", "Democrats": the people of a country or a party.
    else if (DEMONYMS.has(head)) kind = 'group'
    // "Rally Norway", "Clean Water Canada": a name that ends in a country names a body; "Joe Montana" a person.
    else if (headIndex > 0 && GOVERNMENTS.has(head) && !isGivenAndSurname(all, headIndex)) kind = 'organization'
    else if (isArticleOfName(all, headIndex)) kind = 'organization'
    // "The Wisconsin Republican": one of a party or a people, described, not named.
    else if (first === 'the' && DEMONYMS.has(head + 's')) {
      kind = 'person'
      described = true
    } else if (isArticleName(all, headIndex)) kind = 'organization'
    else if (caps >= 1 && caps <= 4) kind = 'person'
    // "Elm County District Attorney Vera Lusk": a title, then a short name.
    else if (hasTitleBefore(all, headIndex) && headIndex - nameRunStart(all, headIndex) <= 3) kind = 'person'
  }
  if (kind === 'unknown' && appositive) {
    const more = classify(appositive, false)
    if (more.kind === 'person' || more.kind === 'organization') kind = more.kind
  }
  // "Lee Park, a spokeswoman for the port": a head shared with surnames names the person the appositive describes.
  if (
    kind === 'organization' &&
    appositive &&
    ORGANIZATION_SHARED_HEADS.has(head) &&
    classifyCached(appositive, false, false).kind === 'person'
  )
    kind = 'person'
  // "Both Brandt and Pask", "Smith and Jones": several people make a group.
  if (properWords >= 2 && (kind === 'person' || kind === 'unknown') && all.some((x) => x.lower === 'and'))
    kind = 'group'
  // "the mayor's aunt, Ines Brandt": a named description, then the name.
  if (named && appositive !== '' && !headCap && (kind === 'person' || kind === 'unknown')) {
    const later = appositiveName(namePart, all, appositive)
    if (later !== null) return later
  }
  // "The regional governor, Pavel Ostrander,": the name is in the appositive.
  if (!named && appositive) {
    const more = words(appositive)
    if (more.length > 0 && more.length <= 4 && more.every((x) => x.cap)) {
      const name = appositive.trim()
      const last = more[more.length - 1]
      return {
        ...base,
        name,
        description: base.name,
        kind: kind === 'unknown' ? 'person' : kind,
        anonymous: false,
        definite: false,
        head: stripPossessive(last.lower),
        surname: kind === 'person' || kind === 'unknown' ? stripPossessive(last.lower) : ''
      }
    }
  }
  void named
  // "the nurses' union": a body named by the people it stands for.
  if (kind === 'organization' && headIndex > 0 && all[headIndex - 1].lower.endsWith("s'")) named = true
  let anonymous = !named || described
  // "A statement from the Iraqi military's command": a document from a named body is named.
  if (kind === 'document' && all.some((x, i) => i > headIndex && x.cap)) anonymous = false
  if (kind === 'group' && headCap && named) anonymous = false
  // "a Pentagon spokesman", "American officials": capitalised modifiers of a role or group name nobody.
  if (
    (kind === 'person' || kind === 'group') &&
    !headCap &&
    (ROLE_NOUNS.has(head) || GROUP_HEADS.has(head) || isPluralRole(head))
  )
    anonymous = true
  const surname =
    kind === 'person' && headCap ? stripPossessive(all[headIndex].lower).replace(/^(?:al|el|ul|bin|ibn)-/, '') : ''
  const honorific = honorificGender(all, headIndex) ?? (appositive ? honorificGender(words(appositive), -1) : null)
  const given = kind === 'person' ? givenNameOf(all, headIndex) : null
  const givenName = given !== null && !given.filled ? given.gender : null
  const result: Classified = {
    ...base,
    kind,
    anonymous,
    definite: definite || described,
    head,
    surname,
    honorific,
    givenName,
    guessName: given?.filled ? given.gender : null
  }
  // "The RCMP said": a body's name is written without the sentence's article.
  if (kind === 'organization' && !anonymous)
    return {
      ...result,
      name: withoutArticle(listed === 'organization' ? result.name : withoutPossessive(result.name)).replace(BASED, '')
    }
  if (kind !== 'person') return result
  // "UFCW Local 832 president Jeff Traeger": the name is the personal name; the rest describes.
  const kindOf = (phrase: string): SourceKind => classifyCached(phrase, false, false).kind
  if (!anonymous && headCap) {
    const split = splitName(namePart, all, headIndex, appositive)
    return {
      ...result,
      name: withoutPossessive(split.name),
      description: split.description,
      affiliation: affiliationOf(split.before, split.after, appositive, kindOf)
    }
  }
  const after = headIndex + 1 < all.length ? namePart.slice(all[headIndex + 1].at).trim() : ''
  return {...result, affiliation: affiliationOf('', after, appositive, kindOf)}
}

/**
 * The person named after a description, classified with the description
 * kept, or `null` when `name` names no person on its own.
 */
function describedPerson(name: string, description: string, all: MentionWord[]): Classified | null {
  const person = classifyCached(name, false, false)
  if (person.kind !== 'person' || person.anonymous || person.description !== null) return null
  return {...person, description, honorific: person.honorific ?? honorificGender(all, all.length - 1)}
}

/** "the mayor's aunt, Ines Brandt": a short capitalised appositive names the person the phrase describes. */
function appositiveName(namePart: string, all: MentionWord[], appositive: string): Classified | null {
  const more = words(appositive)
  if (more.length === 0 || more.length > 4 || !more.every((x) => x.cap)) return null
  return describedPerson(appositive.trim(), namePart.trim(), all)
}

/**
 * "a harbour official named Ines Brandt": capitalised words after "named"
 * or "called" that end the phrase name the person the words before
 * describe (a person's role, not "a report called …"); else `null`.
 */
function namedAfter(namePart: string, all: MentionWord[], appositive: string): Classified | null {
  if (appositive !== '') return null
  const naming = all.findIndex((x) => NAMING_WORDS.has(x.lower))
  if (naming < 1 || naming === all.length - 1 || !all.slice(naming + 1).every((x) => x.cap)) return null
  const description = namePart.slice(0, all[naming].at).trim()
  if (classifyCached(description, false, false).kind !== 'person') return null
  return describedPerson(namePart.slice(all[naming + 1].at).trim(), description, all)
}

/** A name without a final possessive ("Ada Moll's" → "Ada Moll", "the Smiths'" → "the Smiths"). */
function withoutPossessive(name: string): string {
  const last = name.charCodeAt(name.length - 1)
  const mark = name.charCodeAt(name.length - 2)
  if ((last === 115 || last === 83) && (mark === 39 || mark === 0x2019) && name.length > 2) return name.slice(0, -2)
  if ((last === 39 || last === 0x2019) && mark === 115 && name.length > 2) return name.slice(0, -1)
  return name
}

/**
 * What an honorific or gendered noun says: among the first `to + 1` words,
 * or (`to` is -1) the words before the first preposition or relative
 * pronoun ("a spokeswoman for the ministry").
 */
function honorificGender(all: MentionWord[], to: number): Gender | null {
  const last = to >= 0 ? Math.min(to, all.length - 1) : all.length - 1
  for (let i = 0; i <= last; i++) {
    const w = stripPossessive(all[i].lower)
    if (to < 0 && (PREPOSITIONS.has(w) || w === 'who' || w === 'whose' || w === 'that' || w === 'which')) break
    const gender = GENDERED_WORDS.get(w)
    if (gender !== undefined) return gender
  }
  return null
}

/**
 * Mentions repeat ("he", "officials", "the ministry") within and across
 * articles; `classify` depends on nothing but its arguments and its result
 * is never changed, so results are kept (up to a bound, then forgotten).
 * One map for each pair of flags, so that the key is the text itself.
 */
const CLASSIFIED_MAX = 4096
const classified = [0, 1, 2, 3].map(() => new BoundedMap<string, Classified>(CLASSIFIED_MAX))

/** Classify one mention (as `classify`), remembering the result for the next mention written the same way. */
export function classifyCached(text: string, outlet: boolean, sentenceInitial: boolean): Classified {
  const cache = classified[(outlet ? 2 : 0) + (sentenceInitial ? 1 : 0)]
  let found = cache.get(text)
  if (found === undefined) {
    found = classify(text, outlet, sentenceInitial)
    cache.set(text, found)
  }
  return found
}
