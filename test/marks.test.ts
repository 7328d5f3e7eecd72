/**
 * Quotation marks of every style, from the one list in lexicon/marks.ts:
 * each pairs, makes the claim direct, and bounds the content. All sentences
 * are invented.
 */
import {describe, expect, it} from 'vitest'
import {extractAttributions} from '../src/index.js'
import {CLOSING_QUOTES, DASHES, OPENING_QUOTES, QUOTE_MARKS} from '../src/lexicon/marks.js'

/** One quote per style of marks, spoken by Pask. */
const STYLES: Array<{name: string; open: string; close: string}> = [
  {name: 'curly double', open: '“', close: '”'},
  {name: 'straight double', open: '"', close: '"'},
  {name: 'guillemets', open: '«', close: '»'},
  {name: 'low and reversed high double', open: '„', close: '”'},
  {name: 'high reversed double', open: '‟', close: '”'},
  {name: 'curly single', open: '‘', close: '’'},
  {name: 'double primes', open: '″', close: '″'}
]

describe('quotation marks', () => {
  it.each(STYLES.map((s) => [s.name, s] as const))('%s: the quote is the direct content of "said"', (_name, s) => {
    const text = `${s.open}The ferry will run late tonight,${s.close} Pask said.`
    const [a] = extractAttributions(text).attributions
    expect({cue: a.cue.text, content: a.content?.text, mode: a.mode, source: a.source?.text}).toEqual({
      cue: 'said',
      content: `${s.open}The ferry will run late tonight,${s.close}`,
      mode: 'direct',
      source: 'Pask'
    })
  })

  it('lists every mark once: opening and closing marks together are all the marks', () => {
    expect([...QUOTE_MARKS].sort()).toEqual([...new Set([...OPENING_QUOTES, ...CLOSING_QUOTES])].sort())
    expect([...QUOTE_MARKS].sort()).toEqual(['"', "'", '«', '»', '‘', '’', '‚', '“', '”', '„', '‟', '″'].sort())
    expect([...DASHES]).toEqual(['―', '—', '–', '--'])
  })
})
