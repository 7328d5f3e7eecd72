/**
 * The cue decider's lemma and source features: the source's kind from its
 * head word and the lexicon's lists, the features each source adds, and the
 * lemma shared by a cue's inflections.
 */
import {describe, expect, it} from 'vitest'
import {MARK_TOKEN, scanWindow, tokenAt} from '../src/model/boundary-scan.js'
import {cueFeatures, type CueCandidate} from '../src/model/cue-features.js'
import {SOURCE_KIND, sourceFeatures, sourceKind, sourceNames} from '../src/model/cue-source.js'
import {FeatureIndexes, nameHash} from '../src/model/features.js'

/** The offsets of `phrase` in `text`. */
function spanOf(text: string, phrase: string): {start: number; end: number} {
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`no "${phrase}" in "${text}"`)
  return {start, end: start + phrase.length}
}

describe('sourceKind', () => {
  it.each([
    {text: 'She said the ferry would run late.', source: 'She', kind: 'pronoun'},
    {text: 'A harbour spokesman said the ferry would run late.', source: 'A harbour spokesman', kind: 'person'},
    {text: 'Local officials said the ferry would run late.', source: 'Local officials', kind: 'group'},
    {
      text: 'The transport ministry said the ferry would run late.',
      source: 'The transport ministry',
      kind: 'organization'
    },
    {text: 'The quarterly report said the ferry would run late.', source: 'The quarterly report', kind: 'document'},
    {text: 'Marta Quell said the ferry would run late.', source: 'Marta Quell', kind: 'name'},
    {text: "Marta Quell's deputy said the ferry would run late.", source: "Marta Quell's deputy", kind: 'person'},
    {text: 'The old timetable showed the ferry would run late.', source: 'The old timetable', kind: 'other'}
  ] as const)('$source → $kind', ({text, source, kind}) => {
    const span = spanOf(text, source)
    const w = scanWindow(text, 0, text.length)
    const first = tokenAt(w, span.start)
    let last = tokenAt(w, span.end) - 1
    while (w.kinds[last] === MARK_TOKEN) last--
    expect(sourceKind(text, w, first, last)).toBe(SOURCE_KIND[kind])
  })
})

describe('sourceFeatures', () => {
  const NAME = sourceNames('c')
  const rule = nameHash('verb-subject')
  const lemma = nameHash('say')
  /** The feature of the kind alone, as `sourceFeatures` adds it first. */
  const kindFeature = (kind: number) => {
    const out = new FeatureIndexes(1 << 16)
    out.addMixed(NAME.sourceKind, kind)
    return out.indexes[0]
  }
  it.each([
    {name: 'no source: its kind, alone and with the rule and lemma', source: null, kind: 'none', count: 2},
    {name: 'a source the window does not hold: the same two', source: 'far', kind: 'far', count: 2},
    {
      name: 'a source in the window: also its length, head, first word and the word before',
      source: 'Marta Quell',
      kind: 'name',
      count: 7
    }
  ] as const)('$name', ({source, kind, count}) => {
    const text = 'Then Marta Quell said the ferry would run late.'
    const w = scanWindow(text, 0, text.length)
    const span =
      source === null
        ? null
        : source === 'far'
          ? {start: text.length + 10, end: text.length + 20}
          : spanOf(text, source)
    const out = new FeatureIndexes(1 << 16)
    sourceFeatures(text, w, span, rule, lemma, NAME, out)
    expect(out.indexes).toHaveLength(count)
    expect(out.indexes[0]).toBe(kindFeature(SOURCE_KIND[kind]))
  })
})

describe('the lemma feature', () => {
  /** The features of the judged cue `cue` of `text` (source "Marta Quell"), read with lemma `lemma`. */
  const features = (text: string, cue: string, lemma: string): Set<number> => {
    const span = spanOf(text, cue)
    const candidate: CueCandidate = {
      rule: 'verb-subject',
      cue: span,
      sentence: {start: 0, end: text.length},
      source: spanOf(text, 'Marta Quell'),
      content: {start: span.end + 1, end: text.length - 1},
      negated: false,
      lemma
    }
    const out = new FeatureIndexes(1 << 16)
    cueFeatures(text, candidate, out)
    return new Set(out.indexes)
  }
  const says = 'Marta Quell says the ferry will run late.'
  const asSay = features(says, 'says', 'say')
  const lemmaOnly = [...asSay].filter((i) => !features(says, 'says', 'tell').has(i))

  it('another lemma changes exactly its three features: the lemma, with the rule, and with the source kind', () => {
    expect(lemmaOnly).toHaveLength(3)
  })

  it('inflections of one lemma share those three features', () => {
    const perfect = features('Marta Quell has said the ferry will run late.', 'has said', 'say')
    expect(lemmaOnly.filter((i) => perfect.has(i))).toEqual(lemmaOnly)
  })
})
