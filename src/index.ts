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
  Source,
  SourceKind,
  Span,
  VerbEntry
} from './types.js'
