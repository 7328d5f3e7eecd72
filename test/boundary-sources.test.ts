/**
 * The source half of the boundary re-ranker: the alternative source edges
 * it weighs, how a choice moves a source and its mention, the shipped
 * weights on sentences written for these tests, and the training labels.
 */
import {describe, expect, it} from 'vitest'
import {extractAttributions} from '../src/index.js'
import type {ConfidenceModel} from '../src/index.js'
import {sourceChoices} from '../src/model/boundary-sources.js'
import {boundaryExamples} from '../src/model/boundary-train.js'
import {cueStartsOf, rerankBoundaries, type BoundaryModel} from '../src/model/boundaries.js'
import {encodeWeights} from '../src/model/confidence.js'
import {DEFAULT_MODEL} from '../src/model/decide.js'
import {FeatureIndexes, nameHash} from '../src/model/features.js'
import {gold} from './helpers.js'

const SIZE = 1 << 16

/** A re-ranker that moves no content and whose source weights are all 0 but `weight` on `name=value`. */
function sourceWeight(name: string, value: string, weight: number): BoundaryModel {
  const out = new FeatureIndexes(SIZE)
  out.addMixed(nameHash(name), nameHash(value))
  const weights = new Float64Array(SIZE)
  weights[out.indexes[0]] = weight
  const zero = encodeWeights(new Float64Array(SIZE), 0.001)
  return {
    size: SIZE,
    scale: 0.001,
    weights: zero,
    margin: 0,
    sources: {size: SIZE, scale: 0.001, weights: encodeWeights(weights, 0.001), margin: 0}
  }
}

describe('sourceChoices', () => {
  it.each([
    {
      name: 'a source after a comma: ends a word at a time in; starts at the sentence, and a word at a time in (none out past the comma)',
      text: 'On the quay, the ferry captain said the crossing was rough.',
      ends: ['the ferry captain', 'the ferry', 'the'],
      starts: ['the ferry captain', 'On the quay, the ferry captain', 'ferry captain', 'captain']
    },
    {
      name: 'a name with initials and a bracket: inside the rules source no end at a mark, four words in; starts a word at a time in',
      text: 'Rep. J.K. Moll (D-Ore.) said the bill would pass.',
      ends: ['Rep. J.K. Moll (D-Ore.)', 'Rep. J.K. Moll (D-', 'Rep. J.K. Moll (', 'Rep. J.K.', 'Rep. J.'],
      starts: ['Rep. J.K. Moll (D-Ore.)', 'J.K. Moll (D-Ore.)', 'Moll (D-Ore.)', 'D-Ore.)', 'K. Moll (D-Ore.)']
    },
    {
      name: 'a source that holds a relative clause: no end inside the clause',
      text: 'Two nurses who treated them said the ward was full.',
      ends: ['Two nurses who treated them'],
      starts: ['Two nurses who treated them', 'nurses who treated them', 'who treated them', 'treated them']
    },
    {
      name: 'a source after a clause word, not before one: the sentence start and the mark are offered again',
      text: 'The storm delayed the ferry, which the captain said would sail at noon.',
      ends: ['the captain', 'the'],
      starts: ['the captain', 'The storm delayed the ferry, which the captain', 'which the captain', 'captain']
    }
  ])('$name', ({text, ends, starts}) => {
    const result = extractAttributions(text, {model: null})
    const first = result.attributions[0]
    const source = first.source!
    const [end, start] = sourceChoices(text, first, cueStartsOf(result), SIZE)
    expect([end.edge, start.edge]).toEqual(['end', 'start'])
    expect(end.candidates.map((c) => text.slice(source.start, c.offset))).toEqual(ends)
    expect(start.candidates.map((c) => text.slice(c.offset, source.end))).toEqual(starts)
  })

  it.each([
    {
      name: 'resolved',
      text: 'Ana Berg left early. Later, she said the office had closed.',
      pronoun: 'she',
      by: 'pronoun'
    },
    {name: 'unresolved', text: '― Tove Lind She said the tram would run late.', pronoun: 'She', by: 'new'},
    {
      name: 'a relative word',
      text: 'The new levy angered a dairy co-operative, which said the rate was unfair.',
      pronoun: 'which',
      by: 'relative'
    }
  ])('offers a pronoun source no alternatives ($name)', ({text, pronoun, by}) => {
    const result = extractAttributions(text, {model: null})
    const later = result.attributions.find((a) => a.source?.text === pronoun)!
    expect(later.source!.resolvedBy).toBe(by)
    expect(sourceChoices(text, later, cueStartsOf(result), SIZE)).toEqual([])
  })
})

describe('rerankBoundaries on sources', () => {
  it('keeps sources in order of first mention, ids renumbered, when a source moves before an earlier one', () => {
    const text = 'I according Dr. declined to comment said said'
    const result = extractAttributions(text)
    expect(result.sources.map((s) => [s.id, s.mentions.map((m) => m.text)])).toEqual([
      ['s1', ['I according Dr.']],
      ['s2', ['Dr. declined to comment']]
    ])
    expect(result.attributions.map((a) => [a.cue.text, a.source?.text, a.source?.sourceId])).toEqual([
      ['declined to comment', 'I according Dr.', 's1'],
      ['said', 'Dr. declined to comment', 's2']
    ])
  })

  it('moves a source to the start its weights favour, and its mention in `sources` with it', () => {
    const text = 'On the quay, the ferry captain said the crossing was rough.'
    const result = extractAttributions(text, {model: null})
    rerankBoundaries(text, result, sourceWeight('source s:kind', 'sentence', 5))
    const [a] = result.attributions
    expect(a.source).toEqual({
      start: 0,
      end: 30,
      text: 'On the quay, the ferry captain',
      sourceId: 's1',
      resolvedBy: 'new'
    })
    expect(result.sources.find((s) => s.id === 's1')!.mentions).toEqual([
      {start: 0, end: 30, text: 'On the quay, the ferry captain'}
    ])
    expect(a.content!.text).toBe('the crossing was rough')
  })

  it('never moves a source over the cue of another claim that names a source', () => {
    const text = 'Ana Ruiz said Omar Haddad declined to comment, and Lee said it rained.'
    const result = extractAttributions(text, {model: null})
    rerankBoundaries(text, result, sourceWeight('source s:kind', 'sentence', 5))
    expect(result.attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text ?? null])).toEqual([
      ['said', 'Ana Ruiz', 'Omar Haddad declined to comment, and Lee said it rained'],
      ['declined to comment', 'Omar Haddad', null],
      ['said', 'Lee', 'it rained']
    ])
  })

  it('keeps the rules source under a model trained without a source re-ranker', () => {
    const text = 'Two engineers who asked not to be named said the bridge was unsafe.'
    const model = {...DEFAULT_MODEL, boundaries: {...DEFAULT_MODEL.boundaries!, sources: undefined}} as ConfidenceModel
    expect(extractAttributions(text, {model}).attributions[0].source!.text).toBe('named')
  })

  it('rejects a source re-ranker without a margin', () => {
    const boundaries = {...DEFAULT_MODEL.boundaries!, sources: {...DEFAULT_MODEL.boundaries!.sources!, margin: 'wide'}}
    expect(() => extractAttributions('Ruiz said so.', {model: {...DEFAULT_MODEL, boundaries}} as never)).toThrow(
      new TypeError('whosaid: expected `options.model.boundaries.sources.margin` to be a number')
    )
  })
})

describe('the shipped source re-ranker', () => {
  it('leaves a relative "who" as written, standing for the words before it, not the clause before them', () => {
    const text = 'The new levy angered dairy farmers, who said the rate was unfair.'
    const result = extractAttributions(text)
    const antecedent = {start: 21, end: 34, text: 'dairy farmers'}
    const who = {start: 36, end: 39, text: 'who'}
    expect(result.attributions.map((a) => [a.cue.text, a.source, a.content?.text])).toEqual([
      ['said', {...who, sourceId: 's1', resolvedBy: 'relative', antecedent}, 'the rate was unfair']
    ])
    expect(result.sources.map((s) => [s.name, s.kind, s.mentions])).toEqual([
      ['dairy farmers', 'group', [antecedent, who]]
    ])
  })

  it.each([
    {
      name: 'takes in the relative clause of an unnamed source',
      text: 'Two engineers who asked not to be named said the bridge was unsafe.',
      rules: 'named',
      source: {start: 0, end: 39, text: 'Two engineers who asked not to be named'},
      cue: {start: 40, end: 44, text: 'said'},
      content: {start: 45, end: 66, text: 'the bridge was unsafe'}
    },
    {
      name: 'takes in the first of two coordinated sources',
      text: 'Residents of the valley and the mayor said the river had risen.',
      rules: 'the mayor',
      source: {start: 0, end: 37, text: 'Residents of the valley and the mayor'},
      cue: {start: 38, end: 42, text: 'said'},
      content: {start: 43, end: 62, text: 'the river had risen'}
    },
    {
      name: 'takes in the report a finding comes from',
      text: 'A report released by the water agency last month found that the lake had shrunk.',
      rules: 'the water agency',
      source: {start: 0, end: 37, text: 'A report released by the water agency'},
      cue: {start: 49, end: 54, text: 'found'},
      content: {start: 55, end: 79, text: 'that the lake had shrunk'}
    }
  ])('$name', ({text, rules, source, cue, content}) => {
    expect(extractAttributions(text, {boundaries: 'rules'}).attributions[0].source!.text).toBe(rules)
    const result = extractAttributions(text)
    const [a] = result.attributions
    expect({source: a.source, cue: a.cue, content: a.content, mode: a.mode}).toEqual({
      source: {...source, sourceId: 's1', resolvedBy: 'new'},
      cue,
      content,
      mode: 'indirect'
    })
    expect(result.sources[0].mentions).toEqual([source])
  })
})

describe('training the source re-ranker', () => {
  it('labels each source edge by the candidate that trims to the gold edge', () => {
    const documents = [
      gold('g1', 'On the quay, the ferry captain said the crossing was rough.', [
        {cue: 'said', source: 'the ferry captain', content: 'the crossing was rough'}
      ]),
      gold('g2', 'Residents of the valley and the mayor said the river had risen.', [
        {cue: 'said', source: 'Residents of the valley and the mayor', content: 'the river had risen'}
      ])
    ]
    const examples = documents.flatMap((d) =>
      boundaryExamples(d, extractAttributions(d.text, {model: null}), SIZE, 'source')
    )
    // [candidates, index of the right one]: g1's edges and g2's end are the rules' own; g2's start is the sentence's.
    expect(examples.map((e) => [e.candidates.length, e.right])).toEqual([
      [3, 0],
      [4, 0],
      [2, 0],
      [6, 1]
    ])
  })
})
