/**
 * The public surface of 'whosaid': exported names, the result shape, errors
 * for bad arguments, and each option. All sentences are invented.
 */
import {describe, expect, it} from 'vitest'
import * as whosaid from '../src/index.js'
import {extractAttributions} from '../src/index.js'
import {runCase, type Case} from './helpers.js'

describe('exports', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(whosaid).sort()).toEqual([
      'BASELINE_FORMAT',
      'GGT_CATEGORIES',
      'GoldFormatError',
      'RULES',
      'SourceTally',
      'calibrationBands',
      'compareBaseline',
      'extractAttributions',
      'f1Figures',
      'formatGgtReport',
      'formatReport',
      'ggtDocumentProblem',
      'normalizeName',
      'outcomesByRule',
      'parseGoldJsonl',
      'predictionOutcomes',
      'retextAttribution',
      'scoreDocuments',
      'scoreGgt',
      'scorePredictions',
      'summarizeSources',
      'toBaseline',
      'trainConfidenceModel'
    ])
  })

  it.each([
    'extractAttributions',
    'retextAttribution',
    'compareBaseline',
    'f1Figures',
    'formatReport',
    'parseGoldJsonl',
    'scoreDocuments',
    'scorePredictions',
    'toBaseline',
    'GoldFormatError',
    'scoreGgt',
    'formatGgtReport',
    'ggtDocumentProblem',
    'normalizeName',
    'calibrationBands',
    'outcomesByRule',
    'predictionOutcomes',
    'trainConfidenceModel',
    'summarizeSources',
    'SourceTally'
  ])('%s is a function', (name) => {
    expect(typeof (whosaid as Record<string, unknown>)[name]).toBe('function')
  })

  it('GoldFormatError is an Error subclass', () => {
    expect(whosaid.GoldFormatError.prototype).toBeInstanceOf(Error)
  })
})

describe('result shape', () => {
  const input = 'Pask said the tram line was a folly, according to the council. The airline declined to comment.'
  const result = extractAttributions(input)

  it('has exactly attributions, sources and skipped', () => {
    expect(Object.keys(result).sort()).toEqual(['attributions', 'skipped', 'sources'])
    expect(Array.isArray(result.attributions)).toBe(true)
    expect(Array.isArray(result.sources)).toBe(true)
  })

  it('an attribution has exactly the documented fields', () => {
    const a = result.attributions[0]
    expect(Object.keys(a).sort()).toEqual([
      'category',
      'confidence',
      'content',
      'cue',
      'cueScore',
      'lemma',
      'mode',
      'negated',
      'paragraph',
      'rule',
      'sentence',
      'source',
      'via'
    ])
    expect(a.lemma).toBe('say')
    expect(a.negated).toBe(false)
    expect(a.confidence).toBeGreaterThanOrEqual(0)
    expect(a.confidence).toBeLessThanOrEqual(1)
    expect(a.paragraph).toBe(0)
    expect(a.sentence.text).toBe(input.slice(a.sentence.start, a.sentence.end))
    expect(a.sentence.text).toContain('Pask said')
    expect(Object.keys(a.source!).sort()).toEqual(['end', 'resolvedBy', 'sourceId', 'start', 'text'])
  })

  it('a source has exactly id, name, kind, anonymous, mentions (and gender when a person); ids are s1, s2 … in order of first mention', () => {
    expect(result.sources.map((s) => Object.keys(s).sort())).toEqual(
      result.sources.map((s) =>
        s.kind === 'person'
          ? ['anonymous', 'gender', 'id', 'kind', 'mentions', 'name']
          : ['anonymous', 'id', 'kind', 'mentions', 'name']
      )
    )
    expect(result.sources.map((s) => s.id)).toEqual(result.sources.map((_, i) => `s${i + 1}`))
    for (const s of result.sources) for (const m of s.mentions) expect(m.text).toBe(input.slice(m.start, m.end))
  })

  it('the empty string gives an empty result', () => {
    expect(extractAttributions('')).toEqual({attributions: [], sources: [], skipped: []})
  })
})

describe('TypeError for bad arguments', () => {
  const categories = 'speech, writing, report, statement, belief, stance, intention, evidence, refusal'
  it.each([
    ['text is a number', [42], 'whosaid: expected `text` to be a string, got number'],
    ['text is null', [null], 'whosaid: expected `text` to be a string, got null'],
    ['text is missing', [], 'whosaid: expected `text` to be a string, got undefined'],
    ['text is an array', [['a']], 'whosaid: expected `text` to be a string, got an array'],
    ['options is an array', ['x', []], 'whosaid: expected `options` to be an object, got an array'],
    ['options is a string', ['x', 'speech'], 'whosaid: expected `options` to be an object, got string'],
    [
      'verbs is a number',
      ['x', {verbs: 5}],
      'whosaid: expected `options.verbs` to be an array or an object, got number'
    ],
    ['an empty verb', ['x', {verbs: ['']}], 'whosaid: expected `options.verbs[0]` to be a non-empty string'],
    [
      'a verb map with a bad category',
      ['x', {verbs: {opine: 'loud'}}],
      `whosaid: expected \`options.verbs.opine\` to be a category (${categories}), got "loud"`
    ],
    [
      'outlets is a string',
      ['x', {outlets: 'AFP'}],
      'whosaid: expected `options.outlets` to be an array of strings, got string'
    ],
    [
      'an unknown category',
      ['x', {categories: ['gossip']}],
      `whosaid: expected \`options.categories\` to hold only ${categories}; got "gossip"`
    ],
    [
      'includeRefusals is a string',
      ['x', {includeRefusals: 'no'}],
      'whosaid: expected `options.includeRefusals` to be a boolean, got string'
    ],
    [
      'rules is a string',
      ['x', {rules: 'per'}],
      'whosaid: expected `options.rules` to be an array of rule names, got string'
    ],
    [
      'an unknown rule',
      ['x', {rules: ['per', 'gossip']}],
      `whosaid: expected \`options.rules\` to hold only rule names (${whosaid.RULES.map((r) => r.id).join(', ')}); got "gossip" at index 1`
    ],
    ['a hole in rules', ['x', {rules: [, 'per']}], 'whosaid: expected `options.rules` to hold only rule names (']
  ])('%s', (_name, args, message) => {
    const call = () => (extractAttributions as (...a: unknown[]) => unknown)(...(args as unknown[]))
    expect(call).toThrow(TypeError)
    expect(call).toThrow(message)
  })
})

const OPINE = 'Pask opined that the tram line was a folly.'
// A masthead ending in a word for a news medium ("the Coastal Herald") is an outlet without the option.
const BUGLE = 'Pask told the Coastal Bugle that the tram line was a folly.'
const MIXED = 'Pask said the tram line was a folly. Reyes believes the levy is unfair. The airline declined to comment.'
const pask = {
  source: 'Pask',
  kind: 'person',
  anonymous: false,
  rule: 'verb-subject',
  mode: 'indirect',
  content: 'that the tram line was a folly'
} as const
const paskPlain = {...pask, content: 'the tram line was a folly'} as const

const options: Case[] = [
  {name: 'an unknown verb is not a cue by default', input: OPINE, count: 0, expect: []},
  {
    name: 'verbs: ["opine"] adds it (category speech)',
    input: OPINE,
    options: {verbs: ['opine']},
    count: 1,
    expect: [{cue: 'opined', via: null, category: 'speech', ...pask}]
  },
  {
    name: 'verbs map form sets the category',
    input: OPINE,
    options: {verbs: {opine: 'stance'}},
    count: 1,
    expect: [{cue: 'opined', via: null, category: 'stance', ...pask}]
  },
  {
    name: 'verbs entry form with a category',
    input: OPINE,
    options: {verbs: [{lemma: 'opine', category: 'belief'}]},
    count: 1,
    expect: [{cue: 'opined', via: null, category: 'belief', ...pask}]
  },
  {
    name: 'an unknown outlet is not a via by default',
    input: BUGLE,
    count: 1,
    expect: [{cue: 'told', via: null, category: 'speech', ...pask}]
  },
  {
    name: 'outlets: ["Coastal Bugle"] makes it a via of kind media',
    input: BUGLE,
    options: {outlets: ['Coastal Bugle']},
    count: 1,
    expect: [{cue: 'told', via: 'the Coastal Bugle', viaKind: 'media', category: 'speech', ...pask}]
  },
  {
    name: 'categories narrows the output',
    input: MIXED,
    options: {categories: ['speech']},
    count: 1,
    expect: [{cue: 'said', via: null, category: 'speech', ...paskPlain}]
  },
  {
    name: 'includeRefusals: false drops content-less attributions',
    input: MIXED,
    options: {includeRefusals: false},
    count: 2,
    expect: [
      {cue: 'said', via: null, category: 'speech', ...paskPlain},
      {
        cue: 'believes',
        content: 'the levy is unfair',
        mode: 'indirect',
        source: 'Reyes',
        via: null,
        rule: 'verb-subject',
        category: 'belief',
        kind: 'person',
        anonymous: false
      }
    ]
  },
  {
    name: 'rules narrows the output to the rules named',
    input: MIXED,
    options: {rules: ['refusal']},
    count: 1,
    expect: [
      {
        cue: 'declined to comment',
        content: null,
        mode: 'none',
        source: 'The airline',
        via: null,
        rule: 'refusal',
        category: 'refusal',
        kind: 'organization',
        anonymous: true
      }
    ]
  },
  {
    name: 'an empty rules list reports nothing',
    input: MIXED,
    options: {rules: []},
    count: 0,
    expect: []
  },
  {
    name: 'by default refusals are reported',
    input: MIXED,
    count: 3,
    expect: [
      {cue: 'said', via: null, category: 'speech', ...paskPlain},
      {
        cue: 'believes',
        content: 'the levy is unfair',
        mode: 'indirect',
        source: 'Reyes',
        via: null,
        rule: 'verb-subject',
        category: 'belief',
        kind: 'person',
        anonymous: false
      },
      {
        cue: 'declined to comment',
        content: null,
        mode: 'none',
        source: 'The airline',
        via: null,
        rule: 'refusal',
        category: 'refusal',
        kind: 'organization',
        anonymous: true
      }
    ]
  }
]

describe('options', () => {
  it.each(options.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    runCase(c)
  })

  it('options do not leak into later calls', () => {
    extractAttributions(OPINE, {verbs: ['opine']})
    expect(extractAttributions(OPINE).attributions).toEqual([])
  })
})
