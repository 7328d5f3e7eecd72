/**
 * Which entity mentions count: a run of capitalised words, its opening
 * function words left out ("In Toronto" → "Toronto"), classified as a source
 * phrase is. A person needs a name of two or more words or a title ("Tamsin
 * Orrick", "Dr. Garland"); an organisation or outlet needs a name and,
 * like a person, two words or more. Day names, sentence adverbs, labels and
 * pronouns are no entities.
 */
import {BoundedMap} from '../bounded-map.js'
import {isNeverSource} from '../lexicon/gazetteers.js'
import {LEADING_TRIM, NP_STOPS, TIME_WORDS} from '../lexicon/function-words.js'
import {DETERMINERS, PRONOUNS} from '../lexicon/names.js'
import {classifyCached, type Classified} from '../stages/sources.js'
import type {EntityMention} from './mentions.js'
import type {Span} from '../types.js'
import {listedGivenName} from '../lexicon/given-names.js'
import {isOpeningGerund} from './names.js'
import {stripPossessive, words, type MentionWord} from './words.js'

/** An entity mention that counts, with what its words say. */
export interface Entity {
  start: number
  end: number
  classified: Classified
}

/** Whether a word opening a run is no part of a name ("In", "The", "She", "Monday"). */
function isOpeningWord(lower: string): boolean {
  return (
    LEADING_TRIM.has(lower) ||
    NP_STOPS.has(lower) ||
    DETERMINERS.has(lower) ||
    TIME_WORDS.has(lower) ||
    PRONOUNS.has(lower)
  )
}

/**
 * Whether clustering leaves out an entity at [start, end): it overlaps the
 * last source mention that starts at or before it, or the next one starts
 * before it ends and ends elsewhere (as `clusterMentions` reads them; `sources` in document
 * order). `cursor.at` is the first source mention that starts after the
 * entities so far, and moves on with them.
 */
function leftOut(
  start: number,
  end: number,
  sources: readonly Pick<Span, 'start' | 'end'>[],
  cursor: {at: number}
): boolean {
  while (cursor.at < sources.length && sources[cursor.at].start <= start) cursor.at++
  const m = cursor.at
  return (
    (m > 0 && start < sources[m - 1].end) ||
    (m < sources.length && end > sources[m].start && !endsWith(end, sources[m]))
  )
}

/**
 * Whether an entity ending at `end` ends with the source mention `source`,
 * which starts after it ("Fajarsyah" in "Riefian “Ifan” Fajarsyah"): it
 * gives the fuller name of that source (see `clusterMentions`).
 */
export function endsWith(end: number, source: Pick<Span, 'start' | 'end'>): boolean {
  return end === source.end
}

/** What a run's words alone say: `entityOf` without the run's place in the text. */
interface RunReading {
  /** How many opening words the run starts with, and where the word after them starts in the run (-1: all are). */
  opening: number
  at: number
  /** The phrase after the opening words, classified, when it names an entity; `null` when not; `undefined` until asked. */
  classified: Classified | null | undefined
}

/**
 * Runs repeat within an article ("Tamsin Orrick", "the Eastmere Police
 * Service"); what their words say is kept, by run text, one map for runs at
 * the start of a sentence and one for the others (up to a bound, then
 * forgotten), so a repeat costs one look-up.
 */
const READINGS_MAX = 4096
const readings = [0, 1].map(() => new BoundedMap<string, RunReading>(READINGS_MAX))

/**
 * "Will Young", "May Lindqvist": a run of two words whose first is an
 * opening word ("will", "may") and a given name on the first list, and
 * whose second is none, names the person when the two read as a person's
 * name.
 */
function givenNameOpens(all: readonly MentionWord[], run: string): boolean {
  if (all.length !== 2 || isOpeningWord(all[1].lower) || !all[1].cap) return false
  const opening = all[0].lower
  if (DETERMINERS.has(opening) || PRONOUNS.has(opening) || listedGivenName(opening)?.filled !== false) return false
  return classifyCached(run, false, false).kind === 'person'
}

/** Where the name of a run starts, past its opening words ("In", "The"); see `givenNameOpens`. */
function readingOf(run: string, sentenceInitial: boolean): RunReading {
  const cache = readings[sentenceInitial ? 1 : 0]
  let reading = cache.get(run)
  if (reading === undefined) {
    const all = words(run)
    let first = 0
    while (
      first < all.length &&
      (isOpeningWord(all[first].lower) || (first === 0 && sentenceInitial && isOpeningGerund(all[0].lower)))
    )
      first++
    if (first === 1 && givenNameOpens(all, run)) first = 0
    reading = {opening: first, at: first === all.length ? -1 : all[first].at, classified: undefined}
    cache.set(run, reading)
  }
  return reading
}

/** "Christmas Day", "Canada Day", "New Year's Eve": a day's name, no person's ("Doris Day" is one). */
function namesDay(name: string): boolean {
  const all = words(name)
  const last = all.length < 2 ? '' : all[all.length - 1].lower
  return (last === 'day' || last === 'eve') && listedGivenName(stripPossessive(all[0].lower)) === null
}

/** The classification of `phrase` when it names an entity, else `null`. */
function entityClass(phrase: string, sentenceInitial: boolean): Classified | null {
  if (isNeverSource(phrase, false)) return null
  const c = classifyCached(phrase, false, sentenceInitial)
  if (c.anonymous || c.pronoun !== null) return null
  if (c.kind === 'person') return (/\s/.test(c.name) && !namesDay(c.name)) || c.description !== null ? c : null
  return c.kind === 'organization' || c.kind === 'media' ? c : null
}

/** Read one run into an entity, or `null` when it names nobody or clustering would leave it out. */
function entityOf(
  text: string,
  mention: EntityMention,
  sources: readonly Pick<Span, 'start' | 'end'>[],
  cursor: {at: number}
): Entity | null {
  const reading = readingOf(text.slice(mention.start, mention.end), mention.sentenceInitial)
  if (reading.at === -1) return null
  const start = mention.start + reading.at
  if (leftOut(start, mention.end, sources, cursor)) return null
  if (reading.classified === undefined)
    reading.classified = entityClass(text.slice(start, mention.end), mention.sentenceInitial && reading.opening === 0)
  return reading.classified === null ? null : {start, end: mention.end, classified: reading.classified}
}

/** Whether [start, end) of `text` holds a space (runs are a few words long: this is short). */
function holdsSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 32) return true
  return false
}

/** The runs of one word among `mentions` ("Orrick", "Tuesday"): surnames, maybe, of people named before. */
export function singleWordRuns(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.filter((mention) => !holdsSpace(text, mention.start, mention.end))
}

/**
 * The entities among `mentions` (runs from `findEntityMentions`), in
 * document order. Those that `clusterMentions` would leave out beside the
 * source mentions `sources` (in document order) are not classified.
 */
export function documentEntities(
  text: string,
  mentions: readonly EntityMention[],
  sources: readonly Pick<Span, 'start' | 'end'>[] = []
): Entity[] {
  const found: Entity[] = []
  const cursor = {at: 0}
  for (const mention of mentions) {
    // A run of one word names no person and seldom an organisation a later mention needs ("Ottawa", "The"): not worth classifying.
    if (!holdsSpace(text, mention.start, mention.end)) continue
    const entity = entityOf(text, mention, sources, cursor)
    if (entity !== null) found.push(entity)
  }
  return found
}
