import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {scanWindow, WORD_TOKEN, type Window} from '../src/model/boundary-scan.js'

/** What a window holds, as plain values: each token's text and kind, and the running counts. */
function snapshot(text: string, w: Window) {
  const tokens: string[] = []
  for (let k = 0; k < w.count; k++)
    tokens.push(`${w.kinds[k] === WORD_TOKEN ? 'w' : 'm'}:${text.slice(w.starts[k], w.ends[k])}`)
  const counts = (array: Int32Array) => Array.from(array.subarray(0, w.count + 1))
  return {
    to: w.to,
    tokens,
    words: counts(w.words),
    commas: counts(w.commas),
    quotes: counts(w.quotes),
    brackets: counts(w.brackets)
  }
}

describe('scanWindow: the tokens of a stretch and their running counts', () => {
  const cases: Array<{name: string; text: string; from: number; to: number; expected: ReturnType<typeof snapshot>}> = [
    {
      name: 'words, a comma and quotation marks',
      text: 'Mara said, “it’s late.”',
      from: 0,
      to: 23,
      expected: {
        to: 23,
        tokens: ['w:Mara', 'w:said', 'm:,', 'm:“', 'w:it’s', 'w:late', 'm:.', 'm:”'],
        words: [0, 1, 2, 2, 2, 3, 4, 4, 4],
        commas: [0, 0, 0, 1, 1, 1, 1, 1, 1],
        quotes: [0, 0, 0, 0, 1, 1, 1, 1, 2],
        brackets: [0, 0, 0, 0, 0, 0, 0, 0, 0]
      }
    },
    {
      name: 'a word cut by the start is skipped, one cut by the end is kept up to it',
      text: 'the (old) harbour -- rebuilt',
      from: 1,
      to: 24,
      expected: {
        to: 24,
        tokens: ['m:(', 'w:old', 'm:)', 'w:harbour', 'm:--', 'w:reb'],
        words: [0, 0, 1, 1, 2, 2, 3],
        commas: [0, 0, 0, 0, 0, 0, 0],
        quotes: [0, 0, 0, 0, 0, 0, 0],
        brackets: [0, 1, 1, 0, 0, 0, 0]
      }
    }
  ]
  for (const {name, text, from, to, expected} of cases) {
    it(name, () => {
      expect(snapshot(text, scanWindow(text, from, to))).toEqual(expected)
    })
  }

  it('every scan of a sequence, stretches repeated or not, holds what a fresh scan finds', () => {
    const unit = fc.constantFrom('a', 'B', '7', ' ', ',', '“', '”', "'", '’', '(', ')', '-', '\n')
    fc.assert(
      fc.property(
        fc.array(unit, {maxLength: 30}).map((u) => u.join('')),
        // Few offsets, so that stretches share a start or an end, or repeat.
        fc.array(fc.tuple(fc.nat(12), fc.nat(12)), {minLength: 1, maxLength: 10}),
        (text, stretches) => {
          for (const [a, b] of stretches) {
            const from = Math.min(a, b)
            const to = Math.max(a, b)
            const got = snapshot(text, scanWindow(text, from, to))
            // A scan of another text first: the same stretch is then scanned afresh.
            scanWindow('x', 0, 1)
            expect(got).toEqual(snapshot(text, scanWindow(text, from, to)))
          }
        }
      ),
      {numRuns: 1000}
    )
  })
})
