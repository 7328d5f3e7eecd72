/**
 * Types of the evaluation tool: gold annotations in, figures out.
 *
 * Offsets are UTF-16 code units, as everywhere in whosaid.
 */
import type {CalibrationBand, RuleOutcome} from './outcomes.js'

/** One piece of a gold span: `[start, end)` in UTF-16 code units. */
export type GoldPiece = readonly [start: number, end: number]

/** One gold attribution relation, as in the PolNeAR JSONL files. */
export interface GoldAttribution {
  /** Identifier within the document (`E1`); optional. */
  id?: string
  /** The cue in one or more pieces. */
  cue: ReadonlyArray<GoldPiece>
  /** The source in one or more pieces, or `[]` when the text names none. */
  source: ReadonlyArray<GoldPiece>
  /** The content in one or more pieces. */
  content: ReadonlyArray<GoldPiece>
  /** `direct`, `indirect`, `mixed`, or any other label; missing counts as `unknown`. */
  type?: string
}

/** One annotated document. */
export interface GoldDocument {
  /** Identifier of the document. */
  id: string
  /** The full text the offsets point into. */
  text: string
  /** Every gold attribution relation of the text. */
  attributions: ReadonlyArray<GoldAttribution>
}

/** The least a predicted span needs: its boundaries. */
export interface OffsetSpan {
  start: number
  end: number
}

/** A predicted cue, which may list its pieces (only used for its text). */
export interface PredictedCue extends OffsetSpan {
  parts?: ReadonlyArray<OffsetSpan>
}

/**
 * The least a predicted attribution needs to be scored. Every `Attribution`
 * of `extractAttributions` fits, and so does the output of any other system
 * once mapped to these fields.
 */
export interface PredictedAttribution {
  cue: PredictedCue
  content: OffsetSpan | null
  source: OffsetSpan | null
}

/** The predictions for one document: an `ExtractResult` fits. */
export interface PredictedDocument {
  attributions: ReadonlyArray<PredictedAttribution>
}

/** The roles that are scored one by one. */
export type Role = 'cue' | 'source' | 'content'

/** The two ways a predicted span can match a gold span. */
export type Matching = 'exact' | 'overlap'

/** Counts and the figures derived from them. Any 0/0 ratio is 0. */
export interface Score {
  /** Matched pairs. */
  tp: number
  /** Predicted instances left unmatched. */
  fp: number
  /** Gold instances left unmatched. */
  fn: number
  precision: number
  recall: number
  f1: number
}

/** The score of one role under both matchings. */
export interface RoleScore {
  exact: Score
  overlap: Score
}

/** Recall of one slice of the gold relations. */
export interface Recall {
  /** How many gold instances the slice holds. */
  count: number
  /** How many of them were found. */
  found: number
  /** `found / count`, or 0 when the slice is empty. */
  recall: number
}

/** Recall of one role in one slice, under both matchings. */
export interface RoleRecall {
  exact: Recall
  overlap: Recall
}

/** Recall of the gold relations of one `type` (direct, indirect, mixed …). */
export interface TypeBreakdown {
  type: string
  /** Relations of this type. */
  relations: number
  cue: RoleRecall
  /** Only the relations of this type that have a gold source. */
  source: RoleRecall
  content: RoleRecall
  linked: Recall
}

/** Recall of the gold relations whose cue reads the same. */
export interface CueBreakdown {
  /** The cue text, lowercased, pieces joined with one space. */
  cue: string
  /** Gold relations with this cue. */
  count: number
  /** Relations whose cue was found under overlap matching. */
  found: number
  /** `found / count`. */
  recall: number
  /** Relations of this cue with a linked prediction. */
  linked: number
}

/** One relation or prediction shown for reading. */
export interface Example {
  /** The document identifier. */
  document: string
  /** The cue's boundaries (first to last piece). */
  start: number
  end: number
  /** The sentence around the cue, with the cue in [brackets]. */
  context: string
}

/** Examples that share a cue text, for reading. */
export interface ExampleGroup {
  /** The cue text, lowercased, pieces joined with one space. */
  cue: string
  /** How many instances the group holds in all. */
  count: number
  /** The first few of them, in document order. */
  examples: Example[]
}

/** How fast `predict` ran, when it was timed. */
export interface Throughput {
  /** Documents predicted. */
  documents: number
  /** UTF-8 size of their texts in megabytes (10^6 bytes). */
  megabytes: number
  /** Time spent inside `predict`, in seconds. */
  seconds: number
  /** `megabytes / seconds`, or 0 when no time was measured. */
  megabytesPerSecond: number
  /** `documents / seconds`, or 0 when no time was measured. */
  documentsPerSecond: number
}

/** Everything the evaluation measured. */
export interface EvaluationReport {
  /** Documents scored. */
  documents: number
  /** Gold relations in them. */
  goldRelations: number
  /** Predicted attributions in them. */
  predictedRelations: number
  /** Per role, instances deduplicated by identical boundaries within a document. */
  roles: Record<Role, RoleScore>
  /** Whole relations: cue, content and source of one prediction overlap one gold relation. */
  linked: Score
  /** Recall by gold `type`, most frequent type first. */
  byType: TypeBreakdown[]
  /** Recall of the most frequent gold cues, most frequent first. */
  byCue: CueBreakdown[]
  /** Gold relations with no linked prediction, grouped by cue, largest group first. */
  misses: ExampleGroup[]
  /** Predictions whose cue overlaps no gold cue, grouped by cue, largest group first. */
  falseAlarms: ExampleGroup[]
  /**
   * Precision and part of the recall per proposing rule, most predictions
   * first; empty unless every prediction has `rule` and `confidence`.
   */
  byRule: RuleOutcome[]
  /** How right each band of `confidence` was; empty, like `byRule`, for predictions without. */
  calibration: CalibrationBand[]
  /** Timing of `predict`; `null` when predictions were given ready-made. */
  throughput: Throughput | null
}

/** Options of `scorePredictions` and `scoreDocuments`. */
export interface EvaluateOptions {
  /** How many of the most frequent gold cues `byCue` lists. Default `30`. */
  topCues?: number
  /** How many cue groups `misses` and `falseAlarms` keep. Default `20`. */
  groups?: number
  /** How many examples each group keeps. Default `3`. */
  examplesPerGroup?: number
  /** The most characters of context shown on each side of a cue. Default `160`. */
  context?: number
}
