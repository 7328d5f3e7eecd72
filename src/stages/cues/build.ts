/** Building raw attributions: the defaults every rule shares. */
import type {VerbForm} from '../../lexicon/index.js'
import type {Piece, Range} from '../spans.js'
import type {SentenceView} from '../view.js'
import type {RawAttribution} from './types.js'

/** A raw attribution of this sentence, with the defaults for what a rule leaves out. */
export function raw(view: SentenceView, fields: Pick<RawAttribution, 'cue' | 'lemma' | 'category' | 'rule' | 'source' | 'via' | 'content' | 'confidence'> & Partial<RawAttribution>): RawAttribution {
  return {paragraph: view.paragraph.index, sentence: view.index, inheritSource: false, contentInNextParagraph: false, src: null, chan: null, cues: [], ...fields}
}

/** A raw attribution of a verb cue, pushed onto `out`. */
export function push(view: SentenceView, out: RawAttribution[], first: number, last: number, form: VerbForm, rule: string, source: Range | null, via: Range | null, content: Piece[], inherit: boolean, confidence: number): RawAttribution {
  const attribution = raw(view, {cue: [{first, last}], lemma: form.lemma, category: form.category, rule, source, via, content, inheritSource: inherit, confidence})
  out.push(attribution)
  return attribution
}
