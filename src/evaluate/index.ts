/**
 * The evaluation tool: score attribution predictions against gold annotations.
 */
export {scoreDocuments, scorePredictions} from './score.js'
export {parseGoldJsonl, GoldFormatError} from './jsonl.js'
export type {ParseGoldOptions} from './jsonl.js'
export {formatReport} from './report.js'
export {BASELINE_FORMAT, compareBaseline, f1Figures, toBaseline} from './baseline.js'
export type {Baseline, Regression} from './baseline.js'
export {trimBoundaries} from './trim.js'
export {calibrationBands, outcomesByRule, predictionOutcomes} from './outcomes.js'
export type {CalibrationBand, PredictionOutcome, RatedPrediction, RuleOutcome} from './outcomes.js'
export type {
  CueBreakdown,
  EvaluateOptions,
  EvaluationReport,
  Example,
  ExampleGroup,
  GoldAttribution,
  GoldDocument,
  GoldPiece,
  Matching,
  OffsetSpan,
  PredictedAttribution,
  PredictedCue,
  PredictedDocument,
  Recall,
  Role,
  RoleRecall,
  RoleScore,
  Score,
  Throughput,
  TypeBreakdown
} from './types.js'
export {GGT_CATEGORIES, scoreGgt} from './ggt.js'
export {normalizeName} from './ggt-names.js'
export {formatGgtReport} from './ggt-report.js'
export {ggtDocumentProblem} from './ggt-validate.js'
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
} from './ggt-types.js'
