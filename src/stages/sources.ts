/**
 * Stage 6: classify each source mention (kind, named or anonymous, what it
 * says of gender) and cluster mentions into sources: a surname to the full
 * name, a pronoun to the nearest compatible earlier source (by gender too),
 * "the ministry" to the earlier source it names, identical names and
 * identical unnamed groups to one source. Kinds come from the word lists and
 * the gazetteers of `src/lexicon/data/`.
 *
 * Clustering keeps a map from keys (surname, normalised name, head noun) to
 * sources, so each mention costs a bounded number of look-ups.
 */
import type {Gender, Source, SourceKind, Span} from '../types.js'
import type {Lexicon} from '../lexicon/index.js'
import {givenNameGender} from '../lexicon/given-names.js'
import {MEDIA_HEADS} from '../lexicon/outlets.js'
import {
  DETERMINERS,
  DOCUMENT_HEADS,
  GENDERED_PRONOUNS,
  GENDERED_WORDS,
  GROUP_HEADS,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  PRONOUNS,
  ROLE_NOUNS
} from '../lexicon/names.js'
import {PLACES} from '../lexicon/places.js'
import {COMPLEMENT_ADJECTIVES} from '../lexicon/function-words.js'
import {GenderTally, opposite} from './gender.js'
import {gazetteerKind, gazetteerKey, pronounOfContraction} from './kinds.js'
import {surnameEvidence} from './name-evidence.js'

/** A source mention waiting for its source. */
export interface MentionInput {
  start: number
  end: number
  /** Is an outlet by the lexicon (told AFP, cited by Interfax). */
  outlet: boolean
  /** Starts its sentence: a capital there may be no name ("Officials said"). */
  sentenceInitial: boolean
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
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.\-&]*/gu
/** A capital at the start of a word or of a hyphenated part ("al-Haddad" has "H"). Compiled once. */
const CAPITAL_PART = /(?:^|-)\p{Lu}/u
const PREPOSITIONS = new Set(['of', 'for', 'from', 'at', 'in', 'with', 'to', 'on', 'within', 'by', 'cited', 'quoted'])

/** A word of a mention: as written, lower case (straight apostrophes), capitalised. */
export interface MentionWord {
  w: string
  lower: string
  cap: boolean
}

/** The words of a mention (runs matching `WORD_RE`). */
function words(text: string): MentionWord[] {
  return isAscii(text) ? asciiWords(text) : unicodeWords(text)
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false
  return true
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/**
 * `WORD_RE` on ASCII text, without the regex: a word starts at a letter or
 * digit and runs on over letters, digits and ' . - &.
 */
function asciiWords(text: string): MentionWord[] {
  const result: MentionWord[] = []
  let i = 0
  while (i < text.length) {
    if (!isAsciiLetterOrDigit(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    i++
    while (i < text.length) {
      const code = text.charCodeAt(i)
      if (!isAsciiLetterOrDigit(code) && code !== 39 && code !== 46 && code !== 45 && code !== 38) break
      i++
    }
    const w = text.slice(start, i)
    const c = w.charCodeAt(0)
    result.push({w, lower: w.toLowerCase(), cap: c >= 65 && c <= 90})
  }
  return result
}

function unicodeWords(text: string): MentionWord[] {
  const result: MentionWord[] = []
  WORD_RE.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = WORD_RE.exec(text)) !== null) {
    const w = match[0]
    const c = w.charCodeAt(0)
    const lower = w.toLowerCase()
    result.push({w, lower: lower.indexOf('’') === -1 ? lower : lower.replaceAll('’', "'"), cap: (c >= 65 && c <= 90) || (c > 127 && lower !== w && lower[0] !== w[0])})
  }
  return result
}

/** A common noun that a capital at the start of a sentence does not make a name. */
function isCommonNoun(w: string): boolean {
  return ROLE_NOUNS.has(w) || GROUP_HEADS.has(w) || DOCUMENT_HEADS.has(w) || ORGANIZATION_HEADS.has(w) || MEDIA_HEADS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, ''))
}

function stripPossessive(w: string): string {
  return w.endsWith("'s") ? w.slice(0, -2) : w.endsWith("'") ? w.slice(0, -1) : w
}

/** Whether a word of `all` in [from, to) is capitalised. */
function anyCapitalised(all: MentionWord[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (all[i].cap) return true
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
    if (!x.cap || PERSON_TITLES.has(stripPossessive(x.lower))) continue
    if (i === 0 && (DETERMINERS.has(x.lower) || (sentenceInitial && isCommonNoun(x.lower)))) continue
    count++
  }
  return count
}

/** How many of the first `to` words are capitalised name words: no title (a final period aside), not all capitals and periods. */
function countNameCapitals(all: MentionWord[], to: number): number {
  let count = 0
  for (let i = 0; i < to; i++) {
    const x = all[i]
    if (x.cap && !PERSON_TITLES.has(stripPossessive(x.lower).replace(/\.$/, '')) && !/^[A-Z.]+$/.test(x.w)) count++
  }
  return count
}

/** Classify one mention by its words. */
export function classify(text: string, outlet: boolean, sentenceInitial = false): Classified {
  // The name part stops at the first comma: "Omar al-Haddad, a spokesman for …".
  const comma = text.indexOf(',')
  const namePart = comma === -1 ? text : text.slice(0, comma)
  const appositive = comma === -1 ? '' : text.slice(comma + 1)
  const all = words(namePart)
  const lowerText = namePart.trim().toLowerCase()
  const base: Classified = {kind: 'unknown', anonymous: true, name: namePart.trim(), nameEnd: namePart.trimEnd().length, pronoun: null, definite: false, head: '', surname: '', honorific: null, givenName: null}
  if (all.length === 0) return base
  // "she", and "She's" or "I've" as the source of a contracted verb.
  const pronoun = all.length === 1 ? (PRONOUNS[all[0].lower] !== undefined ? all[0].lower : pronounOfContraction(all[0].lower)) : null
  if (pronoun !== null) return {...base, kind: PRONOUNS[pronoun], pronoun, head: pronoun}
  // The head: the last word before the first preposition.
  let headIndex = all.length - 1
  for (let i = 1; i < all.length; i++) {
    // The head ends before a preposition or a participle ("a poll released Tuesday").
    const w = all[i].lower
    const participle = i >= 2 && w.length > 4 && w.endsWith('ed') && !DETERMINERS.has(all[i - 1].lower)
    if ((PREPOSITIONS.has(w) || participle || w === 'who' || w === 'whose' || w === 'that' || w === 'which') && !all[i].cap) {
      // "people familiar with the matter": the adjective and its complement follow the head.
      headIndex = i >= 2 && COMPLEMENT_ADJECTIVES.has(all[i - 1].lower) ? i - 2 : i - 1
      break
    }
  }
  // "a statement released by the command": the participle is no head.
  if (headIndex > 0 && /ed$/.test(all[headIndex].lower) && !all[headIndex].cap) headIndex--
  const head = stripPossessive(all[headIndex].lower)
  const headCap = all[headIndex].cap || CAPITAL_PART.test(all[headIndex].w)
  const first = all[0].lower
  const definite = (first === 'the' || first === 'that' || first === 'this' || first === 'same') && !anyCapitalised(all, 1, headIndex + 1)
  const properWords = countProperWords(all, headIndex + 1, sentenceInitial)
  const listed = anyCapitalised(all, 0, headIndex + 1) ? gazetteerKind(gazetteerKey(lowerText), all, headIndex) : null
  // A name the gazetteers know is a name, whatever its words ("Friends of the Marsh").
  let named = properWords > 0 || listed !== null
  let kind: SourceKind = 'unknown'
  if (outlet || (MEDIA_HEADS.has(head) && (headCap || all[headIndex - 1]?.lower === 'news'))) kind = 'media'
  else if (listed !== null) kind = listed
  else if (DOCUMENT_HEADS.has(head) && !headCap) kind = 'document'
  else if (headCap && (PLACES.has(lowerText.replace(/^the /, '')) || PLACES.has(head) && headIndex === 0)) kind = 'organization'
  else if (GROUP_HEADS.has(head) || /^\d/.test(head) || head === 'percent' || head === 'third' || head === 'quarter' || head === 'half') kind = 'group'
  else if (ORGANIZATION_HEADS.has(head) || PLACES.has(lowerText.startsWith('the ') ? lowerText.slice(4) : lowerText) || PLACES.has(head) && headIndex === 0) kind = 'organization'
  else if (ROLE_NOUNS.has(head) && !headCap) kind = 'person'
  else if (MEDIA_HEADS.has(head)) kind = 'media'
  else if (headCap) {
    const caps = countNameCapitals(all, headIndex + 1)
    // "NATO", "OPEC", "GOP": short capitals name organisations; a long word in capitals is a name ("HALVORSEN").
    const acronym = all[headIndex].w.length > 1 && all[headIndex].w.length <= 5 && all[headIndex].w === all[headIndex].w.toUpperCase() && !/\./.test(all[headIndex].w)
    if (acronym) kind = 'organization'
    else if (all[headIndex].w.length > 5 && all[headIndex].w === all[headIndex].w.toUpperCase()) kind = 'person'
    else if (/^(?:democrats|republicans|conservatives|liberals|americans|russians|iranians|iraqis|europeans)$/.test(head)) kind = 'group'
    else if (caps >= 1 && caps <= 4) kind = 'person'
  }
  if (kind === 'unknown' && appositive) {
    const more = classify(appositive, false)
    if (more.kind === 'person' || more.kind === 'organization') kind = more.kind
  }
  // "Both Brandt and Pask", "Smith and Jones": several people make a group.
  if (properWords >= 2 && (kind === 'person' || kind === 'unknown') && all.some((x) => x.lower === 'and')) kind = 'group'
  // "The regional governor, Pavel Ostrander,": the name is in the appositive.
  if (!named && appositive) {
    const more = words(appositive)
    if (more.length > 0 && more.length <= 4 && more.every((x) => x.cap)) {
      const name = appositive.trim()
      const last = more[more.length - 1]
      return {...base, name, kind: kind === 'unknown' ? 'person' : kind, anonymous: false, definite: false, head: stripPossessive(last.lower), surname: kind === 'person' || kind === 'unknown' ? stripPossessive(last.lower) : ''}
    }
  }
  void named
  // "the nurses' union": a body named by the people it stands for.
  if (kind === 'organization' && headIndex > 0 && all[headIndex - 1].lower.endsWith("s'")) named = true
  let anonymous = !named
  // "A statement from the Iraqi military's command": a document from a named body is named.
  if (kind === 'document' && all.some((x, i) => i > headIndex && x.cap)) anonymous = false
  if (kind === 'group' && headCap && named) anonymous = false
  // "a Pentagon spokesman", "American officials": capitalised modifiers of a role or group name nobody.
  if ((kind === 'person' || kind === 'group') && !headCap && (ROLE_NOUNS.has(head) || GROUP_HEADS.has(head))) anonymous = true
  const surname = kind === 'person' && headCap ? stripPossessive(all[headIndex].lower).replace(/^(?:al|el|ul|bin|ibn)-/, '') : ''
  const honorific = honorificGender(all, headIndex) ?? (appositive ? honorificGender(words(appositive), -1) : null)
  return {...base, kind, anonymous, definite, head, surname, honorific, givenName: kind === 'person' ? givenNameOf(all, headIndex) : null}
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
    const gender = GENDERED_WORDS[w]
    if (gender !== undefined) return gender
  }
  return null
}

/** Lower-case particles inside a personal name ("Ludwig van Beethoven", "Omar al Haddad"). */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'bin', 'ibn', 'al', 'el', 'ul'])

/**
 * What the given name says: the first word of the run of name words that
 * ends at the head ("Jeff" in "UFCW Local 832 president Jeff Traeger"),
 * when the run has two or more words (a lone word may be a surname).
 */
function givenNameOf(all: MentionWord[], headIndex: number): Gender | null {
  let first = headIndex
  while (first > 0) {
    const x = all[first - 1]
    const nameWord = (x.cap || NAME_PARTICLES.has(x.lower)) && !PERSON_TITLES.has(stripPossessive(x.lower).replace(/\.$/, '')) && GENDERED_WORDS[x.lower] === undefined
    if (!nameWord) break
    first--
  }
  while (first < headIndex && NAME_PARTICLES.has(all[first].lower)) first++
  if (first >= headIndex || !all[first].cap) return null
  const given = stripPossessive(all[first].lower)
  const hyphen = given.indexOf('-')
  return givenNameGender(given) ?? (hyphen > 0 ? givenNameGender(given.slice(0, hyphen)) : null)
}

/**
 * Mentions repeat ("he", "officials", "the ministry") within and across
 * articles; `classify` depends on nothing but its arguments and its result
 * is never changed, so results are kept (up to a bound, then forgotten).
 */
const classified = new Map<string, Classified>()
const CLASSIFIED_MAX = 4096

function classifyCached(text: string, outlet: boolean, sentenceInitial: boolean): Classified {
  const key = (outlet ? (sentenceInitial ? '3' : '2') : sentenceInitial ? '1' : '0') + text
  let found = classified.get(key)
  if (found === undefined) {
    if (classified.size >= CLASSIFIED_MAX) classified.clear()
    found = classify(text, outlet, sentenceInitial)
    classified.set(key, found)
  }
  return found
}

interface Cluster {
  source: Source
  classified: Classified
  /** Position of the last mention (for "nearest earlier"). */
  last: number
  /** `source.name` in lower case, and the name it was made from (see `lowerNameOf`). */
  lowerName: string
  lowerNameOf: string
  /** What the mentions so far say of gender. */
  gender: GenderTally
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
 * Cluster the mentions (in document order) into sources. Returns the sources
 * in order of first mention and, for each mention, its source id.
 */
export function clusterMentions(text: string, mentions: MentionInput[], lexicon: Lexicon): {sources: Source[]; ids: string[]} {
  const clusters: Cluster[] = []
  const bySurname = new Map<string, Cluster>()
  const byName = new Map<string, Cluster>()
  const ids: string[] = []
  let lastPerson: Cluster | null = null
  let lastGroup: Cluster | null = null
  let lastThing: Cluster | null = null
  const recent: Cluster[] = []
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]
    const span: Span = {start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end)}
    const c = classifyCached(span.text, mention.outlet, mention.sentenceInitial)
    const key = normaliseName(c.name)
    let cluster: Cluster | null = null
    if (c.pronoun) {
      if (c.pronoun === 'he' || c.pronoun === 'she') cluster = lexicon.gender ? personFor(GENDERED_PRONOUNS[c.pronoun], lastPerson, recent) : lastPerson
      else if (c.pronoun === 'i') cluster = lastPerson
      else if (c.pronoun === 'they' || c.pronoun === 'we') cluster = lastGroup ?? lastThing
      else if (c.pronoun === 'it') cluster = lastThing
    } else if (!c.anonymous && c.surname && bySurname.has(c.surname)) {
      cluster = bySurname.get(c.surname)!
    } else if (!c.anonymous && byName.has(key)) {
      cluster = byName.get(key)!
    } else if (/\bsame\b/i.test(c.name)) {
      // "the same source", "the same official": the nearest earlier unnamed source.
      for (let r = recent.length - 1; r >= 0 && r >= recent.length - 30; r--) {
        if (recent[r].source.anonymous && recent[r].classified.pronoun === null) {
          cluster = recent[r]
          break
        }
      }
    } else if (c.definite) {
      // "the ministry", "the same source": the nearest earlier source with that head.
      const spacedHead = ' ' + c.head
      for (let r = recent.length - 1; r >= 0 && r >= recent.length - 30; r--) {
        const candidate = recent[r]
        if (candidate.classified.head === c.head || lowerNameOf(candidate).includes(spacedHead) || (c.head === 'source' && candidate.classified.head === 'sources')) {
          cluster = candidate
          break
        }
      }
    } else if (c.anonymous && !/^(?:a|an|another|one)\b/i.test(c.name) && byName.has(key)) {
      cluster = byName.get(key)!
    }
    if (!cluster) {
      const source: Source = {
        id: '',
        name: c.name || span.text,
        kind: c.kind,
        anonymous: c.pronoun ? true : c.anonymous,
        mentions: []
      }
      cluster = {source, classified: c, last: m, lowerName: '', lowerNameOf: '', gender: new GenderTally()}
      clusters.push(cluster)
    } else if (!c.pronoun && !c.definite) {
      // A fuller name replaces a shorter one; a name replaces an unnamed description.
      const current = cluster.source
      if ((!c.anonymous && current.anonymous) || (c.anonymous === current.anonymous && c.name.length > current.name.length)) {
        current.name = c.name
        current.anonymous = c.anonymous
        if (c.kind !== 'unknown') current.kind = c.kind
        cluster.classified = c
      }
    }
    cluster.source.mentions.push(span)
    cluster.last = m
    if (lexicon.gender) cluster.gender.add({pronoun: c.pronoun === null ? null : (GENDERED_PRONOUNS[c.pronoun] ?? null), honorific: c.honorific, givenName: c.givenName})
    if (!c.pronoun) {
      if (c.surname) bySurname.set(c.surname, cluster)
      if (key) byName.set(key, cluster)
    }
    const kind = cluster.source.kind
    if (kind === 'person') lastPerson = cluster
    else if (kind === 'group') lastGroup = cluster
    else if (kind === 'organization' || kind === 'document' || kind === 'media') {
      lastThing = cluster
      if (kind === 'organization') lastGroup = cluster
    } else if (c.pronoun === null) {
      lastThing = cluster
    }
    recent.push(cluster)
    ids.push('')
  }
  // Number sources by first mention.
  clusters.sort((a, b) => a.source.mentions[0].start - b.source.mentions[0].start)
  clusters.forEach((cluster, i) => {
    cluster.source.id = `s${i + 1}`
    cluster.source.mentions.sort((a, b) => a.start - b.start)
  })
  if (lexicon.gender) decideGenders(text, clusters)
  // Each mention's id: `recent` holds the cluster of every mention, in order.
  for (let m = 0; m < mentions.length; m++) ids[m] = recent[m].source.id
  return {sources: clusters.map((c) => c.source), ids}
}

/**
 * Give each person source its gender. A person whose own mentions hold no
 * honorific and no given name ("Trudeau said") takes what the text says
 * where it writes the surname after one ("Justin Trudeau", "Mr. Trudeau");
 * a name in one word that the text never writes after another capitalised
 * word may be a given name ("Elyse said").
 */
function decideGenders(text: string, clusters: Cluster[]): void {
  const surnames = new Set<string>()
  for (const cluster of clusters) {
    if (cluster.source.kind === 'person' && !cluster.gender.hasNames() && cluster.classified.surname) surnames.add(cluster.classified.surname)
  }
  const evidence = surnameEvidence(text, surnames)
  for (const cluster of clusters) {
    if (cluster.source.kind !== 'person') continue
    const surname = cluster.classified.surname
    if (surname && surnames.has(surname)) {
      const more = evidence.tallies.get(surname)
      if (more !== undefined) cluster.gender.merge(more)
      else if (!evidence.afterCapital.has(surname) && !/\s/.test(cluster.source.name.trim())) {
        cluster.gender.add({pronoun: null, honorific: null, givenName: givenNameGender(surname)})
      }
    }
    cluster.source.gender = cluster.gender.decide()
  }
}

/**
 * The person a gendered pronoun stands for: the nearest earlier person
 * (`lastPerson`) unless what is known of that person's gender contradicts the
 * pronoun; then the nearest of the last 30 mentioned sources that is a person
 * and does not contradict it; failing that, `lastPerson` still.
 */
function personFor(gender: Gender, lastPerson: Cluster | null, recent: Cluster[]): Cluster | null {
  const other = opposite(gender)
  if (lastPerson === null || lastPerson.gender.decide() !== other) return lastPerson
  for (let r = recent.length - 1; r >= 0 && r >= recent.length - 30; r--) {
    const candidate = recent[r]
    if (candidate.source.kind === 'person' && candidate.gender.decide() !== other) return candidate
  }
  return lastPerson
}

function normaliseName(name: string): string {
  let key = name.toLowerCase()
  if (key.includes('’')) key = key.replaceAll('’', "'")
  key = key.replace(/^(?:the|a|an)\s+/, '')
  if (key.endsWith("'s")) key = key.slice(0, -2)
  return key.replace(/\s+/g, ' ').trim()
}
