/**
 * The flat parser's self-check: before the flat path is trusted, a probe
 * text is read both ways. Here a parse-latin release is simulated whose
 * remaining-full-stop merge changed (the flat parser re-writes that
 * transform, so it would keep the old behaviour): the probe must notice, and
 * `flatParagraphs` must then give the tree path's paragraphs of that release.
 */
import {ParseEnglish} from 'parse-english'
import {afterEach, describe, expect, it, vi} from 'vitest'
import type {Paragraph} from '../src/stages/tokens.js'

/** mergeRemainingFullStops' place in the stock paragraph transforms (parse-english 7). */
const REMAINING_FULL_STOPS = 7
const plugins = ParseEnglish.prototype.tokenizeParagraphPlugins
const original = plugins[REMAINING_FULL_STOPS]

afterEach(() => {
  plugins[REMAINING_FULL_STOPS] = original
  vi.resetModules()
})

/** Fresh copies of the modules, so the probes run again against the transforms as they stand now. */
async function fresh() {
  vi.resetModules()
  const flat = await import('../src/stages/flat-parse.js')
  const {parseEnglish} = await import('../src/stages/parser.js')
  const {flattenTree} = await import('../src/stages/tokens.js')
  const {getLexicon} = await import('../src/lexicon/index.js')
  return {...flat, parseEnglish, flattenTree, triggers: getLexicon(undefined).triggerSet}
}

/** The token texts of each sentence of each paragraph. */
function sentences(paragraphs: Paragraph[]): string[][] {
  return paragraphs.flatMap((p) => p.sentences.map((s) => p.tokens.slice(s.first, s.last).map((t) => t.text)))
}

describe('the flat parser probe', () => {
  it('trusts the flat path with the installed transforms', async () => {
    const {usesFlatPath} = await fresh()
    expect(usesFlatPath()).toBe(true)
  })

  it('falls back to the tree path when a transform changed', async () => {
    // A release whose merge no longer joins a stop inside a sentence to the word before it.
    plugins[REMAINING_FULL_STOPS] = () => {}
    const {usesFlatPath, flatParagraphs, parseEnglish, flattenTree, triggers} = await fresh()
    expect(usesFlatPath()).toBe(false)
    const text = 'Ask the desk at 9 a. m. if it helps, an aide said.'
    const flat: Paragraph[] = []
    const tree: Paragraph[] = []
    flatParagraphs(text, 0, text.length, triggers, flat)
    flattenTree(parseEnglish(text), text, 0, triggers, tree)
    expect(flat).toEqual(tree)
    // The sentences cut after "a." and "m." are joined again (lower-case starts), and with the
    // changed merge the two stops stay apart from their letters ("a.", "m." with the stock one).
    expect(sentences(flat)).toEqual([
      ['Ask', 'the', 'desk', 'at', '9', 'a', '.', 'm', '.', 'if', 'it', 'helps', ',', 'an', 'aide', 'said', '.']
    ])
  })
})
