/**
 * Reader-comment threads: left out only when the page surely has one, and
 * always reported in `skipped`. All sentences are invented.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {extractAttributions, retextAttribution, type Options} from '../src/index.js'

const said = 'The harbour master said that the pier would reopen in June after the storm repairs.'
const told = 'A ferry captain told reporters that the crossings had been cancelled for the whole week.'
const warned = 'The town council warned that the sea wall needed far more work than anyone had planned.'
const body = 'The repairs began in March and were meant to take only a month, but the weather turned.'
const comment = 'Nobody asked the fishermen, who said the pier was fine before the builders came along.'
const form = 'Your email address will not be published.'

/** A page made of paragraphs separated by blank lines. */
const page = (...paragraphs: string[]) => paragraphs.join('\n\n')
/** The span of the stretch from `first` to the end of `last` in `text`. */
const stretch = (text: string, first: string, last?: string) => {
  const start = text.indexOf(first)
  const end = last === undefined ? text.length : text.lastIndexOf(last) + last.length
  return {start, end, reason: 'comment-thread'}
}

interface Case {
  name: string
  text: string
  options?: Options
  /** The cues found, as `source: cue`. */
  found: string[]
  /** The stretches left out, by their first and last words (none: nothing left out). */
  skipped: Array<[string, string?]>
}

const CASES: Case[] = [
  {
    name: 'a comment count under the headline is not a thread',
    text: page('Pier to reopen', '12 Comments', said, body, told),
    found: ['The harbour master: said', 'A ferry captain: told'],
    skipped: []
  },
  {
    name: 'a single stray heading in the middle is not a thread',
    text: page(said, 'Discussion', body, told, warned),
    found: ['The harbour master: said', 'A ferry captain: told', 'The town council: warned'],
    skipped: []
  },
  {
    name: 'a comment form between two articles: only the form is left out',
    text: page(said, 'Leave a Reply', form, 'Post Comment', told, body, warned),
    found: ['The harbour master: said', 'A ferry captain: told', 'The town council: warned'],
    skipped: [['Leave a Reply', 'Post Comment']]
  },
  {
    name: 'a heading, then user names, dates and replies: left out to the end',
    text: page(
      said,
      '2 Comments',
      'Gull_Watcher says:',
      'June 4, 2025 at 9:12 am',
      comment,
      'Reply',
      'Harbour Fan says:',
      'Reply'
    ),
    found: ['The harbour master: said'],
    skipped: [['2 Comments']]
  },
  {
    name: 'a heading, then comments written as name, text and "Reply" on lines of one paragraph',
    text: page(said, '4 Comments', `gull_watcher\n${comment}\nReply`, `harbourfan\n${comment}\nReply`),
    found: ['The harbour master: said'],
    skipped: [['4 Comments']]
  },
  {
    name: 'bulleted user names without a heading: left out to the end',
    text: page(said, told, '• Gull_Watcher', comment, '• Harbour Fan', comment),
    found: ['The harbour master: said', 'A ferry captain: told'],
    skipped: [['• Gull_Watcher']]
  },
  {
    name: 'a thread, then article text again: the thread ends at its last sign',
    text: page(said, 'One Response', '• Gull_Watcher', comment, 'Reply', told, body, warned),
    found: ['The harbour master: said', 'A ferry captain: told', 'The town council: warned'],
    skipped: [['One Response', 'Reply']]
  },
  {
    name: 'two pages, two threads',
    text: page(said, 'Leave a Reply', form, told, body, warned, '3 Comments', '• Gull_Watcher', comment),
    found: ['The harbour master: said', 'A ferry captain: told', 'The town council: warned'],
    skipped: [['Leave a Reply', form], ['3 Comments']]
  },
  {
    name: 'keepBoilerplate: the thread is searched too and nothing is skipped',
    text: page(said, '2 Comments', '• Gull_Watcher', comment),
    options: {keepBoilerplate: true},
    found: ['The harbour master: said', 'Nobody: asked', 'who: said'],
    skipped: []
  }
]

describe('comment threads', () => {
  it.each(CASES)('$name', ({text, options, found, skipped}) => {
    const result = extractAttributions(text, options)
    expect({
      found: result.attributions.map((a) => `${a.source?.text ?? '(none)'}: ${a.cue.text}`),
      skipped: result.skipped
    }).toEqual({found, skipped: skipped.map(([first, last]) => stretch(text, first, last))})
  })

  it.each(CASES)('the retext plugin reports the same skipped stretches: $name', ({text, options}) => {
    const processor = unified().use(retextEnglish).use(retextAttribution, options)
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    expect(file.data.skipped).toEqual(extractAttributions(text, options).skipped)
  })

  it('rejects a keepBoilerplate that is not a boolean', () => {
    expect(() => extractAttributions(said, {keepBoilerplate: 'yes' as unknown as boolean})).toThrow(
      new TypeError('whosaid: expected `options.keepBoilerplate` to be a boolean, got string')
    )
  })
})
