/**
 * Coreference: the source mentions of the attributions and the entity
 * mentions of the whole document, in document order, are clustered into
 * sources by ordered, named sieves (`SIEVES`). The first sieve that links a
 * mention to an earlier cluster decides; a mention no sieve links starts a
 * cluster of its own. Entity mentions ("Tamsin Orrick is new to the
 * work.") take part so that a later "Orrick said" or "She said" finds
 * them, but only clusters with at least one source mention become sources.
 *
 * Clustering keeps maps from keys (surname, given name, normalised name) to
 * clusters, so each mention costs a bounded number of look-ups.
 */
import {listedGivenName} from '../lexicon/given-names.js'
import {bracketedAcronym, initialsOf, isAcronymName} from './acronyms.js'
import {properName, withoutArticle} from './proper-name.js'
import {documentAuthor} from './authors.js'
import type {Lexicon} from '../lexicon/index.js'
import {DEMONYMS, GOVERNMENTS, ORGANIZATION_SUFFIXES} from '../lexicon/gazetteers.js'
import {PLACES} from '../lexicon/places.js'
import {
  AGENT_NOUN_ENDINGS,
  GENDERED_PRONOUNS,
  GENDERED_WORDS,
  GENERIC_ORGANIZATION_HEADS,
  PRONOUNS,
  ROLE_NOUNS
} from '../lexicon/names.js'
import {GenderTally, opposite} from '../stages/gender.js'
import {surnameEvidence} from '../stages/name-evidence.js'
import {gazetteerKey} from '../stages/kinds.js'
import {AGE, classifyCached, type Classified, type MentionInput} from '../stages/sources.js'
import type {CoreferenceSieve, Gender, Source, Span} from '../types.js'
import {endsWith, type Entity} from './kinds.js'
import {awaitsName, LOOK_AHEAD_WINDOW, lookAheadTarget, type Ahead} from './look-ahead.js'
import {followingPronoun} from './following-pronoun.js'

interface Cluster {
  source: Source
  classified: Classified
  /** `source.name` in lower case, and the name it was made from (see `lowerNameOf`). */
  lowerName: string
  lowerNameOf: string
  /** What the mentions so far say of gender. */
  gender: GenderTally
  /** Whether an attribution names this cluster (only those become sources). */
  quoted: boolean
  /** The members of a coordinated group, or `null`. */
  members: Cluster[] | null
}

/** What the sieves read: the clusters so far and the keys that find them. */
interface State {
  lexicon: Lexicon
  bySurname: Map<string, Cluster>
  byGiven: Map<string, Cluster>
  /** Bodies named in two words or more, by their first word ("tidewell" for "Tidewell Energy"). */
  byFirstWord: Map<string, Cluster>
  byName: Map<string, Cluster>
  /** Bodies named in two words or more, by their initials ("edc" for "Export Development Canada"). */
  byInitials: Map<string, Cluster>
  /** The latest person source (a person the text only mentions is not one). */
  lastPerson: Cluster | null
  lastGroup: Cluster | null
  lastThing: Cluster | null
  /** The cluster of every mention so far, in document order. */
  recent: Cluster[]
  /** For each of `recent`: an entity mention inside what an attribution reports ("Ford" in "Lee said Ford erred"). */
  reported: boolean[]
  /** For each of `recent`: a mention that opens its sentence, most often its subject ("Vickers rolled …"). */
  opens: boolean[]
  /** For each of `recent`: where the mention starts. */
  starts: number[]
  text: string
}

/** One sieve: when it `applies` to a mention, it links it (or not, and then `final` stops the later sieves). */
interface Sieve {
  name: CoreferenceSieve
  applies(c: Classified, key: string, state: State): boolean
  link(c: Classified, key: string, state: State): Cluster | null
  /** No later sieve runs once this one applies. */
  final: boolean
}

/** How far back (in mentions) a pronoun's gender or a description's head is looked for. */
const WINDOW = 30

/** Whether a name is written in one word. */
function oneWord(name: string): boolean {
  return !/\s/.test(name.trim())
}

/** The cluster's source name in lower case, lowered once per name rather than once per look. */
function lowerNameOf(cluster: Cluster): string {
  if (cluster.lowerNameOf !== cluster.source.name) {
    cluster.lowerNameOf = cluster.source.name
    cluster.lowerName = cluster.source.name.toLowerCase()
  }
  return cluster.lowerName
}

/**
 * The person a gendered pronoun stands for: the nearest earlier person,
 * source or only mentioned, whose gender is compatible. A source is
 * compatible unless its gender is surely the other (weak guesses from the
 * second given-name list do not count); a person only mentioned when the
 * text gives it the pronoun's gender ("Anna Berg, the mayor, met Karl Voss.
 * She said …"). A name inside what an attribution reports is passed by (a
 * pronoun after "Lee said Ford erred" stands for Lee, not Ford). The
 * nearest is passed by, too, for a compatible person a few mentions before
 * it who opens a sentence, the sentence's subject, where the nearest does
 * not ("Ruiz met Tom Hale and thanked Lee Park. … he said": Ruiz; see
 * `salientSubject`). Failing those, the nearest mentioned person of unknown
 * gender, then the latest person source.
 */
function personFor(gender: Gender, state: State): Cluster | null {
  const {recent, reported} = state
  const other = opposite(gender)
  let open: Cluster | null = null
  for (let r = recent.length - 1; r >= 0 && r >= recent.length - WINDOW; r--) {
    const candidate = recent[r]
    if (candidate.source.kind !== 'person' || isSpeakerPronoun(candidate) || reported[r]) continue
    if (fitsPronoun(candidate, gender, other))
      return state.opens[r] || candidate.quoted ? candidate : salientSubject(gender, r, state)
    if (open === null && !candidate.quoted && candidate.gender.decideSure() === null) open = candidate
  }
  return open ?? thirdPerson(state.lastPerson)
}

/**
 * Whether a person fits a pronoun of `gender`: a source unless its gender
 * is surely the `other`, a person only mentioned when the text gives it
 * the pronoun's gender.
 */
function fitsPronoun(candidate: Cluster, gender: Gender, other: Gender): boolean {
  return candidate.quoted ? candidate.gender.decideSure() !== other : candidate.gender.decide() === gender
}

/** Whether a line break comes between the mentions at `from` and `to` in `recent` (of unknown places: no). */
function breaksParagraph(state: State, from: number, to: number): boolean {
  const start = state.starts[from]
  const end = state.starts[to]
  if (start < 0 || end < 0) return false
  // Only the stretch between the two: a search to the end of the text would cost its length for each pronoun.
  for (let i = start; i < end; i++) if (state.text.charCodeAt(i) === 10) return true
  return false
}

/** How many mentions before the nearest fitting person a sentence's subject is looked for. */
const SUBJECT_REACH = 6

/**
 * The person a pronoun stands for when the nearest that fits it, at
 * `nearest` in `recent`, does not open its sentence: a fitting person up to
 * `SUBJECT_REACH` mentions before it who does (the subject of a sentence
 * before, the topic), else the nearest.
 */
function salientSubject(gender: Gender, nearest: number, state: State): Cluster {
  const {recent, reported, opens} = state
  const other = opposite(gender)
  const floor = Math.max(0, nearest - SUBJECT_REACH, recent.length - WINDOW)
  for (let r = nearest - 1; r >= floor; r--) {
    const candidate = recent[r]
    if (!opens[r] || reported[r] || candidate === recent[nearest]) continue
    if (candidate.source.kind !== 'person' || isSpeakerPronoun(candidate)) continue
    if (!fitsPronoun(candidate, gender, other)) continue
    // A subject in an earlier paragraph than the nearest person: the new paragraph may be about someone else.
    return breaksParagraph(state, r, nearest) ? recent[nearest] : candidate
  }
  return recent[nearest]
}

/** A cluster of nothing but "I" or "we" (the writer, the speaker): never what "she" or "he" stands for. */
function isSpeakerPronoun(cluster: Cluster): boolean {
  const pronoun = cluster.classified.pronoun
  return cluster.source.anonymous && (pronoun === 'i' || pronoun === 'we')
}

/** The cluster, unless it is only "I" or "we". */
function thirdPerson(cluster: Cluster | null): Cluster | null {
  return cluster !== null && isSpeakerPronoun(cluster) ? null : cluster
}

/** The nearest earlier entity a pronoun can stand for, by gender, number and person versus organisation. */
function pronounTarget(pronoun: string, state: State): Cluster | null {
  if (pronoun === 'he' || pronoun === 'she')
    return state.lexicon.gender ? personFor(GENDERED_PRONOUNS.get(pronoun)!, state) : thirdPerson(state.lastPerson)
  if (pronoun === 'i') return state.lastPerson
  if (pronoun === 'they' || pronoun === 'we') return state.lastGroup ?? state.lastThing
  if (pronoun === 'it') return state.lastThing
  return null
}

/** "the same source", "the same official": the nearest earlier unnamed source. */
function sameTarget(state: State): Cluster | null {
  const {recent} = state
  for (let r = recent.length - 1; r >= 0 && r >= recent.length - WINDOW; r--) {
    if (recent[r].source.anonymous && recent[r].classified.pronoun === null) return recent[r]
  }
  return null
}

/**
 * The nearest earlier entity whose head is the description's head, whose
 * name holds it ("Iraq's Defence Ministry") or whose description does
 * ("veteran defender Mia Holt").
 */
function headTarget(c: Classified, state: State): Cluster | null {
  const {recent} = state
  const spacedHead = ' ' + c.head
  for (let r = recent.length - 1; r >= 0 && r >= recent.length - WINDOW; r--) {
    const candidate = recent[r]
    // "the council" is no person whose description or name holds "council" ("Council leader Priya Nandakumar").
    if (c.kind === 'organization' && candidate.source.kind === 'person') continue
    const described = candidate.source.description
    if (
      candidate.classified.head === c.head ||
      lowerNameOf(candidate).includes(spacedHead) ||
      (c.head === 'source' && candidate.classified.head === 'sources') ||
      (described !== undefined && (' ' + described.toLowerCase() + ' ').includes(spacedHead + ' '))
    ) {
      return candidate
    }
  }
  return null
}

/**
 * A definite description ("the ministry", "the union", "the veteran
 * defender"): the nearest earlier entity whose head is the description's
 * head, whose name holds it ("Iraq's Defence Ministry") or whose description
 * does ("veteran defender Mia Holt"); failing that, for a role or an age
 * ("the spokeswoman", "the 41-year-old"), the nearest earlier named person.
 */
function definiteTarget(c: Classified, _key: string, state: State): Cluster | null {
  const fits = headTarget(c, state)
  if (fits !== null) return fits
  // "the company", "the group": the nearest named organisation that is no government.
  if (c.kind === 'organization' && GENERIC_ORGANIZATION_HEADS.has(c.head)) return namedOrganization(state)
  // "the Wisconsin Republican": one of a party or a people, as a role.
  const member = c.kind === 'person' && DEMONYMS.has(c.head + 's')
  if (!AGE.test(c.head) && !(c.kind === 'person' && ROLE_NOUNS.has(c.head)) && !member) return null
  return namedPerson(state, c.honorific)
}

/**
 * The nearest earlier named person whose gender, as the text tells it so
 * far, is not the other of `gender` ("the actress" passes a man by); a name
 * inside what an attribution reports is passed by.
 */
function namedPerson(state: State, gender: Gender | null): Cluster | null {
  const {recent, reported} = state
  const other = gender === null ? null : opposite(gender)
  for (let r = recent.length - 1; r >= 0 && r >= recent.length - WINDOW; r--) {
    const candidate = recent[r]
    if (candidate.source.kind !== 'person' || candidate.source.anonymous || reported[r]) continue
    if (other === null || candidate.gender.decide() !== other) return candidate
  }
  return null
}

/**
 * Whether a mention is a definite description of a person whose head no
 * list of kinds knows: an agent noun ("the cheerful proprietor"), a gendered
 * noun ("the businessman") or a compound that ends with a role noun ("the
 * retired fisherwoman"). "The camera", "the plan" are none.
 */
function unknownDescription(c: Classified): boolean {
  if (!c.definite || c.kind !== 'unknown' || c.pronoun !== null) return false
  const head = c.head
  if (GENDERED_WORDS.has(head) || AGENT_NOUN_ENDINGS.some((ending) => head.endsWith(ending))) return true
  for (let i = 2; i < head.length - 2; i++) if (ROLE_NOUNS.has(head.slice(i))) return true
  return false
}

/** The nearest earlier named organisation that is not a country or seat of government. */
function namedOrganization(state: State): Cluster | null {
  const {recent} = state
  for (let r = recent.length - 1; r >= 0 && r >= recent.length - WINDOW; r--) {
    const source = recent[r].source
    if (source.kind === 'organization' && !source.anonymous && !GOVERNMENTS.has(gazetteerKey(lowerNameOf(recent[r]))))
      return recent[r]
  }
  return null
}

/** The surname sieve: a name whose last word is an earlier person's ("Orrick" → "Tamsin Orrick"), unless both give different full names. */
function surnameTarget(c: Classified, key: string, state: State): Cluster | null {
  const cluster = state.bySurname.get(c.surname)
  if (cluster === undefined) return null
  if (oneWord(c.name) || oneWord(cluster.source.name)) return cluster
  // Two full names: one must end with the other ("Ruiz Ortega", "Ana Ruiz Ortega").
  const known = normaliseName(cluster.source.name)
  return known.endsWith(' ' + key) || key.endsWith(' ' + known) || known === key ? cluster : null
}

/** Whether a mention or a cluster names a body (or something not known to be a person). */
function namesBody(kind: string): boolean {
  return kind !== 'person' && kind !== 'group' && kind !== 'document'
}

/**
 * The acronym sieve: an acronym to the body whose initials it spells ("EDC"
 * → "Export Development Canada", written before it), or a name whose
 * initials spell an earlier acronym ("the Northern Grain Board", after
 * "NGB") to the acronym's cluster.
 */
function acronymTarget(c: Classified, key: string, state: State): Cluster | null {
  if (isAcronymName(withoutArticle(c.name))) return state.byInitials.get(key) ?? null
  const initials = initialsOf(c.name)
  if (initials === '') return null
  const cluster = state.byName.get(initials)
  return cluster !== undefined && namesBody(cluster.source.kind) && isAcronymName(withoutArticle(cluster.source.name))
    ? cluster
    : null
}

/**
 * The sieves, in order. A pronoun, "the same …" and a definite description
 * are resolved by their own sieve or not at all; a name goes to the same
 * name, else the body its acronym or expansion stands for, else the same
 * surname, else the same given name, else the body whose first word it is; an unnamed
 * description written again ("officials") to the same description.
 */
export const SIEVES: readonly Sieve[] = [
  {
    name: 'pronoun',
    final: true,
    applies: (c) => c.pronoun !== null,
    link: (c, _key, state) => pronounTarget(c.pronoun!, state)
  },
  {
    name: 'exact',
    final: false,
    applies: (c, key) => !c.anonymous && key !== '',
    link: (_c, key, state) => state.byName.get(key) ?? null
  },
  {
    name: 'acronym',
    final: false,
    applies: (c) => !c.anonymous && namesBody(c.kind),
    link: acronymTarget
  },
  {
    name: 'surname',
    final: false,
    applies: (c) => !c.anonymous && c.surname !== '',
    link: surnameTarget
  },
  // "Jordan", after "Jordan Pell": the person, though a country has the name too.
  {
    name: 'given-name',
    final: false,
    applies: (c) => !c.anonymous && (c.kind === 'person' || c.kind === 'organization') && oneWord(c.name),
    link: (_c, key, state) => state.byGiven.get(key) ?? null
  },
  // "Tidewell", after "Tidewell Energy": the body, named short (a word alone may read as a surname).
  {
    name: 'short-name',
    final: false,
    applies: (c) => !c.anonymous && (c.kind === 'organization' || c.kind === 'person') && oneWord(c.name),
    link: (_c, key, state) => state.byFirstWord.get(key) ?? null
  },
  {
    name: 'definite',
    final: true,
    applies: (c) => /\bsame\b/i.test(c.name),
    link: (_c, _key, state) => sameTarget(state)
  },
  // "the cheerful proprietor", with no entity whose head fits: the nearest named person.
  {
    name: 'description',
    final: true,
    applies: (c, _key, state) => unknownDescription(c) && headTarget(c, state) === null,
    link: (c, _key, state) => namedPerson(state, c.honorific)
  },
  {
    name: 'definite',
    final: true,
    applies: (c) => c.definite,
    link: definiteTarget
  },
  {
    name: 'exact',
    final: false,
    applies: (c, key) => c.anonymous && key !== '' && !/^(?:a|an|another|one)\b/i.test(c.name),
    link: (_c, key, state) => state.byName.get(key) ?? null
  }
]

/** Run the sieves on one mention: its cluster and the sieve that found it, or `null`. */
function resolve(c: Classified, key: string, state: State): {cluster: Cluster; sieve: CoreferenceSieve} | null {
  for (const sieve of SIEVES) {
    if (!sieve.applies(c, key, state)) continue
    const cluster = sieve.link(c, key, state)
    if (cluster !== null) return {cluster, sieve: sieve.name}
    if (sieve.final) return null
  }
  return null
}

/** Keep what one more mention tells: a fuller name, a description, an affiliation. */
function absorb(cluster: Cluster, c: Classified): void {
  const current = cluster.source
  if (c.pronoun === null && !c.definite) {
    // A fuller name replaces a shorter one; a name replaces an unnamed description.
    const name = properName(c.name)
    if (
      (!c.anonymous && current.anonymous) ||
      (c.anonymous === current.anonymous && name.length > current.name.length)
    ) {
      current.name = name
      current.anonymous = c.anonymous
      if (c.kind !== 'unknown') current.kind = c.kind
      cluster.classified = c
    }
  }
  if (current.description === undefined && c.description !== null && !c.anonymous) current.description = c.description
  if (current.affiliation === undefined && c.affiliation !== null) current.affiliation = c.affiliation
}

/** Remember a mention's keys and what it says of the kind of the latest entity. */
function index(
  cluster: Cluster,
  c: Classified,
  key: string,
  state: State,
  possessive = false,
  reported = false,
  opens = false,
  start = -1
): void {
  if (c.pronoun === null) {
    if (c.surname) state.bySurname.set(c.surname, cluster)
    if (key) state.byName.set(key, cluster)
    if (!c.anonymous && namesBody(c.kind) && !oneWord(c.name)) indexInitials(cluster, c.name, state)
    if (c.kind === 'person' && !c.anonymous && !oneWord(c.name)) {
      const given = normaliseName(c.name.slice(0, c.name.search(/\s/)))
      if (!state.byGiven.has(given)) state.byGiven.set(given, cluster)
    } else if (c.kind === 'organization' && !c.anonymous) indexFirstWord(cluster, c.name, state)
  }
  // "China's", "Norvale's": a possessive modifies; a pronoun or description stands for no such mention.
  if (possessive) return
  state.recent.push(cluster)
  state.reported.push(reported)
  state.opens.push(opens)
  state.starts.push(start)
  const kind = cluster.source.kind
  if (kind === 'person') {
    if (cluster.quoted) state.lastPerson = cluster
  } else if (kind === 'group') state.lastGroup = cluster
  else if (kind === 'organization' || kind === 'document' || kind === 'media') {
    state.lastThing = cluster
    if (kind === 'organization') state.lastGroup = cluster
  } else if (c.pronoun === null) {
    state.lastThing = cluster
  }
}

/**
 * Key a body named in two words or more by its first word ("tidewell" for
 * "Tidewell Energy"), unless that word is a place or a people of its own
 * ("Toronto", "Canadian") or a common word (not capitalised in the name).
 */
function indexFirstWord(cluster: Cluster, name: string, state: State): void {
  const plain = withoutArticle(name)
  const space = plain.search(/\s/)
  if (space < 2 || !/^\p{Lu}/u.test(plain)) return
  const first = normaliseName(plain.slice(0, space))
  // "Norvik Corp.": the legal form adds nothing a reader names it by.
  if (ORGANIZATION_SUFFIXES.has(normaliseName(plain.slice(space + 1)).replace(/\.$/, ''))) return
  if (GOVERNMENTS.has(first) || PLACES.has(first) || DEMONYMS.has(first) || DEMONYMS.has(first + 's')) return
  if (!state.byFirstWord.has(first)) state.byFirstWord.set(first, cluster)
}

/**
 * Key a body's cluster by its initials ("edc" for "Export Development
 * Canada"), and, when the name ends with its acronym in brackets ("… Canada
 * (EDC)"), by the acronym and by the name without it.
 */
function indexInitials(cluster: Cluster, name: string, state: State): void {
  const bracketed = bracketedAcronym(name)
  if (bracketed !== null) {
    state.byName.set(bracketed.acronym.toLowerCase(), cluster)
    state.byName.set(normaliseName(bracketed.name), cluster)
  }
  const initials = initialsOf(bracketed?.name ?? name)
  if (initials !== '' && !state.byInitials.has(initials)) state.byInitials.set(initials, cluster)
}

/** The longest gendered noun before a name that is looked for ("granddaughter"). */
const GENDERED_WORD_MAX = 14

/**
 * What a small gendered noun right before a name says ("her husband Omar
 * Haddad", "his daughter, Lea Holt"): the word before `start`, over one
 * space or a comma and a space, looked up in the gendered words.
 */
function genderedWordBefore(text: string, start: number): Gender | null {
  let end = start - 1
  if (text.charCodeAt(end) !== 32) return null
  if (text.charCodeAt(end - 1) === 44) end--
  let from = end
  while (
    from > 0 &&
    end - from < GENDERED_WORD_MAX &&
    text.charCodeAt(from - 1) >= 97 &&
    text.charCodeAt(from - 1) <= 122
  )
    from--
  if (from === end || (from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]))) return null
  return GENDERED_WORDS.get(text.slice(from, end)) ?? null
}

/**
 * Whether a person entity ending at `end` around the source mention
 * `mention` is the fuller name of the surname the mention writes
 * ("Riefian “Ifan” Fajarsyah" around "Fajarsyah"), to be taken first.
 */
function givesFullerName(text: string, c: Classified, end: number, mention: Pick<Span, 'start' | 'end'>): boolean {
  if (c.kind !== 'person' || c.surname === '' || PRONOUNS.has(c.surname) || !endsWith(end, mention)) return false
  return text.slice(mention.start, mention.end).toLowerCase() === c.surname
}

/** Whether the text before `end` is a possessive ending ("Orrick's", "the Smiths'"): the name it ends no longer shows it. */
function endsPossessive(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1)
  if (last === 39 || last === 0x2019) return true
  return (last === 115 || last === 83) && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)
}

/** How far back (in characters) a sentence's opening phrase before a comma is looked through. */
const OPENING_PHRASE = 60

/**
 * Whether a mention at `start` opens its sentence, most often as its
 * subject: only spaces between it and the start of the text, a line break,
 * a sentence's final mark (a closing quotation mark counts when a final
 * mark comes before it), or a short opening phrase and its comma ("On the
 * night of the flood, Ansel Krauss drove").
 */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1
  while (i >= 0 && text.charCodeAt(i) === 32) i--
  if (i >= 0 && text.charCodeAt(i) === 44) {
    const floor = Math.max(-1, i - OPENING_PHRASE)
    for (i--; i > floor && !endsSentence(text, i); i--) {
      const code = text.charCodeAt(i)
      if (code === 44 || code === 34 || code === 0x201c || code === 0x201d) return false
    }
    return i === -1 || (i > floor && endsSentence(text, i))
  }
  return i < 0 || endsSentence(text, i)
}

/** Whether the character at `i` ends a sentence: a final mark or a line break, or a closing quotation mark after a final mark. */
function endsSentence(text: string, i: number): boolean {
  let code = text.charCodeAt(i)
  if (code === 0x201d || code === 34) code = i > 0 ? text.charCodeAt(i - 1) : 46
  return code === 46 || code === 33 || code === 63 || code === 10
}

/** The result of clustering: the sources, and for each source mention its source id and sieve. */
export interface Clustering {
  sources: Source[]
  ids: string[]
  /** The sieve that linked each source mention, `new` for the first mention of a source. */
  sieves: CoreferenceSieve[]
}

/**
 * Cluster the source `mentions` (in document order) together with the
 * document's `entities` (in document order; those that overlap a source
 * mention are left out). `reports` are the contents of the attributions,
 * sorted and disjoint: a pronoun passes by the names inside them.
 * `surnames` are the capitalised words that stand alone (in document
 * order): one that is the surname of a person named before is a mention of
 * that person ("Orrick" after "Tamsin Orrick"), and creates none. Returns
 * the sources in order of first source mention and, for each source
 * mention, its source id and sieve.
 */
export function clusterMentions(
  text: string,
  mentions: MentionInput[],
  lexicon: Lexicon,
  entities: readonly Entity[] = [],
  reports: readonly Pick<Span, 'start' | 'end'>[] = [],
  surnames: readonly Pick<Span, 'start' | 'end'>[] = []
): Clustering {
  const clusters: Cluster[] = []
  const state: State = {
    lexicon,
    bySurname: new Map(),
    byGiven: new Map(),
    byFirstWord: new Map(),
    byName: new Map(),
    byInitials: new Map(),
    lastPerson: null,
    lastGroup: null,
    lastThing: null,
    recent: [],
    reported: [],
    opens: [],
    starts: [],
    text
  }
  const assigned: Cluster[] = []
  const sieves: CoreferenceSieve[] = []
  let e = 0
  let report = 0
  let w = 0
  /** Whether a mention at `start` is inside what an attribution reports (mentions come in document order). */
  const isReported = (start: number): boolean => {
    while (report < reports.length && reports[report].end <= start) report++
    return report < reports.length && reports[report].start <= start
  }
  // "Orrick met them. She said …": a surname alone, after the full name, is a mention of that person.
  const takeSurnames = (before: number): void => {
    for (; w < surnames.length && surnames[w].start < before; w++) {
      const {start, end} = surnames[w]
      if (endsPossessive(text, end) || overlapsSource(start, end)) continue
      const cluster = state.bySurname.get(text.slice(start, end).toLowerCase())
      if (cluster === undefined || cluster.source.kind !== 'person' || oneWord(cluster.source.name)) continue
      if (lexicon.gender)
        addFollowingPronoun(cluster, end, Math.min(before, w + 1 < surnames.length ? surnames[w + 1].start : before))
      index(cluster, cluster.classified, '', state, false, isReported(start), opensSentence(text, start), start)
    }
  }
  /**
   * "For Imbre Tallis, the count was a day she had waited for", "Holm lost
   * his keys": a gendered pronoun after a person's name, before `limit`
   * (the next name), counts as a weak guess at that person's gender.
   */
  const addFollowingPronoun = (cluster: Cluster, end: number, limit: number): void => {
    if (cluster.source.kind !== 'person') return
    const guess = followingPronoun(text, end, limit)
    if (guess !== null) cluster.gender.add({pronoun: null, honorific: null, givenName: null, guess})
  }
  /** The later mentions a description waits for ("a coach said" before "Lena Hart said"), with its cluster. */
  const awaited = new Map<Entity | MentionInput, Cluster>()
  /**
   * The look-ahead sieve for the source mention at `m`: the cluster of the
   * named person written soon after it that it stands for (a cluster that
   * person's later mention will join), or `null`.
   */
  const lookAhead = (
    c: Classified,
    mention: MentionInput,
    state: State
  ): {cluster: Cluster; sieve: CoreferenceSieve} | null => {
    const ahead: Ahead[] = []
    const at: (Entity | MentionInput)[] = []
    const limit = mention.end + LOOK_AHEAD_WINDOW
    let k = m + 1
    for (let j = e; ;) {
      const entity = j < entities.length && entities[j].start < limit ? entities[j] : null
      const next = k < mentions.length && mentions[k].start < limit ? mentions[k] : null
      if (entity === null && next === null) break
      if (entity !== null && (next === null || entity.start < next.start)) {
        j++
        // An entity inside a source mention is not clustered on its own.
        if (entity.start < mention.end || (next !== null && entity.end > next.start)) continue
        if (k > m + 1 && entity.start < mentions[k - 1].end) continue
        ahead.push({start: entity.start, classified: entity.classified})
        at.push(entity)
      } else {
        k++
        ahead.push({
          start: next!.start,
          classified: classifyCached(text.slice(next!.start, next!.end), next!.outlet, false)
        })
        at.push(next!)
      }
    }
    const earlier = (later: Classified): string | null => {
      const source = resolve(later, normaliseName(later.name), state)?.cluster.source
      return source === undefined ? null : source.name + ' ' + (source.description ?? '')
    }
    const found = lookAheadTarget(text, c, mention.sentenceEnd ?? -1, ahead, earlier)
    if (found === -1) return null
    const target = ahead[found].classified
    // A person named before as well ("Lena Hart" earlier, "a coach" now, "Lena Hart" again): that person.
    const known = resolve(target, normaliseName(target.name), state)
    const cluster = known?.cluster ?? newCluster(c, {start: mention.start, end: mention.end, text: ''}, false, clusters)
    if (known === null) awaited.set(at[found], cluster)
    return {cluster, sieve: 'look-ahead'}
  }
  let m = 0
  /** Whether [start, end) overlaps the source mention before it or the one at `m`. */
  const overlapsSource = (start: number, end: number): boolean =>
    (m > 0 && start < mentions[m - 1].end) || (m < mentions.length && end > mentions[m].start)
  for (; m <= mentions.length; m++) {
    const mention = m < mentions.length ? mentions[m] : null
    // The entities before this source mention, unless they overlap it or the one before.
    const limit = mention === null ? Infinity : mention.start
    const previousEnd = m > 0 ? mentions[m - 1].end : -1
    for (; e < entities.length && entities[e].start < limit; e++) {
      const entity = entities[e]
      takeSurnames(entity.start)
      const c = entity.classified
      const around = mention !== null && entity.end > mention.start
      if (entity.start < previousEnd || (around && !givesFullerName(text, c, entity.end, mention))) continue
      const key = normaliseName(c.name)
      const cluster =
        awaited.get(entity) ??
        resolve(c, key, state)?.cluster ??
        newCluster(c, {start: entity.start, end: entity.end, text: ''}, false, clusters)
      absorb(cluster, c)
      if (lexicon.gender) {
        cluster.gender.add({
          pronoun: null,
          honorific: c.honorific ?? genderedWordBefore(text, entity.start),
          givenName: c.givenName,
          guess: c.guessName
        })
        addFollowingPronoun(cluster, entity.end, e + 1 < entities.length ? entities[e + 1].start : limit)
      }
      const opens = opensSentence(text, entity.start)
      index(cluster, c, key, state, endsPossessive(text, entity.end), isReported(entity.start), opens, entity.start)
    }
    takeSurnames(limit)
    if (mention === null) break
    const span: Span = {start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end)}
    const c = sourceClassified(span.text, mention, state)
    // "Ada Moll and Rui Sato": each member is a person source of its own, before the group.
    const members =
      c.members?.map((member) =>
        takeMember(text, mention.start + member.start, mention.start + member.end, member.surname, state, clusters)
      ) ?? null
    const key = normaliseName(c.name)
    const waiting = awaited.get(mention)
    let found = waiting === undefined ? resolve(c, key, state) : {cluster: waiting, sieve: 'look-ahead' as const}
    if (found === null && awaitsName(c)) found = lookAhead(c, mention, state)
    const cluster = found?.cluster ?? newCluster(c, span, c.pronoun !== null, clusters)
    if (members !== null) cluster.members = [...new Set([...(cluster.members ?? []), ...members])]
    take(cluster, c, span, key, state, mention.sentenceInitial)
    // "Berg said she would run": the pronoun opening the content most often is the source; trusted as an honorific.
    if (lexicon.gender && mention.contentPronoun && c.pronoun === null)
      cluster.gender.add({pronoun: null, honorific: mention.contentPronoun, givenName: null})
    assigned.push(cluster)
    sieves.push(found?.sieve ?? 'new')
  }
  const quoted = clusters.filter((cluster) => cluster.quoted)
  // Number sources by first source mention.
  for (const cluster of quoted) cluster.source.mentions.sort((a, b) => a.start - b.start)
  // A group comes before its first member, which starts where it does.
  quoted.sort(
    (a, b) =>
      a.source.mentions[0].start - b.source.mentions[0].start || b.source.mentions[0].end - a.source.mentions[0].end
  )
  quoted.forEach((cluster, i) => {
    cluster.source.id = `s${i + 1}`
  })
  for (const cluster of quoted)
    if (cluster.members) cluster.source.members = cluster.members.map((member) => member.source.id)
  if (lexicon.gender) decideGenders(text, quoted)
  return {
    sources: quoted.map((c) => c.source),
    ids: assigned.map((cluster) => cluster.source.id),
    sieves
  }
}

/**
 * Classify a source mention. A document stands for its author when it
 * names one ("the Harbour Authority's report"), or points back to one ("the
 * board's ruling", after "the Eastmere Parole Board"). A common noun that
 * opens a sentence names nobody ("Cable said" may be a wire), unless an
 * earlier name ends with it ("Tom Cable met her. Cable said …").
 */
function sourceClassified(text: string, mention: MentionInput, state: State): Classified {
  const c = classifyCached(text, mention.outlet, mention.sentenceInitial)
  if (c.kind === 'document') {
    // "the board's ruling" stands for a board the text names, not for any board.
    const author = authorClassified(text, c)
    return author !== null && (!author.definite || resolve(author, normaliseName(author.name), state) !== null)
      ? author
      : c
  }
  if (!c.anonymous || !mention.sentenceInitial) return c
  const plain = classifyCached(text, mention.outlet, false)
  return !plain.anonymous && plain.surname !== '' && state.bySurname.has(plain.surname) ? plain : c
}

/**
 * The author of a document source ("The Harbour Authority statement",
 * "her statement", "a report issued by the union"), classified, when it
 * names someone or stands for someone; else `null`.
 */
function authorClassified(text: string, c: Classified): Classified | null {
  const phrase = documentAuthor(text, c.head)
  if (phrase === null) return null
  const author = classifyCached(phrase, false, false)
  if (author.pronoun !== null) return author
  if (author.kind === 'document' || author.kind === 'unknown') return null
  return !author.anonymous || (author.definite && author.kind === 'organization') ? author : null
}

/** Give a source mention to its cluster: the cluster becomes a source and learns what the mention says. */
function take(cluster: Cluster, c: Classified, span: Span, key: string, state: State, opens = false): void {
  cluster.quoted = true
  cluster.source.mentions.push(span)
  absorb(cluster, c)
  if (state.lexicon.gender)
    cluster.gender.add({
      pronoun: c.pronoun === null ? null : (GENDERED_PRONOUNS.get(c.pronoun) ?? null),
      honorific: c.honorific,
      givenName: c.givenName,
      guess: c.guessName
    })
  index(cluster, c, key, state, false, false, opens, span.start)
}

/**
 * Resolve one member of a coordinated group, written at [start, end), to
 * its cluster; a given name alone is named with the `surname` it shares
 * ("Sarah" in "Sarah and Tom Bexley" is Sarah Bexley).
 */
function takeMember(
  text: string,
  start: number,
  end: number,
  surname: string | undefined,
  state: State,
  clusters: Cluster[]
): Cluster {
  const span: Span = {start, end, text: text.slice(start, end)}
  const c = classifyCached(surname === undefined ? span.text : span.text + ' ' + surname, false, false)
  const key = normaliseName(c.name)
  const cluster = resolve(c, key, state)?.cluster ?? newCluster(c, span, false, clusters)
  take(cluster, c, span, key, state)
  return cluster
}

/** Start a cluster for a mention no sieve linked. */
function newCluster(c: Classified, span: Span, pronoun: boolean, clusters: Cluster[]): Cluster {
  const source: Source = {
    id: '',
    name: properName(c.name) || span.text,
    kind: c.kind,
    anonymous: pronoun ? true : c.anonymous,
    mentions: []
  }
  const cluster: Cluster = {
    source,
    classified: c,
    lowerName: '',
    lowerNameOf: '',
    gender: new GenderTally(),
    quoted: false,
    members: null
  }
  clusters.push(cluster)
  return cluster
}

/**
 * Give each person source its gender. A person whose own mentions hold no
 * honorific and no given name ("Trudeau said") takes what the text says
 * where it writes the surname after one ("Justin Trudeau", "Mr. Trudeau");
 * a name in one word that the text never writes after another capitalised
 * word may be a given name of the first list ("Elyse said"; not "Kell
 * said", which only the second list holds).
 */
function decideGenders(text: string, clusters: Cluster[]): void {
  const surnames = new Set<string>()
  for (const cluster of clusters) {
    if (cluster.source.kind === 'person' && !cluster.gender.hasNames() && cluster.classified.surname)
      surnames.add(cluster.classified.surname)
  }
  const evidence = surnameEvidence(text, surnames)
  for (const cluster of clusters) {
    if (cluster.source.kind !== 'person') continue
    const surname = cluster.classified.surname
    if (surname && surnames.has(surname)) {
      const more = evidence.tallies.get(surname)
      if (more !== undefined) cluster.gender.merge(more)
      else if (!evidence.afterCapital.has(surname) && oneWord(cluster.source.name)) {
        // "Kell said": only a name of the first list; a word the second list adds is as likely a surname.
        const listed = listedGivenName(surname)
        cluster.gender.add({
          pronoun: null,
          honorific: null,
          givenName: listed?.filled === false ? listed.gender : null
        })
      }
    }
    cluster.source.gender = cluster.gender.decide()
  }
}

/** A name as the sieves key it: lower case, straight apostrophes, no article or possessive, spaces squeezed. */
export function normaliseName(name: string): string {
  let key = name.toLowerCase()
  if (key.includes('’')) key = key.replaceAll('’', "'")
  const first = key.charCodeAt(0)
  if (first === 116 || first === 97) key = key.replace(/^(?:the|a|an)\s+/, '')
  if (key.endsWith("'s")) key = key.slice(0, -2)
  return isSqueezed(key) ? key : key.replace(/\s+/g, ' ').trim()
}

/**
 * Whether `key` is printable ASCII with single spaces between words and
 * none at its ends, so squeezing and trimming would leave it as it is.
 */
function isSqueezed(key: string): boolean {
  const last = key.length - 1
  for (let i = 0; i <= last; i++) {
    const code = key.charCodeAt(i)
    if (code === 32) {
      if (i === 0 || i === last || key.charCodeAt(i + 1) === 32) return false
    } else if (code < 33 || code > 126) return false
  }
  return true
}
