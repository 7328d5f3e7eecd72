/**
 * Which entity mentions count: a run of capitalised words, its opening
 * function words left out ("In Toronto" → "Toronto"), classified as a source
 * phrase is. A person needs a name of two or more words or a title ("Tamsin
 * Orrick", "Dr. Garland"); an organisation or outlet needs a name and,
 * like a person, two words or more. Day names, sentence adverbs, labels and
 * pronouns are no entities.
 */
import {isNeverSource} from '../lexicon/gazetteers.js'
import {LEADING_TRIM, NP_STOPS, TIME_WORDS} from '../lexicon/function-words.js'
import {DETERMINERS, PRONOUNS} from '../lexicon/names.js'
import {classifyCached, type Classified} from '../stages/sources.js'
import type {EntityMention} from './mentions.js'
import type {Span} from '../types.js'
import {isOpeningGerund} from './names.js'
import {words} from './words.js'

/** An entity mention that counts, with what its words say. */
export interface Entity {
  start: number
  end: number
  classified: Classified
}

/** Whether a word opening a run is no part of a name ("In", "The", "She", "Monday"). */
function isOpeningWord(lower: string): boolean {
  return LEADING_TRIM.has(lower) || NP_STOPS.has(lower) || DETERMINERS.has(lower) || TIME_WORDS.has(lower) || PRONOUNS[lower] !== undefined
}

/**
 * Whether clustering leaves out an entity at [start, end): it overlaps the
 * last source mention that starts at or before it, or the next one starts
 * before it ends (as `clusterMentions` reads them; `sources` in document
 * order). `cursor.at` is the first source mention that starts after the
 * entities so far, and moves on with them.
 */
function leftOut(start: number, end: number, sources: readonly Pick<Span, 'start' | 'end'>[], cursor: {at: number}): boolean {
  while (cursor.at < sources.length && sources[cursor.at].start <= start) cursor.at++
  const m = cursor.at
  return (m > 0 && start < sources[m - 1].end) || (m < sources.length && end > sources[m].start)
}

/** Read one run into an entity, or `null` when it names nobody or clustering would leave it out. */
function entityOf(text: string, mention: EntityMention, sources: readonly Pick<Span, 'start' | 'end'>[], cursor: {at: number}): Entity | null {
  let start = mention.start
  const run = text.slice(mention.start, mention.end)
  const all = words(run)
  let first = 0
  while (first < all.length && (isOpeningWord(all[first].lower) || (first === 0 && mention.sentenceInitial && isOpeningGerund(all[0].lower)))) first++
  if (first === all.length) return null
  start += all[first].at
  if (leftOut(start, mention.end, sources, cursor)) return null
  const phrase = text.slice(start, mention.end)
  if (isNeverSource(phrase, false)) return null
  const c = classifyCached(phrase, false, mention.sentenceInitial && first === 0)
  if (c.anonymous || c.pronoun !== null) return null
  if (c.kind === 'person') return /\s/.test(c.name) || c.description !== null ? {start, end: mention.end, classified: c} : null
  return c.kind === 'organization' || c.kind === 'media' ? {start, end: mention.end, classified: c} : null
}

/** Whether [start, end) of `text` holds a space (runs are a few words long: this is short). */
function holdsSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 32) return true
  return false
}

/**
 * The entities among `mentions` (runs from `findEntityMentions`), in
 * document order. Those that `clusterMentions` would leave out beside the
 * source mentions `sources` (in document order) are not classified.
 */
export function documentEntities(text: string, mentions: readonly EntityMention[], sources: readonly Pick<Span, 'start' | 'end'>[] = []): Entity[] {
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
