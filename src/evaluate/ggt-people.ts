/**
 * GGT's people quoted: the named people an article quotes, by gender.
 */
import {normalizeName} from './ggt-names.js'
import type {GgtGender, GgtGoldDocument, GgtPredictedDocument, GgtPredictedSource} from './ggt-types.js'

/** The genders in report order. */
export const GENDERS: readonly GgtGender[] = ['female', 'male', 'unknown']

/** People by normalised name, each with one gender. */
export type People = Map<string, GgtGender>

/** Read a predicted gender: `female`, `male`, anything else `unknown`. */
function genderOf(source: GgtPredictedSource): GgtGender {
  const gender = source.gender ?? null
  return gender === 'female' || gender === 'male' ? gender : 'unknown'
}

/** The gold people quoted; a name listed under two genders keeps the first (female, male, unknown). */
export function goldPeople(gold: GgtGoldDocument): People {
  const people: People = new Map()
  for (const gender of GENDERS) {
    for (const name of gold.quoted[gender]) {
      const key = normalizeName(name)
      if (key !== '' && !people.has(key)) people.set(key, gender)
    }
  }
  return people
}

/**
 * The predicted people quoted: every source that is a person (or has no
 * `kind`), is not anonymous, and is the source of an attribution with
 * content, or a member of a group that is. Two sources with the same normalised name are one person, with
 * the gender of the first.
 */
export function predictedPeople(predicted: GgtPredictedDocument): People {
  const byId = new Map<string, GgtPredictedSource>()
  for (const source of predicted.sources ?? []) byId.set(source.id, source)
  const people: People = new Map()
  for (const attribution of predicted.attributions) {
    const id = attribution.source?.sourceId
    if (!attribution.content || id === undefined) continue
    const source = byId.get(id)
    if (!source) continue
    // "Ada Moll and Rui Sato said": both are quoted.
    for (const member of source.members ?? []) addPerson(people, byId.get(member))
    addPerson(people, source)
  }
  return people
}

/** Count a source among the people quoted when it is a named person (or has no `kind`). */
function addPerson(people: People, source: GgtPredictedSource | undefined): void {
  if (!source || source.anonymous === true || (source.kind !== undefined && source.kind !== 'person')) return
  const key = normalizeName(source.name)
  if (key !== '' && !people.has(key)) people.set(key, genderOf(source))
}

/** Matched, gold and predicted counts. */
export interface PeopleCounts {
  tp: number
  gold: number
  predicted: number
}

/** Counts of one document: overall, by gender, and right genders among the matched. */
export interface DocumentPeople {
  overall: PeopleCounts
  byGender: Record<GgtGender, PeopleCounts>
  genderRight: number
}

/** Compare the gold and predicted people of one document. */
export function comparePeople(gold: People, predicted: People): DocumentPeople {
  const byGender = {} as Record<GgtGender, PeopleCounts>
  for (const gender of GENDERS) byGender[gender] = {tp: 0, gold: 0, predicted: 0}
  for (const gender of gold.values()) byGender[gender].gold++
  for (const gender of predicted.values()) byGender[gender].predicted++
  let tp = 0
  let genderRight = 0
  for (const [name, gender] of gold) {
    const guess = predicted.get(name)
    if (guess === undefined) continue
    tp++
    if (guess === gender) {
      genderRight++
      byGender[gender].tp++
    }
  }
  return {overall: {tp, gold: gold.size, predicted: predicted.size}, byGender, genderRight}
}
