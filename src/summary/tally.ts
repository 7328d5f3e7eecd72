/**
 * Count sources over one or many extraction results: who made how many
 * claims, through which channels, in how many documents.
 */
import type {ExtractResult, Source, SourceKind} from '../types.js'
import {genderOf} from './gender.js'
import type {GenderGroup, Share, SourceEntry, SourcesSummary} from './types.js'

/** A source entry while counting: channels as a set, and when it was first seen. */
interface Counting extends Omit<SourceEntry, 'channels'> {
  channels: Set<string>
  order: number
}

const KINDS: readonly SourceKind[] = ['person', 'organization', 'media', 'document', 'group', 'unknown']
const GENDERS: readonly GenderGroup[] = ['female', 'male', 'unknown']

/**
 * Adds up the sources of extraction results. Sources of different documents
 * are the same entry when their names match (ignoring case, runs of white
 * space and the shape of apostrophes) and their kind and anonymity agree;
 * an entry's gender is the first one known. Memory grows with the number of
 * distinct sources, not with the number of documents.
 */
export class SourceTally {
  private readonly entries = new Map<string, Counting>()
  private documents = 0
  private unsourced = 0

  /**
   * Count one document's result. Throws a `TypeError` when `result` does not
   * have the shape `extractAttributions` returns, or when an attribution
   * names a source that is not in `result.sources`; nothing is counted then.
   */
  add(result: ExtractResult): void {
    check(result)
    const local = new Map<string, Counting>()
    const counted = new Set<Counting>()
    const members = new Map<string, Counting[]>()
    for (const source of result.sources) {
      const entry = this.entryFor(source)
      if (!counted.has(entry)) entry.documents++
      counted.add(entry)
      local.set(source.id, entry)
    }
    for (const source of result.sources) {
      const own = local.get(source.id)!
      // "Ada Moll and Rui Sato said": the group's claim is each member's too (once, if two share an entry).
      const entries = new Set<Counting>()
      for (const id of Array.isArray(source.members) ? source.members : []) {
        const member = local.get(id)
        if (member !== undefined && member !== own) entries.add(member)
      }
      if (entries.size > 0) members.set(source.id, [...entries])
    }
    this.documents++
    for (const attribution of result.attributions) {
      if (attribution.source === null) {
        this.unsourced++
        continue
      }
      const entry = local.get(attribution.source.sourceId)!
      entry.claims++
      for (const member of members.get(attribution.source.sourceId) ?? []) member.claims++
      if (attribution.via === null) continue
      const channel = local.get(attribution.via.sourceId)!
      channel.relayed++
      entry.channels.add(channel.name)
    }
  }

  /** The summary of everything counted so far. */
  summary(): SourcesSummary {
    const entries = [...this.entries.values()].sort((a, b) => b.claims - a.claims || a.order - b.order)
    const claims = entries.reduce((sum, entry) => sum + entry.claims, 0)
    const persons = entries.filter((entry) => entry.kind === 'person')
    const personClaims = persons.reduce((sum, entry) => sum + entry.claims, 0)
    const ofAll = (keep: (entry: Counting) => boolean) => makeShare(entries.filter(keep), entries.length, claims)
    const ofPersons = (keep: (entry: Counting) => boolean) =>
      makeShare(persons.filter(keep), persons.length, personClaims)
    return {
      documents: this.documents,
      sources: entries.map(({order, channels, ...entry}) => ({...entry, channels: [...channels]})),
      totals: {sources: entries.length, claims, unsourced: this.unsourced},
      anonymous: ofAll((entry) => entry.anonymous),
      byKind: byGroup(KINDS, (kind) => ofAll((entry) => entry.kind === kind)),
      byGender: byGroup(GENDERS, (gender) => ofPersons((entry) => (entry.gender ?? 'unknown') === gender))
    }
  }

  /** The entry `source` counts towards, created when new. */
  private entryFor(source: Source): Counting {
    const key = `${source.kind}|${source.anonymous ? 1 : 0}|${normalize(source.name)}`
    let entry = this.entries.get(key)
    if (entry === undefined) {
      const {name, kind, anonymous} = source
      entry = {
        name,
        kind,
        gender: null,
        anonymous,
        documents: 0,
        claims: 0,
        relayed: 0,
        channels: new Set(),
        order: this.entries.size
      }
      this.entries.set(key, entry)
    }
    entry.gender ??= genderOf(source)
    return entry
  }
}

/** Throw a `TypeError` unless `result` is `{attributions, sources}` whose mentions all name one of its sources. */
function check(result: ExtractResult): void {
  if (
    result === null ||
    typeof result !== 'object' ||
    !Array.isArray(result.attributions) ||
    !Array.isArray(result.sources)
  ) {
    throw new TypeError('whosaid: expected each result to be {attributions, sources}, as extractAttributions returns')
  }
  const ids = new Set(result.sources.map((source) => source.id))
  for (const {source, via} of result.attributions) {
    for (const mention of [source, via]) {
      if (mention !== null && !ids.has(mention.sourceId)) {
        throw new TypeError(`whosaid: an attribution names source '${mention.sourceId}', which is not in \`sources\``)
      }
    }
  }
}

/** A name as compared across documents: lower case, single spaces, straight apostrophes. */
function normalize(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

/** A record with one share per group. */
function byGroup<G extends string>(groups: readonly G[], share: (group: G) => Share): Record<G, Share> {
  return Object.fromEntries(groups.map((group) => [group, share(group)])) as Record<G, Share>
}

/** The share of `group` among `ofSources` sources and `ofClaims` claims. */
function makeShare(group: readonly Counting[], ofSources: number, ofClaims: number): Share {
  const claims = group.reduce((sum, entry) => sum + entry.claims, 0)
  return {
    sources: group.length,
    claims,
    sourceShare: ofSources === 0 ? 0 : group.length / ofSources,
    claimShare: ofClaims === 0 ? 0 : claims / ofClaims
  }
}
