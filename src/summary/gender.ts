/** Read a source's gender, whether or not the `Source` type declares one yet. */
import type {Source} from '../types.js'

/** A source's gender: `null` when unknown or not a person. */
export type SourceGender = 'female' | 'male' | null

/**
 * Return `source.gender`, or `null` when the source has none. Written so that
 * it reads the field both before and after `Source` declares it.
 */
export function genderOf(source: Source): SourceGender {
  const gender = (source as Source & {gender?: SourceGender}).gender
  return gender === 'female' || gender === 'male' ? gender : null
}
