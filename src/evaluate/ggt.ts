/**
 * The Gender Gap Tracker's measures: quotes at coverage thresholds, speaker
 * and canonical-source agreement, and people quoted by gender.
 */
import {comparePeople, GENDERS, goldPeople, predictedPeople, type PeopleCounts} from './ggt-people.js'
import {matchQuotes, predictedQuotes} from './ggt-quotes.js'
import type {Accuracy, GgtGender, GgtGoldDocument, GgtOptions, GgtPredictedDocument, GgtReport} from './ggt-types.js'
import {assertGgtDocument} from './ggt-validate.js'
import {makeScore, ratio} from './ratio.js'
import type {Score} from './types.js'

/**
 * The cue categories GGT's quotes fall under: it annotates speech and
 * writing (“said”, “told”, “wrote”, “according to”, “announced”), not
 * beliefs, stances, intentions or evidence; refusals claim nothing.
 */
export const GGT_CATEGORIES = Object.freeze(['speech', 'writing', 'report', 'statement'] as const)

/** Build an `Accuracy` from a count and how many were right. */
function makeAccuracy(count: number, correct: number): Accuracy {
  return {count, correct, accuracy: ratio(correct, count)}
}

/** Turn summed counts into a score. */
function toScore(c: PeopleCounts): Score {
  return makeScore(c.tp, c.predicted - c.tp, c.gold - c.tp)
}

/** Check the categories option and return it as a set, or the default. */
function categoriesOf(options: GgtOptions | undefined): ReadonlySet<string> {
  const value = options?.categories ?? GGT_CATEGORIES
  if (!Array.isArray(value) || value.some((c) => typeof c !== 'string')) {
    throw new TypeError('scoreGgt: expected `options.categories` to be an array of category names')
  }
  return new Set(value)
}

/** Keep the attributions whose category counts (or that have none). */
function inCategories(predicted: GgtPredictedDocument, categories: ReadonlySet<string>): GgtPredictedDocument {
  const attributions = predicted.attributions.filter((a) => a.category === undefined || categories.has(a.category))
  return {attributions, sources: predicted.sources}
}

/** Check the thresholds option and return it, or the default. */
function thresholdsOf(options: GgtOptions | undefined): number[] {
  const value = options?.thresholds ?? [0.3, 0.8]
  if (!Array.isArray(value) || value.some((t) => typeof t !== 'number' || !(t >= 0 && t < 1))) {
    throw new TypeError('scoreGgt: expected `options.thresholds` to be an array of numbers in [0, 1)')
  }
  return [...value]
}

/**
 * Score predictions with GGT's measures. `predicted[i]` holds the
 * predictions for `gold[i]` (an `ExtractResult` fits). GGT annotates speech
 * only, so only attributions in `options.categories` (default
 * `GGT_CATEGORIES`) count; extract with every category and let this filter,
 * as sources are named more fully when every cue is seen.
 *
 * Every content piece is a predicted quote. At each threshold, each gold
 * quote in gold order is matched to the remaining predicted quote covering
 * the largest share of it (|gold ∩ predicted| / |gold|) when that share is
 * more than the threshold. Of the matched quotes, `speaker` counts those
 * whose speaker span overlaps the gold one (or both have none), and
 * `canonical` those whose source `name` equals the gold `reference` once
 * both are normalised (`normalizeName`). People quoted compares normalised
 * names of named, non-anonymous person sources with content against the
 * gold `quoted` lists, overall and within each gender (`source.gender`;
 * missing is `unknown`). Throws a TypeError for malformed input.
 */
export function scoreGgt(
  gold: ReadonlyArray<GgtGoldDocument>,
  predicted: ReadonlyArray<GgtPredictedDocument>,
  options?: GgtOptions
): GgtReport {
  if (!Array.isArray(gold))
    throw new TypeError(`scoreGgt: expected \`gold\` to be an array of documents, got ${typeof gold}`)
  if (!Array.isArray(predicted) || predicted.length !== gold.length) {
    throw new TypeError(
      `scoreGgt: expected \`predicted\` to be an array of ${gold.length} results, one per gold document`
    )
  }
  const thresholds = thresholdsOf(options)
  const categories = categoriesOf(options)
  const sums = thresholds.map(() => ({matched: 0, speaker: 0, canonical: 0}))
  const overall: PeopleCounts = {tp: 0, gold: 0, predicted: 0}
  const byGender = {} as Record<GgtGender, PeopleCounts>
  for (const gender of GENDERS) byGender[gender] = {tp: 0, gold: 0, predicted: 0}
  let genderRight = 0
  let goldQuotes = 0
  let quoteCount = 0

  gold.forEach((document, index) => {
    assertGgtDocument(document, index)
    const given = predicted[index]
    if (!given || !Array.isArray(given.attributions)) {
      throw new TypeError(`scoreGgt: expected \`predicted[${index}].attributions\` to be an array`)
    }
    const prediction = inCategories(given, categories)
    const quotes = predictedQuotes(prediction)
    goldQuotes += document.attributions.length
    quoteCount += quotes.length
    thresholds.forEach((threshold, t) => {
      const counts = matchQuotes(document, quotes, threshold)
      for (const key of ['matched', 'speaker', 'canonical'] as const) sums[t][key] += counts[key]
    })
    const people = comparePeople(goldPeople(document), predictedPeople(prediction))
    for (const key of ['tp', 'gold', 'predicted'] as const) {
      overall[key] += people.overall[key]
      for (const gender of GENDERS) byGender[gender][key] += people.byGender[gender][key]
    }
    genderRight += people.genderRight
  })

  const genderScores = {} as Record<GgtGender, Score>
  for (const gender of GENDERS) genderScores[gender] = toScore(byGender[gender])
  return {
    documents: gold.length,
    goldQuotes,
    predictedQuotes: quoteCount,
    thresholds: thresholds.map((threshold, t) => {
      const s = sums[t]
      return {
        threshold,
        quotes: makeScore(s.matched, quoteCount - s.matched, goldQuotes - s.matched),
        speaker: makeAccuracy(s.matched, s.speaker),
        canonical: makeAccuracy(s.matched, s.canonical)
      }
    }),
    people: {overall: toScore(overall), byGender: genderScores, gender: makeAccuracy(overall.tp, genderRight)}
  }
}
