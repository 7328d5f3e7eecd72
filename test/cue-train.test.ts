/**
 * The cue decider's training pieces: averaged SGD (the mean of the weights
 * after every update) and cross-fitting (one decider per fold of documents,
 * fitted on the other folds).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/extract.js'
import {trainCueDeciders, trainCueModel} from '../src/model/cue-train.js'
import {fitLogistic, sigmoid, type LabelledIndexes} from '../src/model/logistic.js'
import {gold} from './helpers.js'

/** Two examples over four weights: the first right (features 0 and 1), the second wrong (0 and 2). */
const TINY: LabelledIndexes[] = [
  {indexes: Int32Array.from([0, 1]), right: true},
  {indexes: Int32Array.from([0, 2]), right: false}
]

// By hand, one pass at rate 0.2 without penalty: the first update adds 0.2 × 0.5 to weights 0
// and 1; the second, at z = 0.1, adds 0.2 × (0 − σ(0.1)) to weights 0 and 2.
const SECOND = -0.2 * sigmoid(0.1)

describe('fitLogistic', () => {
  it.each([
    {
      name: 'plain SGD returns the weights after the last update',
      average: false,
      expected: [0.1 + SECOND, 0.1, SECOND, 0]
    },
    {
      name: 'averaged SGD returns the mean of the weights after each update',
      average: true,
      expected: [(0.1 + 0.1 + SECOND) / 2, 0.1, SECOND / 2, 0]
    }
  ])('$name', ({average, expected}) => {
    const weights = [...fitLogistic(TINY, 4, 1, 0, {average})]
    expect(weights).toHaveLength(4)
    weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 12))
  })

  it('averages to the mean of the plain weights after each of one pass’s updates', () => {
    const example = fc.record({
      indexes: fc.array(fc.integer({min: 0, max: 7}), {minLength: 1, maxLength: 4}).map((a) => Int32Array.from(a)),
      right: fc.boolean()
    })
    fc.assert(
      fc.property(fc.array(example, {minLength: 1, maxLength: 12}), fc.constantFrom(0, 1e-3, 0.1), (data, l2) => {
        const mean = new Array<number>(8).fill(0)
        for (let t = 1; t <= data.length; t++)
          fitLogistic(data.slice(0, t), 8, 1, l2).forEach((w, i) => (mean[i] += w / data.length))
        const averaged = fitLogistic(data, 8, 1, l2, {average: true})
        averaged.forEach((w, i) => expect(w).toBeCloseTo(mean[i], 9))
      })
    )
  })
})

/** Four documents of our own, each with a listed verb the decider judges. */
const DOCUMENTS = [
  gold('d0', 'Ana Berg said the office had closed.', [
    {cue: 'said', source: 'Ana Berg', content: 'the office had closed'}
  ]),
  gold('d1', 'The mayor argued that the bridge was safe.', [
    {cue: 'argued', source: 'The mayor', content: 'that the bridge was safe'}
  ]),
  gold('d2', 'The ferry added a stop at the pier.', []),
  gold('d3', 'Tom Vance claimed the fares would fall.', [
    {cue: 'claimed', source: 'Tom Vance', content: 'the fares would fall'}
  ])
]
const RESULTS = DOCUMENTS.map((document) => findAttributions(document.text, {model: null, cues: 'broad'}, undefined))

describe('trainCueDeciders', () => {
  it('fits fold f on the documents i with i % folds ≠ f, and the shipped decider on all', () => {
    const {model, folds} = trainCueDeciders(DOCUMENTS, RESULTS, {}, 2)
    const without = (fold: number) => {
      const keep = (_: unknown, i: number) => i % 2 !== fold
      return trainCueModel(DOCUMENTS.filter(keep), RESULTS.filter(keep))
    }
    expect({model, folds}).toEqual({model: trainCueModel(DOCUMENTS, RESULTS), folds: [without(0), without(1)]})
    expect(folds[0].weights).not.toBe(folds[1].weights)
  })

  it.each([0, 1])('fits no fold deciders when asked for %i folds', (count) => {
    expect(trainCueDeciders(DOCUMENTS, RESULTS, {}, count).folds).toEqual([])
  })
})
