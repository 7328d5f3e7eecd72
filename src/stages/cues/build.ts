/** Building raw attributions: the defaults every rule shares. */
import type {VerbForm} from '../../lexicon/index.js'
import type {RuleId} from '../../rules/registry.js'
import type {Piece, Range} from '../spans.js'
import type {SentenceView} from '../view.js'
import type {RawAttribution} from './types.js'

/** A raw attribution of this sentence, with the defaults for what a rule leaves out. */
export function raw(
  view: SentenceView,
  fields: Pick<RawAttribution, 'cue' | 'lemma' | 'category' | 'rule' | 'source' | 'via' | 'content' | 'confidence'> &
    Partial<RawAttribution>
): RawAttribution {
  // Every field is written here, in one order, so that all raw attributions share one hidden
  // class that the engine keeps (a shape made by adding fields later, or by spreading objects
  // of varying keys, is dropped by a full garbage collection when no object has it, and with it
  // the optimised code of every function that read such objects).
  return {
    paragraph: view.paragraph.index,
    sentence: view.index,
    cue: fields.cue,
    lemma: fields.lemma,
    category: fields.category,
    rule: fields.rule,
    source: fields.source,
    via: fields.via,
    content: fields.content,
    inheritSource: fields.inheritSource ?? false,
    contentInNextParagraph: fields.contentInNextParagraph ?? false,
    contentFromPrevious: fields.contentFromPrevious,
    confidence: fields.confidence,
    src: fields.src ?? null,
    chan: fields.chan ?? null,
    cues: fields.cues ?? [],
    inheritedFrom: fields.inheritedFrom,
    floating: fields.floating,
    reach: fields.reach,
    sentenceSpan: fields.sentenceSpan,
    quotesSomeone: fields.quotesSomeone,
    negated: fields.negated,
    cueScore: fields.cueScore
  }
}

/** A raw attribution of a verb cue, pushed onto `out`. */
export function push(
  view: SentenceView,
  out: RawAttribution[],
  first: number,
  last: number,
  form: VerbForm,
  rule: RuleId,
  source: Range | null,
  via: Range | null,
  content: Piece[],
  inherit: boolean,
  confidence: number
): RawAttribution {
  const attribution = raw(view, {
    cue: [{first, last}],
    lemma: form.lemma,
    category: form.category,
    rule,
    source,
    via,
    content,
    inheritSource: inherit,
    confidence
  })
  out.push(attribution)
  return attribution
}
