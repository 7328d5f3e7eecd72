/**
 * Rules too rare in the training data for the confidence model to judge:
 * training lists them, their attributions keep the rule's prior, and a
 * model's list is checked like the rest of it.
 */
import {describe, expect, it} from 'vitest'
import {extractAttributions, trainConfidenceModel} from '../src/index.js'
import type {ConfidenceModel} from '../src/index.js'
import {DEFAULT_MODEL} from '../src/model/decide.js'
import {gold} from './helpers.js'

describe('priorRules', () => {
  it.each([
    {
      name: 'the shipped model leaves a dash signature (rare in PolNeAR train) at its prior',
      text: '“The tide waits for no one, and neither do the ferries.” ― Ada Moll',
      model: undefined,
      expected: {rule: 'dash-signature', source: 'Ada Moll', confidence: 0.7}
    },
    {
      name: 'and scores a common rule',
      text: 'Ana Berg said the office had closed.',
      model: {...DEFAULT_MODEL, priorRules: []} as ConfidenceModel,
      expected: {rule: 'verb-subject', source: 'Ana Berg', confidence: 0.896}
    },
    {
      name: 'a model that lists a rule leaves it at its prior',
      text: 'Ana Berg said the office had closed.',
      model: {...DEFAULT_MODEL, priorRules: ['verb-subject']} as ConfidenceModel,
      expected: {rule: 'verb-subject', source: 'Ana Berg', confidence: 0.8}
    }
  ])('$name', ({text, model, expected}) => {
    const [a] = extractAttributions(text, {model}).attributions
    expect({rule: a.rule, source: a.source!.text, confidence: a.confidence}).toEqual(expected)
  })

  it('rejects a list that is not of rule names', () => {
    expect(() => extractAttributions('Ruiz said so.', {model: {...DEFAULT_MODEL, priorRules: [3]}} as never)).toThrow(
      new TypeError('whosaid: expected `options.model.priorRules` to be a list of rule names')
    )
  })

  it('training lists the rules with fewer than one in 500 of the attributions, and only those', () => {
    const said = (i: number) =>
      gold(
        `s${i}`,
        `Ana Berg said the ferry ${i} had left.`,
        i % 3 === 0 ? [] : [{cue: 'said', source: 'Ana Berg', content: `the ferry ${i} had left`}]
      )
    const documents = [
      ...Array.from({length: 520}, (_, i) => said(i)),
      gold('a1', 'The ferry had left, according to the harbour master.', [
        {cue: 'according to', source: 'the harbour master', content: 'The ferry had left'}
      ])
    ]
    const model = trainConfidenceModel(documents, {size: 256, folds: 2, cues: false, boundaries: false})
    expect(model.priorRules).toEqual(['according-to'])
    expect(
      trainConfidenceModel(documents.slice(500), {size: 256, folds: 2, cues: false, boundaries: false}).priorRules
    ).toBeUndefined()
  })
})
