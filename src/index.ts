/**
 * whosaid: find who said what in English news text.
 *
 * The public surface, nothing else.
 */
export {extractAttributions} from './extract.js'
export {default as retextAttribution} from './plugin.js'
export type {
  Attribution,
  CueCategory,
  ExtractResult,
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
  compareBaseline,
  f1Figures,
  formatReport,
  GoldFormatError,
  parseGoldJsonl,
  scoreDocuments,
  scorePredictions,
  toBaseline
} from './evaluate/index.js'
export type {
  Baseline,
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
  Recall,
  Regression,
  RoleScore,
  Score,
  Throughput,
  TypeBreakdown
} from './evaluate/index.js'
