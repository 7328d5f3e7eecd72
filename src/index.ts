/**
 * whosaid: find who said what in English news text.
 *
 * The public surface, nothing else.
 */
export {extractAttributions} from './extract.js'
export {default as retextAttribution} from './plugin.js'
export type {RetextAttributionOptions} from './plugin.js'
export {trainConfidenceModel} from './model/train.js'
export type {TrainOptions} from './model/train.js'
export type {ConfidenceModel} from './model/confidence.js'
export {SourceTally, summarizeSources} from './summary/index.js'
export {RULES} from './rules/registry.js'
export type {Rule, RuleFamily, RuleId} from './rules/registry.js'
export type {GenderGroup, Share, SourceEntry, SourceGender, SourcesSummary} from './summary/index.js'
export type {
  Attribution,
  CoreferenceSieve,
  CueCategory,
  ExtractResult,
  Gender,
  Mention,
  Mode,
  Options,
  PiecewiseSpan,
  SkippedSpan,
  Source,
  SourceKind,
  Span,
  VerbEntry
} from './types.js'
export {
  BASELINE_FORMAT,
  calibrationBands,
  compareBaseline,
  f1Figures,
  formatReport,
  GoldFormatError,
  outcomesByRule,
  parseGoldJsonl,
  predictionOutcomes,
  scoreDocuments,
  scorePredictions,
  toBaseline
} from './evaluate/index.js'
export type {
  Baseline,
  CalibrationBand,
  CueBreakdown,
  EvaluateOptions,
  EvaluationReport,
  Example,
  ExampleGroup,
  GoldAttribution,
  GoldDocument,
  GoldPiece,
  PredictedAttribution,
  PredictedDocument,
  PredictionOutcome,
  RatedPrediction,
  Recall,
  Regression,
  RoleScore,
  RuleOutcome,
  Score,
  Throughput,
  TypeBreakdown
} from './evaluate/index.js'
export {formatGgtReport, GGT_CATEGORIES, ggtDocumentProblem, normalizeName, scoreGgt} from './evaluate/index.js'
export type {
  Accuracy,
  GgtGender,
  GgtGoldDocument,
  GgtGoldQuote,
  GgtOptions,
  GgtPeopleScore,
  GgtPredictedAttribution,
  GgtPredictedContent,
  GgtPredictedDocument,
  GgtPredictedMention,
  GgtPredictedSource,
  GgtQuoteScore,
  GgtReport
} from './evaluate/index.js'
