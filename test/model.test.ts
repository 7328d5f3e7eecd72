/**
 * The confidence model: feature hashing, weight encoding, calibration,
 * training (deterministic, on gold documents of our own), the `model` and
 * `minConfidence` options, and the evaluation figures built on outcomes.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  calibrationBands,
  extractAttributions,
  outcomesByRule,
  predictionOutcomes,
  RULES,
  trainConfidenceModel
} from '../src/index.js'
import type {ConfidenceModel, GoldDocument, PredictionOutcome} from '../src/index.js'
import {calibrate, encodeWeights, weightsOf} from '../src/model/confidence.js'
import {FeatureIndexes, hashFeature, nameHash} from '../src/model/features.js'
import {formatModel} from '../src/model/format.js'
import {newsText} from '../scripts/news-generator.mjs'
import {gold} from './helpers.js'

/** A model whose every weight is zero and whose calibration is `scores` → `probabilities`. */
function flatModel(scores: number[], probabilities: number[], size = 16): ConfidenceModel {
  return {
    format: 'whosaid-confidence',
    version: 1,
    size,
    scale: 0.001,
    weights: encodeWeights(new Float64Array(size), 0.001),
    calibration: {scores, probabilities},
    trainedOn: {documents: 0, attributions: 0, right: 0}
  }
}

describe('hashFeature', () => {
  it.each([
    {
      name: 'the empty string is the FNV-1a offset basis (0x811c9dc5), folded',
      value: '',
      size: 2 ** 24,
      expected: 0x1c9dc5
    },
    {name: '"a" hashes as in FNV-1a (0xe40c292c), folded', value: 'a', size: 2 ** 24, expected: 0x0c292c},
    {name: 'a small space keeps the low bits', value: 'a', size: 16, expected: 0xc}
  ])('$name', ({value, size, expected}) => {
    expect(hashFeature(value, size)).toBe(expected)
  })
})

describe('FeatureIndexes', () => {
  it.each([
    {name: 'a bare name', parts: ['bias'] as [string, string?, string?], joined: 'bias'},
    {
      name: 'a name and a value',
      parts: ['rule', 'verb-subject'] as [string, string?, string?],
      joined: 'rule=verb-subject'
    },
    {
      name: 'a name and two values',
      parts: ['rule|lemma', 'verb-subject', 'say'] as [string, string?, string?],
      joined: 'rule|lemma=verb-subject|say'
    },
    {name: 'empty values', parts: ['cue', ''] as [string, string?, string?], joined: 'cue='}
  ])('hashes $name as hashFeature hashes the joined string', ({parts, joined}) => {
    const out = new FeatureIndexes(1 << 14)
    out.add(...parts)
    expect(out.indexes).toEqual([hashFeature(joined, 1 << 14)])
  })

  it.each([
    {name: 'a bare name', parts: ['bias'] as [string, string?, string?], joined: 'bias'},
    {
      name: 'a name and a value',
      parts: ['rule', 'verb-subject'] as [string, string?, string?],
      joined: 'rule=verb-subject'
    },
    {
      name: 'a name and two values',
      parts: ['rule|lemma', 'verb-subject', 'say'] as [string, string?, string?],
      joined: 'rule|lemma=verb-subject|say'
    }
  ])('hashes $name given as nameHash as add does', ({parts: [name, value, second], joined}) => {
    const out = new FeatureIndexes(1 << 14)
    out.addNamed(nameHash(name), value, second)
    expect(out.indexes).toEqual([hashFeature(joined, 1 << 14)])
  })
})

describe('weights as 16-bit integers in base64', () => {
  it('decodes what it encoded, at three decimals, clamped to the 16-bit range', () => {
    const model = {
      ...flatModel([0], [0.5], 8),
      weights: encodeWeights(Float64Array.from([0.5, -0.25, 0, 1.2345, -0.0004, 40, -40, 0.0006]), 0.001)
    }
    expect(Array.from(weightsOf(model), (w) => Math.round(w * 1000) / 1000)).toEqual([
      0.5, -0.25, 0, 1.235, 0, 32.767, -32.768, 0.001
    ])
  })

  it('round-trips any weights within the range', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: -32768, max: 32767}), {minLength: 1, maxLength: 64}), (steps) => {
        const size = 2 ** Math.ceil(Math.log2(steps.length))
        const weights = new Float64Array(size)
        steps.forEach((step, i) => (weights[i] = step * 0.001))
        const decoded = weightsOf({...flatModel([0], [0.5], size), weights: encodeWeights(weights, 0.001)})
        return steps.every((step, i) => Math.round(decoded[i] * 1000) === step)
      })
    )
  })
})

describe('calibrate', () => {
  const model = flatModel([-1, 0, 2], [0.1, 0.5, 0.9])
  it.each([
    {name: 'below the first score: the first probability', z: -5, expected: 0.1},
    {name: 'at a score: its probability', z: 0, expected: 0.5},
    {name: 'between two scores: linear', z: 1, expected: 0.7},
    {name: 'between the first two', z: -0.5, expected: 0.3},
    {name: 'beyond the last score: the last probability', z: 9, expected: 0.9}
  ])('$name', ({z, expected}) => {
    expect(calibrate(model, z)).toBeCloseTo(expected, 10)
  })

  it('takes the later probability where two scores are equal', () => {
    expect(calibrate(flatModel([-1, 0, 0, 1], [0.1, 0.2, 0.4, 0.6]), 0)).toBe(0.4)
  })
})

describe('the model and minConfidence options', () => {
  const text = 'Mayor Ana Ruiz said the bridge would reopen in May. The harbour board declined to comment.'

  it('with model: null each attribution keeps its rule prior', () => {
    const {attributions} = extractAttributions(text, {model: null})
    expect(attributions.map((a) => [a.rule, a.confidence])).toEqual([
      ['verb-subject', 0.8],
      ['refusal', 0.85]
    ])
  })

  it("a model's calibration sets the confidence; refusals keep their prior", () => {
    const {attributions} = extractAttributions(text, {model: flatModel([0], [0.4])})
    expect(attributions.map((a) => [a.rule, a.confidence])).toEqual([
      ['verb-subject', 0.4],
      ['refusal', 0.85]
    ])
  })

  it('minConfidence drops the attributions below it and the sources only they mention', () => {
    const result = extractAttributions(text, {model: flatModel([0], [0.4]), minConfidence: 0.5})
    expect(result.attributions.map((a) => [a.cue.text, a.confidence])).toEqual([['declined to comment', 0.85]])
    expect(result.sources.map((s) => s.name)).toEqual(['The harbour board'])
    expect(result.attributions[0].source?.sourceId).toBe(result.sources[0].id)
  })

  it('minConfidence keeps the members of a group it keeps', () => {
    const both = 'Both Senator Ada Moll and Governor Rui Sato said the bridge was safe. The plan seems to work.'
    const result = extractAttributions(both, {model: null, minConfidence: 0.7})
    expect(result.attributions.map((a) => [a.rule, a.source?.text])).toEqual([
      ['verb-subject', 'Both Senator Ada Moll and Governor Rui Sato']
    ])
    expect(result.sources.map((s) => [s.id, s.name, s.members])).toEqual([
      ['s1', 'Senator Ada Moll and Governor Rui Sato', ['s2', 's3']],
      ['s2', 'Ada Moll', undefined],
      ['s3', 'Rui Sato', undefined]
    ])
  })

  it('minConfidence keeps an attribution whose confidence equals it', () => {
    const result = extractAttributions(text, {model: flatModel([0], [0.4]), minConfidence: 0.4})
    expect(result.attributions).toHaveLength(2)
  })

  it('the shipped model gives every attribution of generated news a probability with three decimals', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), {maxLength: 200}), (choices) => {
        const {attributions} = extractAttributions(newsText(choices))
        return attributions.every(
          (a) => a.confidence >= 0 && a.confidence <= 1 && Math.round(a.confidence * 1000) === a.confidence * 1000
        )
      }),
      {numRuns: 60}
    )
  })

  it('a higher minConfidence keeps a subset, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), {maxLength: 200}),
        fc.double({min: 0, max: 1, noNaN: true}),
        (choices, threshold) => {
          const input = newsText(choices)
          const all = extractAttributions(input).attributions
          const kept = extractAttributions(input, {minConfidence: threshold}).attributions
          const expected = all.filter((a) => a.confidence >= threshold)
          return JSON.stringify(kept) === JSON.stringify(expected)
        }
      ),
      {numRuns: 40}
    )
  })

  it.each([
    {
      name: 'minConfidence below 0',
      options: {minConfidence: -0.1},
      message: 'whosaid: expected `options.minConfidence` to be a number from 0 to 1, got -0.1'
    },
    {
      name: 'minConfidence above 1',
      options: {minConfidence: 1.5},
      message: 'whosaid: expected `options.minConfidence` to be a number from 0 to 1, got 1.5'
    },
    {
      name: 'minConfidence not a number',
      options: {minConfidence: '0.5'},
      message: 'whosaid: expected `options.minConfidence` to be a number from 0 to 1, got "0.5"'
    },
    {
      name: 'minConfidence NaN',
      options: {minConfidence: Number.NaN},
      message: 'whosaid: expected `options.minConfidence` to be a number from 0 to 1, got NaN'
    },
    {
      name: 'a model that is a string',
      options: {model: 'model.json'},
      message: 'whosaid: expected `options.model` to be a model object or null, got string'
    },
    {
      name: 'a model of another format',
      options: {model: {...flatModel([0], [0.5]), format: 'other'}},
      message: 'whosaid: expected `options.model` to be a whosaid-confidence model of version 1 (from whosaid-train)'
    },
    {
      name: 'a size that is not a power of two',
      options: {model: {...flatModel([0], [0.5]), size: 12}},
      message: 'whosaid: expected `options.model.size` to be a power of two up to 2^24'
    },
    {
      name: 'weights of the wrong length',
      options: {model: {...flatModel([0], [0.5]), weights: 'AAAA'}},
      message: 'whosaid: expected `options.model.weights` to be 16 16-bit weights in base64'
    },
    {
      name: 'a scale of zero',
      options: {model: {...flatModel([0], [0.5]), scale: 0}},
      message: 'whosaid: expected `options.model.scale` to be a positive number'
    },
    {
      name: 'a calibration whose probabilities fall',
      options: {model: flatModel([0, 1], [0.6, 0.4])},
      message:
        'whosaid: expected `options.model.calibration` to be {scores, probabilities}: equal-length, non-decreasing lists, probabilities in [0, 1]'
    },
    {
      name: 'a calibration of unequal lists',
      options: {model: flatModel([0, 1], [0.4])},
      message:
        'whosaid: expected `options.model.calibration` to be {scores, probabilities}: equal-length, non-decreasing lists, probabilities in [0, 1]'
    }
  ])('rejects $name', ({options, message}) => {
    expect(() => extractAttributions('Ruiz said so.', options as never)).toThrow(new TypeError(message))
  })
})

const GOLD: GoldDocument[] = [
  gold('d1', 'Mayor Ana Ruiz said the bridge would reopen in May.', [
    {cue: 'said', source: 'Mayor Ana Ruiz', content: 'the bridge would reopen in May'}
  ]),
  gold('d2', 'The ferry captain said the crossing was calm.', []),
  gold('d3', '“We will rebuild the pier,” the harbour master said.', [
    {cue: 'said', source: 'the harbour master', content: '“We will rebuild the pier,”'}
  ]),
  gold('d4', 'Two nurses told reporters that the ward was full.', [
    {cue: 'told', source: 'Two nurses', content: 'that the ward was full'}
  ]),
  gold('d5', 'The coach said the team had trained hard.', []),
  gold('d6', 'According to the league, the final was sold out.', [
    {cue: 'According to', source: 'the league', content: 'the final was sold out'}
  ])
]

describe('predictionOutcomes, calibrationBands and outcomesByRule', () => {
  const outcomes = GOLD.flatMap((document) =>
    predictionOutcomes(document, extractAttributions(document.text, {model: null}).attributions)
  )

  it('judges each prediction: linked to a gold relation, and whether its cue was found', () => {
    expect(outcomes).toEqual([
      {rule: 'verb-subject', confidence: 0.8, right: true, cueFound: true},
      {rule: 'verb-subject', confidence: 0.8, right: false, cueFound: false},
      {rule: 'verb-inverted', confidence: 0.85, right: true, cueFound: true},
      {rule: 'verb-subject', confidence: 0.8, right: true, cueFound: true},
      {rule: 'verb-subject', confidence: 0.8, right: false, cueFound: false},
      {rule: 'according-to', confidence: 0.9, right: true, cueFound: true}
    ])
  })

  it('groups them into ten bands of confidence', () => {
    const bands = calibrationBands(outcomes)
    expect(bands.map((b) => [b.from, b.count, b.right])).toEqual([
      [0, 0, 0],
      [0.1, 0, 0],
      [0.2, 0, 0],
      [0.3, 0, 0],
      [0.4, 0, 0],
      [0.5, 0, 0],
      [0.6, 0, 0],
      [0.7, 0, 0],
      [0.8, 5, 3],
      [0.9, 1, 1]
    ])
    expect(bands[8].share).toBeCloseTo(0.6, 10)
    expect(bands[8].mean).toBeCloseTo(0.81, 10)
  })

  it('gives precision and part of the recall per rule, most predictions first, then the silent rules', () => {
    const fired = ['verb-subject', 'according-to', 'verb-inverted']
    const silent = RULES.filter((rule) => !fired.includes(rule.id)).map((rule) => ({
      rule: rule.id,
      family: rule.family,
      predicted: 0,
      right: 0,
      precision: 0,
      recall: 0,
      cuePrecision: 0
    }))
    expect(outcomesByRule(outcomes, 4)).toEqual([
      {rule: 'verb-subject', family: 'verb', predicted: 4, right: 2, precision: 0.5, recall: 0.5, cuePrecision: 0.5},
      {rule: 'according-to', family: 'according', predicted: 1, right: 1, precision: 1, recall: 0.25, cuePrecision: 1},
      {rule: 'verb-inverted', family: 'verb', predicted: 1, right: 1, precision: 1, recall: 0.25, cuePrecision: 1},
      ...silent
    ])
    expect(silent).toHaveLength(RULES.length - 3)
  })

  it('gives a rule the registry does not hold no family', () => {
    const other: PredictionOutcome = {rule: 'their-rule', confidence: 0.5, right: true, cueFound: true}
    expect(outcomesByRule([other], 2)[0]).toEqual({
      rule: 'their-rule',
      family: null,
      predicted: 1,
      right: 1,
      precision: 1,
      recall: 0.5,
      cuePrecision: 1
    })
  })

  it('puts a confidence of exactly 1 in the last band', () => {
    const one: PredictionOutcome = {rule: 'r', confidence: 1, right: true, cueFound: true}
    expect(calibrationBands([one])[9].count).toBe(1)
  })
})

describe('trainConfidenceModel', () => {
  it('learns from gold documents and records what it learned from', () => {
    const model = trainConfidenceModel(GOLD, {size: 256, folds: 2, cues: false})
    expect(model.format).toBe('whosaid-confidence')
    expect(model.size).toBe(256)
    expect(model.trainedOn).toEqual({documents: 6, attributions: 6, right: 4})
    expect(model.weights).toHaveLength(4 * Math.ceil(512 / 3))
    const {attributions} = extractAttributions(GOLD[0].text, {model})
    expect(attributions).toHaveLength(1)
    expect(attributions[0].confidence).toBeGreaterThanOrEqual(0)
    expect(attributions[0].confidence).toBeLessThanOrEqual(1)
  })

  it('is deterministic: the same documents give the same model file, byte for byte', () => {
    expect(formatModel(trainConfidenceModel(GOLD, {size: 256, folds: 2, cues: false}))).toBe(
      formatModel(trainConfidenceModel(GOLD, {size: 256, folds: 2, cues: false}))
    )
  })

  it('writes a model file that parses back to the same model', () => {
    const model = trainConfidenceModel(GOLD, {size: 256, folds: 2, cues: false})
    expect(JSON.parse(formatModel(model))).toEqual(model)
  })

  it.each([
    {
      name: 'documents where every attribution is right',
      documents: [GOLD[0], GOLD[2]],
      message: 'whosaid-train: need both right and wrong attributions to learn from (got 2 of 2 right)'
    },
    {
      name: 'documents with no attribution',
      documents: [gold('e', 'The weather was fine.', [])],
      message: 'whosaid-train: need both right and wrong attributions to learn from (got 0 of 0 right)'
    }
  ])('refuses $name', ({documents, message}) => {
    expect(() => trainConfidenceModel(documents, {size: 256})).toThrow(new TypeError(message))
  })

  it('refuses a feature space that is not a power of two', () => {
    expect(() => trainConfidenceModel(GOLD, {size: 100})).toThrow(
      new TypeError('whosaid-train: `size` must be a power of two')
    )
  })
})
