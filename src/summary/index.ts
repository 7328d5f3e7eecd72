/** Who was quoted: the sources of one or many documents, with their claims and shares. */
import type {ExtractResult} from '../types.js'
import {SourceTally} from './tally.js'
import type {SourcesSummary} from './types.js'

export {SourceTally} from './tally.js'
export {genderOf, type SourceGender} from './gender.js'
export type {GenderGroup, Share, SourceEntry, SourcesSummary} from './types.js'

/**
 * Summarise who was quoted in one result of `extractAttributions`, or in an
 * iterable of them (a corpus). Each source is listed with its kind, gender,
 * anonymity, the number of documents it appears in, its claims (attributions
 * naming it as source; a group's claims count for each member too), how many claims it relayed as a channel, and the
 * channels its own claims came through. Sources of different documents are
 * merged when their names match ignoring case and spacing and their kind and
 * anonymity agree. The shares give the anonymous sources and each kind among
 * all sources, and each gender among the person sources, both as a share of
 * the sources and of their claims.
 *
 * Throws a `TypeError` when an item is not `{attributions, sources}` or an
 * attribution names a source missing from its result.
 */
export function summarizeSources(results: ExtractResult | Iterable<ExtractResult>): SourcesSummary {
  const tally = new SourceTally()
  if (results !== null && typeof results === 'object' && 'attributions' in results) tally.add(results)
  else if (results !== null && typeof results === 'object' && Symbol.iterator in results)
    for (const result of results) tally.add(result)
  else throw new TypeError('whosaid: expected `results` to be a result of extractAttributions or an iterable of them')
  return tally.summary()
}
