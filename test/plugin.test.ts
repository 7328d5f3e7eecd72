/**
 * The retext plugin gives the same result as `extractAttributions` on the
 * file's text. All sentences are invented.
 */
import fc from 'fast-check'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {extractAttributions, retextAttribution, type Options} from '../src/index.js'
import retextWhosaid, {retextAttribution as namedFromEntry, type Options as PluginOptions} from '../src/retext.js'
import {MAX_CHUNK, splitParagraphs} from '../src/stages/paragraphs.js'

const INPUTS: Array<[string, string, Options?]> = [
  ['one sentence', 'Mayor Hilda Brandt said that the new tram line would open in March.'],
  [
    'a chain and a refusal',
    'The governor will resign, according to sources cited by Interfax. The airline declined to comment.'
  ],
  [
    'quotes over paragraphs',
    'Captain Mara Olsen spoke to rescuers on Tuesday.\n\n“The waves were taller than the mast,” Olsen said.\n\n“We lost the radio in the first hour.”'
  ],
  [
    'CRLF, NBSP and bullets',
    'Harbour news\r\n\r\n• Home  • News\r\n\r\nThe harbour will stay closed,\u00a0harbour master Ines Corr said.\r\n'
  ],
  [
    'clustering',
    'Councillor Ivo Pask said the tram line was over budget. He added that the contract would be reviewed.'
  ],
  [
    'with options',
    'Pask opined that the tram line was a folly. Pask told the Coastal Herald it was late.',
    {verbs: ['opine'], outlets: ['Coastal Herald']}
  ],
  // retext-english glues a paragraph's last full stop to its word when the next paragraph starts in lower case.
  [
    'a lower-case paragraph next',
    'The ferry will not sail today, the harbour master said.\n\n___\n\nthe council said it would pay for taxis.\n\nmore to follow.'
  ],
  ['no attributions', 'The storm season has begun early.'],
  ['empty', '']
]

describe('retextAttribution', () => {
  it.each(INPUTS)('runSync: %s', (_name, text, options) => {
    const processor = unified().use(retextEnglish).use(retextAttribution, options)
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    const expected = extractAttributions(String(file), options)
    expect(file.data.attributions).toEqual(expected.attributions)
    expect(file.data.sources).toEqual(expected.sources)
  })

  it.each(INPUTS)('process: %s', async (_name, text, options) => {
    // retext-english has no compiler, so run the parse + transform half only.
    const processor = unified().use(retextEnglish).use(retextAttribution, options)
    const file = new VFile(text)
    const tree = processor.parse(file)
    await processor.run(tree, file)
    expect({attributions: file.data.attributions, sources: file.data.sources, skipped: file.data.skipped}).toEqual(
      extractAttributions(text, options)
    )
  })

  it('finds something on the non-trivial inputs', () => {
    const processor = unified().use(retextEnglish).use(retextAttribution)
    const file = new VFile(INPUTS[0][1])
    processor.runSync(processor.parse(file), file)
    expect(file.data.attributions?.map((a) => [a.cue.text, a.source?.text])).toEqual([['said', 'Mayor Hilda Brandt']])
  })

  it('throws a TypeError for malformed options', () => {
    const processor = unified()
      .use(retextEnglish)
      .use(retextAttribution, {includeRefusals: 'no'} as unknown as Options)
    const file = new VFile('Pask said it was late.')
    expect(() => processor.runSync(processor.parse(file), file)).toThrow(TypeError)
  })
})

/** A run-on paragraph of cues with no sentence end: the shape that made the plugin path quadratic. */
function runOn(units: number): string {
  const speakers = ['the pilot', 'Councillor Ivo Pask', 'a port official', 'Mara Olsen']
  let text = ''
  for (let i = 0; i < units; i++)
    text += `${speakers[i % speakers.length]} said that the ferry number ${i} was late and `
  return text + 'nobody knew why.'
}

describe('retextAttribution: long paragraphs', () => {
  it('never cuts a long paragraph after a title abbreviation, and gives the result of extractAttributions', () => {
    const text = 'Lt. Cmdr. Ines Corr told the Coastal Herald: '.repeat(300).trim()
    const chunks = splitParagraphs(text)
    expect(chunks.length).toBeGreaterThan(1)
    expect(chunks.map((c) => text.slice(c.end - 4, c.end)).filter((end) => /(?:Lt|dr)\.$/.test(end))).toEqual([])
    const processor = unified().use(retextEnglish).use(retextAttribution)
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    expect({attributions: file.data.attributions, sources: file.data.sources, skipped: file.data.skipped}).toEqual(
      extractAttributions(text)
    )
  })

  it('cuts a long paragraph where extractAttributions cuts it, with the same result', () => {
    const text = runOn(400)
    const chunks = splitParagraphs(text)
    expect(text.length).toBeGreaterThan(3 * MAX_CHUNK)
    expect(chunks.length).toBeGreaterThan(3)
    const processor = unified().use(retextEnglish).use(retextAttribution)
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    // Each piece is a paragraph of its own, as in extractAttributions.
    expect(new Set(file.data.attributions?.map((a) => a.paragraph))).toEqual(new Set(chunks.map((_, i) => i)))
    expect({attributions: file.data.attributions, sources: file.data.sources, skipped: file.data.skipped}).toEqual(
      extractAttributions(text)
    )
  })

  it('gives the result of extractAttributions on generated text, long paragraphs included', () => {
    // Every piece starts with a capital or a quotation mark: the stock parser, run over a whole
    // document, joins a paragraph's final period to its last word when the next paragraph
    // starts in lower case ("March." + "according to …"), which a paragraph parsed alone does not.
    const sentence = fc.constantFrom(
      'Mayor Hilda Brandt said that the tram line would open in March. ',
      '“The waves were taller than the mast,” Olsen said, ',
      'According to sources cited by Interfax, ',
      'The airline declined to comment\n',
      'He added that the contract would be reviewed ',
      'Lt. Cmdr. Ines Corr told the Coastal Herald: '
    )
    const text = fc
      .tuple(
        fc.array(sentence, {minLength: 1, maxLength: 12}),
        fc.integer({min: 1, max: 120}),
        fc.constantFrom(' ', '\n\n', '')
      )
      .map(([pieces, times, glue]) => Array.from({length: times}, () => pieces.join('')).join(glue))
    const processor = unified().use(retextEnglish).use(retextAttribution)
    fc.assert(
      fc.property(text, (input) => {
        const file = new VFile(input)
        processor.runSync(processor.parse(file), file)
        expect({attributions: file.data.attributions, sources: file.data.sources, skipped: file.data.skipped}).toEqual(
          extractAttributions(input)
        )
      }),
      {numRuns: 25}
    )
  })
})

describe('whosaid/retext: a plugin like every other', () => {
  it('is the default export, the same function as the named one', () => {
    expect(retextWhosaid).toBe(retextAttribution)
    expect(namedFromEntry).toBe(retextAttribution)
    expectTypeOf(retextWhosaid).toEqualTypeOf<Plugin<[(PluginOptions | null | undefined)?], Root>>()
  })

  it('takes null as no options', () => {
    const text = INPUTS[0][1]
    const processor = unified().use(retextEnglish).use(retextWhosaid, null)
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    expect({attributions: file.data.attributions, sources: file.data.sources, skipped: file.data.skipped}).toEqual(
      extractAttributions(text)
    )
  })

  const BAD: Array<[string, unknown, string]> = [
    ['a string', 'verbs', 'whosaid: expected `options` to be an object, got string'],
    ['messages not a boolean', {messages: 'yes'}, 'whosaid: expected `options.messages` to be a boolean, got string'],
    [
      'includeRefusals not a boolean',
      {includeRefusals: 1},
      'whosaid: expected `options.includeRefusals` to be a boolean, got number'
    ]
  ]

  it.each(BAD)('checks options when attached: %s', (_name, options, message) => {
    const processor = unified()
      .use(retextEnglish)
      .use(retextWhosaid, options as PluginOptions)
    // Attachers run when the processor is frozen, before any file is parsed.
    expect(() => processor.freeze()).toThrow(new TypeError(message))
  })

  it('emits no messages unless asked', () => {
    const processor = unified().use(retextEnglish).use(retextWhosaid)
    const file = new VFile(INPUTS[1][1])
    processor.runSync(processor.parse(file), file)
    expect(file.messages).toEqual([])
  })

  it('emits one message per attribution with messages: true, which vfile-reporter lists', () => {
    const text =
      'Harbour master Ines Corr said that the pier would\nreopen in May. “We are ready,” she told reporters.\n\nThe airline declined to comment.'
    const processor = unified().use(retextEnglish).use(retextWhosaid, {messages: true})
    const file = new VFile({path: 'harbour.txt', value: text})
    processor.runSync(processor.parse(file), file)
    expect(file.messages.map((m) => [m.source, m.ruleId, m.line, m.column, m.place, m.actual, m.fatal])).toEqual([
      [
        'whosaid',
        'verb-subject',
        1,
        26,
        {start: {line: 1, column: 26, offset: 25}, end: {line: 1, column: 30, offset: 29}},
        'said',
        undefined
      ],
      [
        'whosaid',
        'verb-inverted',
        2,
        36,
        {start: {line: 2, column: 36, offset: 85}, end: {line: 2, column: 40, offset: 89}},
        'told',
        undefined
      ],
      [
        'whosaid',
        'refusal',
        4,
        13,
        {start: {line: 4, column: 13, offset: 114}, end: {line: 4, column: 32, offset: 133}},
        'declined to comment',
        undefined
      ]
    ])
    // Attributions are information, not problems: no warning count, and `--frail` does not fail.
    expect(reporter(file, {color: false})).toBe(
      [
        'harbour.txt',
        '1:26-1:30 info Ines Corr [said] (speech, indirect): that the pier would reopen in May verb-subject  whosaid',
        '2:36-2:40 info Ines Corr [told] (speech, direct): “We are ready,”                     verb-inverted whosaid',
        '4:13-4:32 info The airline [declined to comment] (refusal, no content)                refusal       whosaid'
      ].join('\n')
    )
  })
})
