/**
 * The look-ahead sieve: a description that names nobody ("a peewee hockey
 * coach", "the most talked-about player in the league") and that no earlier
 * mention explains stands for the named person the text writes soon after
 * it, when that person fits: the person's name or description holds the
 * description's head ("Coach Lena Hart"), or the person opens the sentence
 * right after the description's, written bare as someone already introduced
 * or with a title only ("A coach said … . Lena Hart said …", "Dr. Lena
 * Hart said"; not "Lena Hart, a lawyer, said").
 */
import {PERSON_TITLES} from '../lexicon/names.js'
import {opposite} from '../stages/gender.js'
import type {Classified} from '../stages/sources.js'

/** How far past the description (in characters) a fitting name is looked for. */
export const LOOK_AHEAD_WINDOW = 400

/** One mention written after the description: where it starts and what its words say. */
export interface Ahead {
  start: number
  classified: Classified
}

/** The most characters between the end of a sentence and a name that opens the next one (spaces, "\n .\n"). */
const OPENING_GAP = 12

/** "my daughter", "their lawyer": a description tied to someone by a possessive, not one a name introduces. */
const POSSESSED = /^(?:my|our|your|his|her|their|its)\s/i

/** "One resident", "another official": one of several, not someone a name introduces. */
const ONE_OF = /^(?:one|another|each|every|some|any)\s/i

/**
 * Whether a source mention is a description of one person that may be named
 * later: no name, no pronoun, not "the same …", of a person or of no known
 * kind, not a coordination, not tied to someone by a possessive ("my
 * daughter") and not one of several ("one resident").
 */
export function awaitsName(c: Classified): boolean {
  return (
    c.anonymous &&
    c.pronoun === null &&
    c.members === null &&
    (c.kind === 'person' || c.kind === 'unknown') &&
    c.head !== '' &&
    !/\bsame\b/i.test(c.name) &&
    !POSSESSED.test(c.name) &&
    !ONE_OF.test(c.name)
  )
}

/** Whether a later mention is a named person written in two words or more, whose gender is not the description's other. */
function namedPersonFor(description: Classified, candidate: Classified): boolean {
  if (candidate.kind !== 'person' || candidate.anonymous || candidate.pronoun !== null || candidate.members !== null)
    return false
  if (!/\s/.test(candidate.name.trim())) return false
  const gender = description.honorific
  if (gender === null) return true
  const other = opposite(gender)
  return candidate.honorific !== other && candidate.givenName !== other
}

/** Whether a name and what describes it hold the description's head as a word ("Coach Lena Hart" for "coach"). */
function holdsHead(head: string, written: string): boolean {
  return written
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .includes(head)
}

/** Whether a description is none, or only titles ("Justice" in "Justice Sean Dunphy"): the name is written bare. */
function titleOnly(description: string | null): boolean {
  if (description === null) return true
  return description
    .toLowerCase()
    .split(/\s+/)
    .every((word) => PERSON_TITLES.has(word) || PERSON_TITLES.has(word.replace(/\.$/, '')))
}

/**
 * Whether only spaces and full stops, a few at most, stand between the end
 * of a sentence and `start` (a name in brackets, a photo credit, is no
 * sentence's subject).
 */
function opensNextSentence(text: string, sentenceEnd: number, start: number): boolean {
  if (start < sentenceEnd || start - sentenceEnd > OPENING_GAP) return false
  for (let i = sentenceEnd; i < start; i++) {
    const code = text.charCodeAt(i)
    if (code !== 46 && code !== 32 && code !== 10 && code !== 13 && code !== 9) return false
  }
  return true
}

/**
 * The index of the first of `candidates` (in document order, all after the
 * description and within `LOOK_AHEAD_WINDOW`) that `description` stands
 * for, or -1. `earlier` gives, for a person the text named before, that
 * name and its description as written, else `null`. Only the first named
 * person, written bare and for the first time (a known name there is most
 * often the next speaker), may fit by opening the next sentence
 * (`sentenceEnd` ends the description's sentence); any named person may fit
 * by holding the head.
 */
export function lookAheadTarget(
  text: string,
  description: Classified,
  sentenceEnd: number,
  candidates: readonly Ahead[],
  earlier: (candidate: Classified) => string | null
): number {
  let first = true
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]
    if (!namedPersonFor(description, candidate.classified)) continue
    const {name, description: described} = candidate.classified
    const before = earlier(candidate.classified)
    if (holdsHead(description.head, (described ?? '') + ' ' + name + ' ' + (before ?? ''))) return i
    const bare = titleOnly(candidate.classified.description)
    if (first && bare && before === null && opensNextSentence(text, sentenceEnd, candidate.start)) return i
    first = false
  }
  return -1
}
