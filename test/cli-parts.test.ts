/**
 * Pieces of the command that keep memory flat: long inputs cut into parts
 * at blank lines, part results moved into whole-file offsets, NDJSON lines
 * with a length limit, and terminal-safe text. All sentences are invented.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {formatArticle} from '../src/cli/format-text.js'
import {readLines} from '../src/cli/lines.js'
import {textParts, type Part} from '../src/cli/parts.js'
import {shiftResult} from '../src/cli/shift.js'
import {extractAttributions} from '../src/index.js'
import {visible} from '../src/cli/shorten.js'

/** Feed `text` as UTF-8 in chunks of `size` bytes. */
async function* chunks(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text)
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}

describe('textParts', () => {
  it.each([
    {
      name: 'short input: one whole part',
      text: 'One.\n\nTwo.',
      whole: 50,
      size: 5,
      parts: [{text: 'One.\n\nTwo.', number: 0, offset: 0, paragraphs: 0}]
    },
    {
      name: 'long input: parts end after a blank line, with offsets and paragraph counts',
      text: 'Alpha one.\n\nBravo two.\n \nCharlie.\n\nDelta.',
      whole: 10,
      size: 8,
      parts: [
        {text: 'Alpha one.\n\n', number: 1, offset: 0, paragraphs: 0},
        {text: 'Bravo two.\n \n', number: 2, offset: 12, paragraphs: 1},
        {text: 'Charlie.\n\n', number: 3, offset: 25, paragraphs: 2},
        {text: 'Delta.', number: 4, offset: 35, paragraphs: 3}
      ]
    },
    {
      name: 'no blank line for four part sizes: cut at a line break, then at white space',
      text: 'aaaa bbbb\ncccc dddd\neeee ffff gggg hhhh iiii',
      whole: 10,
      size: 5,
      parts: [
        {text: 'aaaa bbbb\ncccc dddd\n', number: 1, offset: 0, paragraphs: 0},
        {text: 'eeee ffff gggg hhhh ', number: 2, offset: 20, paragraphs: 1},
        {text: 'iiii', number: 3, offset: 40, paragraphs: 2}
      ]
    }
  ])('$name', async ({text, whole, size, parts}) => {
    expect(await collect(textParts(chunks(text, 3), whole, size))).toEqual(parts)
  })

  it('parts join back to the input, offsets add up, and no surrogate pair is cut', async () => {
    const piece = fc.constantFrom('Word ', 'said. ', '\n', '\n\n', ' \n\n', '“', '😀', 'é', '\r\n')
    await fc.assert(
      fc.asyncProperty(fc.array(piece, {maxLength: 200}), fc.integer({min: 1, max: 9}), async (pieces, chunkSize) => {
        const text = pieces.join('')
        const parts: Part[] = await collect(textParts(chunks(text, chunkSize), 20, 10))
        expect(parts.map((part) => part.text).join('')).toBe(text)
        let offset = 0
        for (const part of parts) {
          expect(part.offset).toBe(offset)
          offset += part.text.length
          const last = part.text.charCodeAt(part.text.length - 1)
          expect(last >= 0xd800 && last <= 0xdbff).toBe(false)
        }
      })
    )
  })
})

describe('shiftResult', () => {
  const text = 'He said the pier would reopen.'
  const part = () => extractAttributions(text)
  it('moves offsets, paragraphs and source ids; a span shared by two attributions moves once', () => {
    const result = part()
    const sentence = result.attributions[0].sentence
    result.attributions.push({...result.attributions[0]})
    result.skipped.push({start: 9, end: 12, reason: 'comment-thread'})
    shiftResult(result, {characters: 100, paragraphs: 10, sources: 5})
    expect(
      result.attributions.map((a) => [
        a.cue.start,
        a.source?.start,
        a.source?.sourceId,
        a.sentence.start,
        a.sentence.end,
        a.paragraph
      ])
    ).toEqual([
      [103, 100, 's6', 100, 100 + text.length, 10],
      [103, 100, 's6', 100, 100 + text.length, 10]
    ])
    expect(result.attributions[1].sentence).toBe(sentence)
    expect(result.sources.map((s) => [s.id, s.mentions.map((m) => m.start)])).toEqual([['s6', [100]]])
    expect(result.skipped).toEqual([{start: 109, end: 112, reason: 'comment-thread'}])
  })
  it('leaves the first part as it is', () => {
    const result = part()
    shiftResult(result, {characters: 0, paragraphs: 0, sources: 0})
    expect(result).toEqual(part())
  })
})

describe('readLines', () => {
  it.each([
    {
      name: 'lines, CRLF, a last line without an ending',
      input: 'a\r\nbb\nccc',
      max: 100,
      lines: [
        {number: 1, text: 'a', bytes: 3},
        {number: 2, text: 'bb', bytes: 3},
        {number: 3, text: 'ccc', bytes: 3}
      ]
    },
    {
      name: 'an over-long line is not kept; the next one is',
      input: 'short\n' + 'x'.repeat(30) + '\nnext\n',
      max: 10,
      lines: [
        {number: 1, text: 'short', bytes: 6},
        {number: 2, text: null, bytes: 31},
        {number: 3, text: 'next', bytes: 5}
      ]
    },
    {
      name: 'an over-long last line',
      input: 'ok\n' + 'é'.repeat(20),
      max: 10,
      lines: [
        {number: 1, text: 'ok', bytes: 3},
        {number: 2, text: null, bytes: 40}
      ]
    }
  ])('$name', async ({input, max, lines}) => {
    expect(await collect(readLines(chunks(input, 4), max))).toEqual(lines)
  })
})

describe('terminal-safe text', () => {
  it.each([
    {name: 'an escape sequence', input: 'red \x1b[31mtext\x1b[0m', output: 'red \\x1B[31mtext\\x1B[0m'},
    {name: 'a window title and a bell', input: '\x1b]0;owned\x07done', output: '\\x1B]0;owned\\x07done'},
    {name: 'C1 control and a bidirectional override', input: 'a\u009bb\u202ec', output: 'a\\x9Bb\\u202Ec'},
    {
      name: 'tabs, line breaks and ordinary text stay',
      input: 'one\ttwo\nthree “four”',
      output: 'one\ttwo\nthree “four”'
    }
  ])('visible: $name', ({input, output}) => {
    expect(visible(input)).toBe(output)
  })

  it('formatArticle escapes the label, the source and the content', () => {
    const text = 'Ana\x1b[2J said the \x1b[31mroad\x1b[0m was shut.'
    const span = (part: string) => ({start: text.indexOf(part), end: text.indexOf(part) + part.length, text: part})
    const result = {
      attributions: [
        {
          cue: span('said'),
          content: span('the \x1b[31mroad\x1b[0m was shut'),
          mode: 'indirect' as const,
          source: {...span('Ana\x1b[2J'), sourceId: 's1'},
          via: null,
          rule: 'verb-subject' as const,
          category: 'speech' as const,
          lemma: 'say',
          confidence: 0.9,
          sentence: span(text),
          paragraph: 0,
          negated: false
        }
      ],
      sources: [
        {id: 's1', name: 'Ana\x1b[2J', kind: 'person' as const, anonymous: false, mentions: [span('Ana\x1b[2J')]}
      ]
    }
    expect(formatArticle('evil\x1b[1m.txt', result)).toBe(
      'evil\\x1B[1m.txt: 1 attribution, 1 source\n' +
        '  1.  source:  Ana\\x1B[2J (s1, named person)\n' +
        '      cue:     said (speech, indirect)\n' +
        '      content: the \\x1B[31mroad\\x1B[0m was shut\n\n'
    )
  })
})
