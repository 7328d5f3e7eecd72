/**
 * Property tests: for any string, extractAttributions returns without
 * throwing, every span is exact, ids resolve, order and determinism hold
 * (see invariants.js). Bounded so the suite stays quick.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extractAttributions} from '../src/index.js'
import {newsText, soupText, unicodeText} from '../scripts/news-generator.mjs'
import {checkRun, firstDifference} from './invariants.js'

const extract = (text: string) => extractAttributions(text)

/** Assert the property, showing the violations of the failing input. */
function holds(text: string): boolean {
  const violations = checkRun(extract, text)
  if (violations.length > 0)
    throw new Error(`${violations.slice(0, 5).join('\n')}\ninput: ${JSON.stringify(text).slice(0, 300)}`)
  return true
}

const codeUnit = fc.integer({min: 0, max: 0xffff}).map((c) => String.fromCharCode(c))
const choices = (max: number) => fc.array(fc.nat(), {maxLength: max})

describe('invariants hold for any string', () => {
  it('full Unicode strings (code points)', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 200}), holds), {numRuns: 250})
  })

  it('any UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({unit: codeUnit, maxLength: 200}), holds), {numRuns: 250})
  })

  it('random code points mixed with cue words and quotation marks', () => {
    fc.assert(fc.property(choices(200).map(unicodeText), holds), {numRuns: 250})
  })

  it('token soup of cues, names, marks and odd characters', () => {
    fc.assert(fc.property(choices(80).map(soupText), holds), {numRuns: 300})
  })

  it('news-like text with damaged quotes, boilerplate, CRLF and NBSP', () => {
    fc.assert(fc.property(choices(240).map(newsText), holds), {numRuns: 300})
  })

  it('text wrapped in whitespace, marks or boilerplate keeps exact offsets', () => {
    const wrapper = fc.constantFrom(
      '',
      ' ',
      '\r\n',
      '\n\n',
      '\ufeff',
      '\u200b',
      '“',
      '"',
      '\ud800',
      'Share this\n\n',
      'Reply\r\n'
    )
    fc.assert(
      fc.property(wrapper, choices(240).map(newsText), wrapper, (before, body, after) => holds(before + body + after)),
      {numRuns: 150}
    )
  })
})

describe('the result does not depend on earlier calls', () => {
  it('same input, same output, whatever ran in between', () => {
    const options = fc.constantFrom(
      undefined,
      {categories: ['speech' as const]},
      {includeRefusals: false},
      {verbs: ['opine'], outlets: ['Coastal Herald']},
      {verbs: {muse: 'belief' as const}}
    )
    fc.assert(
      fc.property(choices(240).map(newsText), choices(240).map(newsText), options, (text, other, between) => {
        const first = extractAttributions(text)
        extractAttributions(other, between)
        const second = extractAttributions(text)
        expect(firstDifference(first, second)).toBeNull()
      }),
      {numRuns: 100}
    )
  })
})
