/**
 * The parser's self-check: before the fast path is trusted, a probe text is
 * parsed both ways. Here a parse-latin release is simulated whose inner-word
 * merge changed (the fast path re-writes that transform, so it would keep the
 * old behaviour): the probe must notice, and the parser must then build the
 * stock tree of that release.
 */
import {ParseEnglish} from 'parse-english'
import {afterEach, describe, expect, it, vi} from 'vitest'

/** mergeInnerWordSymbol's place in the stock sentence transforms (parse-english 7). */
const INNER_WORD_SYMBOL = 3
const plugins = ParseEnglish.prototype.tokenizeSentencePlugins
const original = plugins[INNER_WORD_SYMBOL]

afterEach(() => {
  plugins[INNER_WORD_SYMBOL] = original
  vi.resetModules()
})

/** A fresh copy of the parser module, so its probe runs again against the transforms as they stand now. */
async function freshParser() {
  vi.resetModules()
  return import('../src/stages/parser.js')
}

describe('the parser probe', () => {
  it('trusts the fast path with the installed transforms', async () => {
    const {FastParseEnglish} = await freshParser()
    expect(new FastParseEnglish().usesFastPath).toBe(true)
  })

  it('falls back to the stock transforms when one of them changed', async () => {
    // A release whose merge no longer joins words around inner symbols ("don’t", "e-mail").
    plugins[INNER_WORD_SYMBOL] = () => {}
    const {FastParseEnglish, parseEnglish} = await freshParser()
    expect(new FastParseEnglish().usesFastPath).toBe(false)
    const text = 'The e-mail said they don’t agree.'
    const tree = parseEnglish(text)
    expect(tree).toEqual(new ParseEnglish().parse(text))
    const words = JSON.stringify(tree).split('"WordNode"').length - 1
    // With the changed merge, "e", "mail", "don" and "t" stay apart: 8 words instead of 6.
    expect(words).toBe(8)
  })
})
