/**
 * Types of the Gender Gap Tracker (GGT) measures: gold quotes with their
 * canonical speaker and the people quoted by gender, and the figures out.
 */
import type {GoldAttribution, GoldDocument, OffsetSpan, Score} from './types.js'

/** The genders GGT annotates people quoted by. */
export type GgtGender = 'female' | 'male' | 'unknown'

/** One gold quote: a gold attribution with the canonical speaker it belongs to. */
export interface GgtGoldQuote extends GoldAttribution {
  /** The canonical speaker, as full a name as the text gives ("Jeff Traeger" for "he"). */
  reference: string
}

/** One GGT document: quotes, and the people quoted listed by gender. */
export interface GgtGoldDocument extends GoldDocument {
  attributions: ReadonlyArray<GgtGoldQuote>
  /** The people quoted in the article, by the gender the annotators gave. */
  quoted: Readonly<Record<GgtGender, ReadonlyArray<string>>>
}

/** A predicted content, in one or more pieces. */
export interface GgtPredictedContent extends OffsetSpan {
  parts?: ReadonlyArray<OffsetSpan>
}

/** A predicted source mention, pointing at an entry of `sources`. */
export interface GgtPredictedMention extends OffsetSpan {
  sourceId?: string
  /** The words a relative "who" stands for: GGT's speaker span. */
  antecedent?: OffsetSpan
}

/** The least a predicted attribution needs for the GGT measures. */
export interface GgtPredictedAttribution {
  content: GgtPredictedContent | null
  source: GgtPredictedMention | null
  /** The cue category; an attribution outside `GgtOptions.categories` is left out. */
  category?: string
  /** The cue's sentence: a later content piece inside it keeps the speaker (`A, she said, B`). */
  sentence?: {start: number; end: number}
}

/** The least a predicted source needs: `Source` of `extractAttributions` fits. */
export interface GgtPredictedSource {
  id: string
  name: string
  /** Only `person` sources count as people quoted; missing counts as a person. */
  kind?: string
  /** Anonymous sources are not people quoted. */
  anonymous?: boolean
  /** `female`, `male`, anything else or missing: `unknown`. */
  gender?: string | null
  /** A coordinated group's member ids: each member counts as quoted with the group. */
  members?: ReadonlyArray<string>
}

/** The predictions for one document: an `ExtractResult` fits. */
export interface GgtPredictedDocument {
  attributions: ReadonlyArray<GgtPredictedAttribution>
  sources?: ReadonlyArray<GgtPredictedSource>
}

/** A share of matched items that were right. Any 0/0 is 0. */
export interface Accuracy {
  /** Matched items judged. */
  count: number
  /** How many of them were right. */
  correct: number
  /** `correct / count`, or 0 when `count` is 0. */
  accuracy: number
}

/** The quote figures at one coverage threshold. */
export interface GgtQuoteScore {
  /** A gold quote is matched when more than this share of it is covered. */
  threshold: number
  /** Quote precision, recall and F1. */
  quotes: Score
  /** Matched quotes whose predicted speaker overlaps the gold one (or both are floating). */
  speaker: Accuracy
  /** Matched quotes whose predicted source name equals the gold `reference` once normalised. */
  canonical: Accuracy
}

/** People quoted: overall, by gender, and how often the gender was right. */
export interface GgtPeopleScore {
  /** Names compared whatever their gender. */
  overall: Score
  /** Names compared within each gender. */
  byGender: Record<GgtGender, Score>
  /** People found overall whose predicted gender equals the gold one. */
  gender: Accuracy
}

/** Everything the GGT measures give. */
export interface GgtReport {
  documents: number
  /** Gold quotes in them. */
  goldQuotes: number
  /** Predicted quotes: one per content piece. */
  predictedQuotes: number
  /** One entry per threshold, in the order asked for. */
  thresholds: GgtQuoteScore[]
  people: GgtPeopleScore
}

/** Options of `scoreGgt`. */
export interface GgtOptions {
  /** Coverage thresholds, each in [0, 1). Default `[0.3, 0.8]`, as GGT. */
  thresholds?: ReadonlyArray<number>
  /**
   * The cue categories that count; attributions of other categories are left
   * out, those without a category kept. Default `GGT_CATEGORIES`.
   */
  categories?: ReadonlyArray<string>
}
