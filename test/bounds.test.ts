/**
 * Hostile-input bounds, one case per finding of issue 12: run-on quotes
 * crossed with many cues, the backward run of a very long quote, the
 * lexicon cache key, holes in option arrays, many outlets or phrasal verbs
 * sharing a first word, and the quotation-mark index behind the mode. Sizes
 * are counted in results, never in time (the stress script times them).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {extractAttributions, retextAttribution, type ExtractResult, type Options} from '../src/index.js'
import {MAX_CHUNK} from '../src/stages/paragraphs.js'
import {getLexicon, namesOutlet} from '../src/lexicon/index.js'
import {linkAcrossParagraphs} from '../src/stages/chains.js'
import type {RawAttribution} from '../src/stages/cues/index.js'
import {holdsMark, markIndex} from '../src/stages/marks.js'
import type {ParagraphQuotes, Quote} from '../src/stages/quotes.js'
import type {Paragraph} from '../src/stages/tokens.js'
import {runOnQuote} from '../scripts/news-generator.mjs'
import {checkInvariants} from './invariants.js'

/** Content pieces over all attributions of a result. */
function contentParts(text: string, options?: Options): number {
  let parts = 0
  for (const a of extractAttributions(text, options).attributions)
    parts += a.content?.parts?.length ?? (a.content ? 1 : 0)
  return parts
}

describe('a quotation running through paragraphs, with many cues', () => {
  it('goes, whole, to the cue nearest it; the other cues keep their own sentence', () => {
    const text = 'Quist said that Osei said that “the ferry\n\n“will run all winter\n\n“and stop in spring.”'
    const result = extractAttributions(text)
    expect(checkInvariants(text, result)).toEqual([])
    expect(
      result.attributions.map((a) => [
        a.cue.text,
        a.source?.text,
        a.content?.text,
        a.content?.parts?.map((p) => p.text) ?? null
      ])
    ).toEqual([
      ['said', 'Quist', 'that Osei said that “the ferry', null],
      [
        'said',
        'Osei',
        text.slice(text.indexOf('that “the')),
        ['that “the ferry', '“will run all winter', '“and stop in spring.”']
      ]
    ])
  })

  it('300 cues before a quote through 1,001 paragraphs: one piece per cue plus the run (was cues × paragraphs)', () => {
    const text = runOnQuote(26_000, 'forward', 300)
    const paragraphs = text.split('\n\n').length
    expect(paragraphs).toBe(1002)
    // 299 one-piece contents, and the nearest cue's content in one piece per paragraph: the
    // rules' pieces, without the cue decider, whose scores on this made-up text sit near its threshold.
    expect(contentParts(text, {model: null})).toBe(299 + paragraphs)
  })

  it('400 cues after a quote that runs back through 1,001 paragraphs: the first cue takes the run', () => {
    const text = runOnQuote(26_000, 'backward', 400)
    const paragraphs = text.split('\n\n').length
    expect(paragraphs).toBe(1002)
    const parts = extractAttributions(text).attributions.map((a) => a.content?.parts?.length ?? 1)
    // The first cue takes the run; the others keep at most two pieces of their own sentence (was the run each).
    expect(parts.length).toBe(400)
    expect(parts[0]).toBe(paragraphs)
    expect(parts.slice(1).filter((n) => n > 2)).toEqual([])
  })
})

describe('the retext plugin on run-on quotes: its own part is linear', () => {
  // The parse (retext-english) is the user's and is timed apart by the stress script; the plugin
  // must build no more than extractAttributions does from the same text.
  const plugin = (text: string): ExtractResult => {
    const processor = unified().use(retextEnglish).use(retextAttribution)
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    return {
      attributions: file.data.attributions ?? [],
      sources: file.data.sources ?? [],
      skipped: file.data.skipped ?? []
    }
  }
  const pieces = (result: ExtractResult) =>
    result.attributions.reduce((sum, a) => sum + (a.content?.parts?.length ?? (a.content ? 1 : 0)), 0)

  it.each([
    {direction: 'forward' as const, cues: 300, expected: (paragraphs: number) => 299 + paragraphs},
    {direction: 'backward' as const, cues: 400, expected: (paragraphs: number) => paragraphs + 2 * 399}
  ])(
    '$cues cues $direction of a quote through 1,001 paragraphs: the pieces extractAttributions gives',
    ({direction, cues, expected}) => {
      const text = runOnQuote(26_000, direction, cues)
      const result = plugin(text)
      expect(result).toEqual(extractAttributions(text))
      expect(pieces(result)).toBeLessThanOrEqual(expected(text.split('\n\n').length))
    }
  )

  it('a cue-dense sentence longer than a chunk is cut where extractAttributions cuts it', () => {
    const text = 'Quist said — the plan, I say, '.repeat(800)
    const result = plugin(text)
    expect(result).toEqual(extractAttributions(text))
    expect(Math.max(...result.attributions.map((a) => a.sentence.end - a.sentence.start))).toBeLessThanOrEqual(
      MAX_CHUNK
    )
  })
})

describe('a claim whose quotation runs back through 300,000 paragraphs', () => {
  // Built as the stage sees it (the full pipeline would parse 4 MB): each
  // paragraph holds one quote that opens it and runs on into the next.
  it('takes every paragraph in order, without a spread into a call (a RangeError past ~100k)', () => {
    const count = 300_000
    const paragraphs: Paragraph[] = []
    const quotes: ParagraphQuotes[] = []
    for (let p = 0; p < count; p++) {
      const start = p * 10
      paragraphs.push({index: p, start, end: start + 8, tokens: [], sentences: [], wholeQuote: true})
      const last = p === count - 1
      const quote: Quote = {
        paragraph: p,
        open: 0,
        close: last ? 2 : -1,
        start,
        end: start + 8,
        innerStart: start + 1,
        innerEnd: start + 7,
        words: 1,
        continues: !last,
        continued: p > 0,
        nested: false,
        atStart: true
      }
      quotes.push({quotes: [quote], inside: []})
    }
    const end = (count - 1) * 10
    const raw: RawAttribution = {
      paragraph: count - 1,
      sentence: 0,
      cue: [],
      lemma: 'say',
      category: 'speech',
      rule: 'verb-inverted',
      source: null,
      via: null,
      content: [{start: end, end: end + 8}],
      inheritSource: false,
      contentInNextParagraph: false,
      confidence: 1,
      src: null,
      chan: null,
      cues: [{start: end + 9, end: end + 10}]
    }
    linkAcrossParagraphs(paragraphs, quotes, [raw])
    expect(raw.content!.length).toBe(count)
    expect(raw.content![0]).toEqual({start: 0, end: 8})
    expect(raw.content!.every((piece, i) => piece.start === i * 10 && piece.end === i * 10 + 8)).toBe(true)
  })
})

describe('the compiled lexicon does not depend on the calls before', () => {
  const text =
    'The Coastal Gazette reported that the levy failed. Quist opined that it would pass and harrumphed that it would not.'
  const cases: Array<[string, Options, Options, string[]]> = [
    ['{outlets: []} after {categories: []}', {categories: []}, {outlets: []}, ['reported', 'opined']],
    [
      "['opine', 'harrumph'] after ['opine;harrumph']",
      {verbs: ['opine;harrumph']},
      {verbs: ['opine', 'harrumph']},
      ['reported', 'opined', 'harrumphed']
    ],
    [
      "['opine'] after ['opine', 'harrumph']",
      {verbs: ['opine', 'harrumph']},
      {verbs: ['opine']},
      ['reported', 'opined']
    ],
    ['{categories: []} after {}', {}, {categories: []}, []],
    [
      'a verb map after the same verb as a list entry',
      {verbs: [{lemma: 'opine', category: 'belief'}]},
      {verbs: {opine: 'stance'}},
      ['reported', 'opined']
    ]
  ]
  it.each(cases)('%s', (_name, first, second, cues) => {
    extractAttributions(text, first)
    const after = extractAttributions(text, second).attributions.map((a) => a.cue.text)
    expect(after).toEqual(cues)
  })

  it('a verb map keeps its category when a list entry of the same verb came first', () => {
    extractAttributions(text, {verbs: [{lemma: 'opine', category: 'belief'}]})
    expect(extractAttributions(text, {verbs: {opine: 'stance'}}).attributions[1].category).toBe('stance')
  })
})

describe('holes in option arrays are reported, not hit later', () => {
  /* eslint-disable no-sparse-arrays */
  const cases: Array<[string, unknown, RegExp]> = [
    ['verbs: [, "opine"]', {verbs: [, 'opine']}, /whosaid: expected `options.verbs\[0\]` to be a string or \{lemma/],
    [
      'verbs[0].forms: [, "opined"]',
      {verbs: [{lemma: 'opine', forms: [, 'opined']}]},
      /whosaid: expected `options.verbs\[0\].forms` to be an array of strings/
    ],
    [
      'outlets: ["AFP", , "Reuters"]',
      {outlets: ['AFP', , 'Reuters']},
      /whosaid: expected `options.outlets` to be an array of strings, got undefined at index 1/
    ],
    [
      'categories: [, "speech"]',
      {categories: [, 'speech']},
      /whosaid: expected `options.categories` to hold only .*; got undefined/
    ],
    ['verbs: new Array(3)', {verbs: new Array(3)}, /whosaid: expected `options.verbs\[0\]`/]
  ]
  it.each(cases)('%s', (_name, options, message) => {
    const call = () => extractAttributions('Quist said the levy would pass.', options as Options)
    expect(call).toThrow(TypeError)
    expect(call).toThrow(message)
  })
})

describe('many user outlets or phrasal verbs sharing a first word', () => {
  const outlets = Array.from({length: 20_000}, (_, i) => `Coastal Herald Edition ${i}`)
  it('20,000 outlets: the one named is found, a shorter name is not', () => {
    const lexicon = getLexicon({outlets})
    expect(namesOutlet('the Coastal Herald Edition 19999', lexicon)).toBe(true)
    expect(namesOutlet('the Coastal Herald Edition', lexicon)).toBe(false)
    expect(namesOutlet("Coastal Herald Edition 7's desk", lexicon)).toBe(true)
  })

  it('20,000 outlets: the via of an attribution', () => {
    const text = 'The levy failed, Quist told Coastal Herald Edition 12345.'
    const result = extractAttributions(text, {outlets})
    expect(result.attributions.map((a) => [a.cue.text, a.source?.text, a.via?.text ?? null, a.content?.text])).toEqual([
      ['told', 'Quist', 'Coastal Herald Edition 12345', 'The levy failed']
    ])
  })

  it('20,000 phrasal verbs sharing a first word: the one written is picked, the first added wins a tie', () => {
    const verbs = [...Array.from({length: 20_000}, (_, i) => `chime in${i}`), 'chime in', 'chime in on']
    const text = 'Quist chimed in on the levy that it would pass. Osei chimed in19999 that it would not.'
    const result = extractAttributions(text, {verbs})
    expect(result.attributions.map((a) => [a.cue.text, a.lemma, a.content?.text])).toEqual([
      ['chimed in', 'chime in', 'that it would pass'],
      ['chimed in19999', 'chime in19999', 'that it would not']
    ])
  })

  it('outlets match as a plain scan of every name would (any list, any phrase)', () => {
    const word = fc.constantFrom('Coastal', 'Herald', "Herald's", 'herald', 'AFP', 'the', 'News', 'Edition')
    const name = fc.array(word, {minLength: 1, maxLength: 4}).map((w) => w.join(' '))
    fc.assert(
      fc.property(fc.array(name, {maxLength: 8}), name, (list, phrase) => {
        const lexicon = getLexicon({outlets: list})
        const plain = list.some((outlet) => plainNamesOutlet(outlet, phrase)) || getLexiconDefault(phrase)
        expect(namesOutlet(phrase, lexicon)).toBe(plain)
      }),
      {numRuns: 300}
    )
  })
})

/** Whether `outlet` is named in `phrase`, as the scan before the trie read it: whole words from a capitalised one. */
function plainNamesOutlet(outlet: string, phrase: string): boolean {
  const key = (w: string) => w.toLowerCase().replaceAll('’', "'").replace(/'s$/, '')
  const words = outlet.toLowerCase().replaceAll('’', "'").split(/\s+/).filter(Boolean)
  const written = phrase.split(/[\s,]+/).filter(Boolean)
  for (let i = 0; i < written.length; i++) {
    if (!/^[A-Z]/.test(written[i])) continue
    if (words.every((w, m) => written[i + m] !== undefined && key(written[i + m]) === w)) return true
  }
  return false
}

/** Whether the built-in outlets alone name `phrase`. */
function getLexiconDefault(phrase: string): boolean {
  return namesOutlet(phrase, getLexicon(undefined))
}

describe('quotation marks in a stretch: the index agrees with the regexes it replaced', () => {
  const regexes = (value: string) =>
    /[“”«»„"]/.test(value) || value.includes("''") || /(?:^|\s)‘|’(?:\s|$|[.,;:!?])/.test(value)
  it('any text over the marks and their neighbours, any stretch', () => {
    const unit = fc.constantFrom(
      '“',
      '”',
      '«',
      '»',
      '„',
      '"',
      "'",
      '‘',
      '’',
      ' ',
      '\n',
      '\u00a0',
      '.',
      '!',
      'a',
      'b',
      ','
    )
    fc.assert(
      fc.property(
        fc.array(unit, {maxLength: 40}).map((u) => u.join('')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = text.length === 0 ? 0 : a % (text.length + 1)
          const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1))
          expect(holdsMark(markIndex(text), start, end)).toBe(regexes(text.slice(start, end)))
        }
      ),
      {numRuns: 2000}
    )
  })
  it('long texts, read block by block: stretches within a block, across blocks, and over many', () => {
    // Mostly letters and spaces with a mark now and then, so that many stretches hold none.
    const unit = fc.oneof(
      {arbitrary: fc.constantFrom('a', 'b', 'c', ' ', '.', ','), weight: 150},
      {arbitrary: fc.constantFrom('“', '”', '"', "'", '‘', '’'), weight: 1}
    )
    fc.assert(
      fc.property(
        fc.array(unit, {minLength: 100, maxLength: 3000, size: 'max'}).map((u) => u.join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), {minLength: 1, maxLength: 20}),
        (text, stretches) => {
          // One index answers every question on its text, as the result stage asks it.
          const index = markIndex(text)
          for (const [a, b, short] of stretches) {
            const start = text.length === 0 ? 0 : a % (text.length + 1)
            const room = text.length - start + 1
            const end = start + (text.length === 0 ? 0 : b % (short ? Math.min(room, 300) : room))
            expect(holdsMark(index, start, end)).toBe(regexes(text.slice(start, end)))
          }
        }
      ),
      {numRuns: 300}
    )
  })
})
