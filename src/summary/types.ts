/** The shape of a who-was-quoted summary (`summarizeSources`). */
import type {SourceKind} from '../types.js'
import type {SourceGender} from './gender.js'

/** One source in a summary, with what it said and through which channels. */
export interface SourceEntry {
  /** The source's fullest name, as in `Source.name`. */
  name: string
  kind: SourceKind
  /** `female`, `male`, or `null` when unknown or not a person. */
  gender: SourceGender
  anonymous: boolean
  /** How many documents it appears in (1 in a summary of one document). */
  documents: number
  /** How many attributions name it, or a group it is a member of, as their source. */
  claims: number
  /** How many attributions came through it as their channel (`via`). */
  relayed: number
  /** The names of the channels its claims came through, in order of first use. */
  channels: string[]
}

/** How many sources, and how many of their claims, fall in one group. */
export interface Share {
  /** Sources in the group. */
  sources: number
  /** Claims made by sources in the group. */
  claims: number
  /** `sources` divided by the sources of the whole (0 when there are none). */
  sourceShare: number
  /** `claims` divided by the claims of the whole (0 when there are none). */
  claimShare: number
}

/** The genders a summary counts, `unknown` standing for `null`. */
export type GenderGroup = 'female' | 'male' | 'unknown'

/** A who-was-quoted summary of one document or of many. */
export interface SourcesSummary {
  /** How many documents were summarised. */
  documents: number
  /** Every source, most claims first (ties in order of first appearance). */
  sources: SourceEntry[]
  /** Sources, their claims (a group's claim counts for each member too), and attributions without one. */
  totals: {sources: number; claims: number; unsourced: number}
  /** Anonymous sources among all sources, and their share of the claims. */
  anonymous: Share
  /** Sources of each kind among all sources. */
  byKind: Record<SourceKind, Share>
  /** Person sources of each gender among the person sources, and their claims among the persons' claims. */
  byGender: Record<GenderGroup, Share>
}
