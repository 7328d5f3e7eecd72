/** The shapes the cue rules share: a raw attribution and a verb group. */
import type {RuleId} from '../../rules/registry.js'
import type {CueCategory} from '../../types.js'
import type {Piece, Range} from '../spans.js'

/** An attribution as the rules find it, before sources are resolved. */
export interface RawAttribution {
  paragraph: number
  sentence: number
  /** Cue pieces, as view ranges. */
  cue: Range[]
  lemma: string
  category: CueCategory
  rule: RuleId
  source: Range | null
  via: Range | null
  /** Content pieces in offsets, or null. */
  content: Piece[] | null
  /** The source is the previous attribution's ("…, adding that …"). */
  inheritSource: boolean
  /** The content continues in the next paragraph (a colon at the paragraph's end). */
  contentInNextParagraph: boolean
  /** The content is the previous paragraph (a signature line "— Name"). */
  contentFromPrevious?: boolean
  confidence: number
  /** Offsets of the source, cue pieces and channel, filled once the sentence is done. */
  src: Piece | null
  chan: Piece | null
  cues: Piece[]
  /** The attribution whose source this one took. */
  inheritedFrom?: RawAttribution
  /** Took a floating quote paragraph. */
  floating?: boolean
  /** Last paragraph its content reaches. */
  reach?: number
  /** Offsets of the sentence that holds the cue (set when the paragraph is done). */
  sentenceSpan?: Piece
  /** Its content holds a quote of three words or more in its own paragraph (set then too). */
  quotesSomeone?: boolean
  /** The cue is negated ("did not mention"). */
  negated?: boolean
  /** The cue decider's score, when it judged this attribution. */
  cueScore?: number
}

/** A verb group: the verb with its auxiliaries, negation, adverbs and catenatives. */
export interface Group {
  /** First view position of the verb group (auxiliaries, adverbs, catenatives). */
  first: number
  /** Last view position (the verb or its particle). */
  last: number
  negated: boolean
  /** The group has an auxiliary or modal (a finite verb phrase). */
  aux: boolean
  passive: boolean
}
