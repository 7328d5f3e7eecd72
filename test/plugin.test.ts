/**
 * The retext plugin gives the same result as `extractAttributions` on the
 * file's text. All sentences are invented.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {extractAttributions, retextAttribution, type Options} from '../src/index.js'

const INPUTS: Array<[string, string, Options?]> = [
  ['one sentence', 'Mayor Hilda Brandt said that the new tram line would open in March.'],
  ['a chain and a refusal', 'The governor will resign, according to sources cited by Interfax. The airline declined to comment.'],
  ['quotes over paragraphs', 'Captain Mara Olsen spoke to rescuers on Tuesday.\n\n“The waves were taller than the mast,” Olsen said.\n\n“We lost the radio in the first hour.”'],
  ['CRLF, NBSP and bullets', 'Harbour news\r\n\r\n• Home  • News\r\n\r\nThe harbour will stay closed,\u00a0harbour master Ines Corr said.\r\n'],
  ['clustering', 'Councillor Ivo Pask said the tram line was over budget. He added that the contract would be reviewed.'],
  ['with options', 'Pask opined that the tram line was a folly. Pask told the Coastal Herald it was late.', {verbs: ['opine'], outlets: ['Coastal Herald']}],
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
    expect({attributions: file.data.attributions, sources: file.data.sources, skipped: file.data.skipped}).toEqual(extractAttributions(text, options))
  })

  it('finds something on the non-trivial inputs', () => {
    const processor = unified().use(retextEnglish).use(retextAttribution)
    const file = new VFile(INPUTS[0][1])
    processor.runSync(processor.parse(file), file)
    expect(file.data.attributions?.map((a) => [a.cue.text, a.source?.text])).toEqual([['said', 'Mayor Hilda Brandt']])
  })

  it('throws a TypeError for malformed options', () => {
    const processor = unified().use(retextEnglish).use(retextAttribution, {includeRefusals: 'no'} as unknown as Options)
    const file = new VFile('Pask said it was late.')
    expect(() => processor.runSync(processor.parse(file), file)).toThrow(TypeError)
  })
})
