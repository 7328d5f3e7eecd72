/**
 * Hostile inputs (about 30 KB each, so the suite stays quick; the stress
 * script runs them at 500 KB to 1 MB with timings), and arguments of the
 * wrong type. No timing thresholds here.
 */
import {describe, expect, it} from 'vitest'
import {extractAttributions} from '../src/index.js'
import {HOSTILE} from '../scripts/news-generator.mjs'
import {checkInvariants, checkRun} from './invariants.js'

const extract = (text: string) => extractAttributions(text)
const SIZE = 30_000

describe('hostile input: no throw, invariants hold', () => {
  it.each(HOSTILE.map((h) => [h.name, h.build] as const))('%s', (_name, build) => {
    expect(checkRun(extract, build(SIZE))).toEqual([])
  })

  const named: Array<[string, string]> = [
    ['the empty string', ''],
    ['only whitespace', ' \t\n\r\n\u00a0\u3000'],
    ['only quotation marks', '"“”‘’«»„\''],
    ['100,000 unmatched quotes', '“'.repeat(100_000)],
    ['100,000 straight quotes', '"'.repeat(100_000)],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate then said', '\udc00 said the plan failed.'],
    ['NUL inside a quote', 'He said “the\u0000 plan failed.”'],
    ['right-to-left marks around a cue', '\u202eQuist\u202c said \u200fthe levy \u2067would\u2069 pass.'],
    ['zero-width characters everywhere', 'Q\u200bu\u200bi\u200bs\u200bt said\u200b the\u200b plan failed.'],
    ['emoji source', '\ud83d\ude00 said the plan failed, according to \ud83d\udc4d.'],
    ['CRLF paragraphs with a running quote', '“The ferry will run,” he said, “and\r\n\r\n“the tram will stop.”\r\n'],
    ['no whitespace at all', 'Quist,said:“the-levy”would.pass;accordingto:officials.'],
    ['no punctuation at all', 'Quist said the levy would pass Osei said it would not'],
    [
      'words that are Object.prototype keys',
      'constructor said the plan failed. __proto__ said so. toString told hasOwnProperty that valueOf would go.'
    ]
  ]
  it.each(named)('%s', (_name, text) => {
    expect(checkRun(extract, text)).toEqual([])
  })
})

/** How many spans a result holds: a size measure that does not depend on the clock. */
function resultSize(result: ReturnType<typeof extractAttributions>): number {
  let size = 0
  for (const a of result.attributions) size += 2 + (a.cue.parts?.length ?? 1) + (a.content?.parts?.length ?? 1)
  for (const s of result.sources) size += 1 + s.mentions.length
  return size
}

describe('hostile input: the result grows linearly with the input', () => {
  // Doubling the input may at most about double the result; a quadratic
  // blow-up (every attribution collecting every later paragraph) fails here.
  it.each(HOSTILE.map((h) => [h.name, h.build] as const))('%s', (_name, build) => {
    const small = resultSize(extractAttributions(build(8_000)))
    const large = resultSize(extractAttributions(build(16_000)))
    expect(large).toBeLessThanOrEqual(2 * small + 50)
  })
})

describe('wrong types throw a TypeError that says what was expected', () => {
  const badText: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a boolean', true],
    ['an object', {}],
    ['an array', ['He said so.']],
    ['a String object', new String('He said so.')],
    ['a symbol', Symbol('text')],
    ['a bigint', 10n],
    ['a function', () => 'He said so.'],
    ['a Buffer', Buffer.from('He said so.')]
  ]
  it.each(badText)('text: %s', (_name, value) => {
    expect(() => extractAttributions(value as string)).toThrow(TypeError)
    expect(() => extractAttributions(value as string)).toThrow(/whosaid: expected `text` to be a string/)
  })

  const badOptions: Array<[string, unknown, RegExp]> = [
    ['options: a string', 'speech', /expected `options` to be an object, got string/],
    ['options: a number', 1, /expected `options` to be an object, got number/],
    ['options: true', true, /expected `options` to be an object, got boolean/],
    ['options: an array', [], /expected `options` to be an object, got an array/],
    ['options: a function', () => ({}), /expected `options` to be an object, got function/],
    ['verbs: a string', {verbs: 'opine'}, /expected `options.verbs` to be an array or an object/],
    ['verbs: null', {verbs: null}, /expected `options.verbs` to be an array or an object, got null/],
    ['verbs[0]: a number', {verbs: [42]}, /expected `options.verbs\[0\]` to be a string or \{lemma/],
    ['verbs[0]: null', {verbs: [null]}, /expected `options.verbs\[0\]` to be a string or \{lemma/],
    ['verbs[1]: an empty string', {verbs: ['opine', '  ']}, /expected `options.verbs\[1\]` to be a non-empty string/],
    ['verbs[0].lemma: a number', {verbs: [{lemma: 7}]}, /expected `options.verbs\[0\]` to be a string or \{lemma/],
    ['verbs[0].lemma: an empty string', {verbs: [{lemma: ''}]}, /expected `options.verbs\[0\]/],
    [
      'verbs[0].category: unknown',
      {verbs: [{lemma: 'opine', category: 'gossip'}]},
      /expected `options.verbs\[0\].category` to be one of/
    ],
    [
      'verbs[0].forms: a string',
      {verbs: [{lemma: 'foretell', forms: 'foretold'}]},
      /expected `options.verbs\[0\].forms` to be an array of strings/
    ],
    [
      'verbs[0].forms: numbers',
      {verbs: [{lemma: 'foretell', forms: [1]}]},
      /expected `options.verbs\[0\].forms` to be an array of strings/
    ],
    ['verbs map: unknown category', {verbs: {opine: 'gossip'}}, /expected `options.verbs.opine` to be a category/],
    ['verbs map: a number', {verbs: {opine: 3}}, /expected `options.verbs.opine` to be a category/],
    ['verbs map: a bigint', {verbs: {opine: 3n}}, /whosaid: expected `options.verbs.opine` to be a category/],
    ['outlets: a string', {outlets: 'AFP'}, /expected `options.outlets` to be an array of strings, got string/],
    ['outlets: numbers', {outlets: ['AFP', 5]}, /expected `options.outlets` to be an array of strings/],
    [
      'categories: a string',
      {categories: 'speech'},
      /expected `options.categories` to be an array of categories, got string/
    ],
    ['categories: unknown', {categories: ['speech', 'gossip']}, /expected `options.categories` to hold only/],
    [
      'includeRefusals: a string',
      {includeRefusals: 'no'},
      /expected `options.includeRefusals` to be a boolean, got string/
    ],
    ['includeRefusals: null', {includeRefusals: null}, /expected `options.includeRefusals` to be a boolean, got null/]
  ]
  it.each(badOptions)('%s', (_name, options, message) => {
    const call = () => extractAttributions('Quist said the levy would pass.', options as never)
    expect(call).toThrow(TypeError)
    expect(call).toThrow(message)
  })
})

describe('well-formed arguments never throw', () => {
  const entry: Record<string, unknown> = {lemma: 'opine', category: 'speech'}
  entry.self = entry
  const goodOptions: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['an empty object', {}],
    ['empty lists', {verbs: [], outlets: [], categories: []}],
    ['a phrasal verb', {verbs: ['weigh in']}],
    ['a verb named constructor', {verbs: ['constructor']}],
    ['a verb named __proto__', {verbs: ['__proto__']}],
    ['a verb map with constructor', {verbs: {constructor: 'speech'}}],
    ['a verb entry with an extra property', {verbs: [{lemma: 'opine', note: 'house style'}]}],
    ['a verb entry with a circular extra property', {verbs: [entry]}],
    ['outlets with odd whitespace', {outlets: ['  ', 'Coastal\u00a0Herald', '']}],
    ['a frozen options object', Object.freeze({verbs: Object.freeze(['opine']), includeRefusals: false})]
  ]
  it.each(goodOptions)('options: %s', (_name, options) => {
    const text = 'Quist said the levy would pass. The builder opined that it would not.'
    const result = extractAttributions(text, options as never)
    expect(checkInvariants(text, result)).toEqual([])
  })
})
