/**
 * The tests on words and marks that parse-english's transforms make (is this
 * word an abbreviation, an elision, does it start in lower case, ...), for
 * the flat parser (`flat-parse.ts`). None of the lists is copied: each answer
 * is asked of the installed stock transform itself, on a tiny hand-made tree
 * that the transform changes exactly when the test holds, and remembered.
 * So the flat parser follows whatever lists the installed parse-english and
 * parse-latin have.
 */
import type {Paragraph, Punctuation, Sentence, SentenceContent, Word} from 'nlcst'
import {ParseEnglish} from 'parse-english'

const SENTENCE_PLUGINS = ParseEnglish.prototype.tokenizeSentencePlugins
const PARAGRAPH_PLUGINS = ParseEnglish.prototype.tokenizeParagraphPlugins

/**
 * Whether the stock transforms have the layout the flat parser reproduces:
 * parse-english 7's seven sentence transforms, thirteen paragraph transforms
 * and parse-latin's four root transforms.
 */
export const KNOWN_LAYOUT =
  SENTENCE_PLUGINS.length === 7 &&
  PARAGRAPH_PLUGINS.length === 13 &&
  ParseEnglish.prototype.tokenizeRootPlugins.length === 4

// By their place in the lists (see parser.ts).
const ELISION = SENTENCE_PLUGINS[0]
const INITIALISMS = SENTENCE_PLUGINS[5]
const ENGLISH_PREFIX = PARAGRAPH_PLUGINS[0]
const AFFIX_SYMBOL = PARAGRAPH_PLUGINS[2]
const LOWER_INITIAL = PARAGRAPH_PLUGINS[3]
const PREFIX = PARAGRAPH_PLUGINS[5]

function word(value: string): Word {
  return {type: 'WordNode', children: [{type: 'TextNode', value}]}
}

function mark(value: string): Punctuation {
  return {type: 'PunctuationNode', value}
}

function sentence(...children: SentenceContent[]): Sentence {
  return {type: 'SentenceNode', children}
}

/** Whether `plugin` joins the two sentences of `[first, second]`. */
function joins(plugin: (node: Paragraph) => void, first: Sentence, second: Sentence): boolean {
  const paragraph: Paragraph = {type: 'ParagraphNode', children: [first, second]}
  plugin(paragraph)
  return paragraph.children.length === 1
}

/** Whether `plugin` merges some of `children` (the sentence gets fewer children). */
function merges(plugin: (node: Sentence) => void, ...children: SentenceContent[]): boolean {
  const node = sentence(...children)
  plugin(node)
  return node.children.length < children.length
}

/** How many words each test remembers (a table indexed by a hash of the word). */
const SLOTS = 1 << 15

/**
 * A test of words of the text, asked of the stock transform once per word
 * and remembered. The word is read in place (`text`, `start`, `end`): it is
 * hashed by its code units into a slot that holds the last word asked there,
 * so a word seen before costs no string and no map look-up.
 */
export type WordTest = (text: string, start: number, end: number) => boolean

function remembered(ask: (value: string) => boolean): WordTest {
  const words: string[] = new Array<string>(SLOTS).fill('')
  const answers = new Uint8Array(SLOTS)
  return (text, start, end) => {
    let hash = end - start
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0
    const slot = hash & (SLOTS - 1)
    const word = words[slot]
    if (word.length === end - start && text.startsWith(word, start)) return answers[slot] === 1
    const value = text.slice(start, end)
    const answer = ask(value)
    words[slot] = value
    answers[slot] = answer ? 1 : 0
    return answer
  }
}

/** A test of single UTF-16 code units, asked once per unit. */
function perUnit(ask: (unit: string) => boolean): (code: number) => boolean {
  // 0: not asked yet, 1: no, 2: yes.
  const known = new Uint8Array(0x10000)
  return (code) => {
    let answer = known[code]
    if (answer === 0) {
      answer = ask(String.fromCharCode(code)) ? 2 : 1
      known[code] = answer
    }
    return answer === 2
  }
}

/**
 * parse-english's abbreviations: a word before a sentence's final "." that
 * keeps the stop and runs on into the next sentence ("Sept.", "Mr.", "Inc.").
 */
export const isEnglishAbbreviation = remembered((value) =>
  joins(ENGLISH_PREFIX, sentence(word(value), mark('.')), sentence(word('x')))
)

/** parse-latin's prefix abbreviations ("etc.", "cf.", single letters, short numbers), the same way. */
export const isPrefixAbbreviation = remembered((value) =>
  joins(PREFIX, sentence(word(value), mark('.')), sentence(word('x')))
)

/** parse-latin's lower-case initial: a sentence starting with this word joins the one before it. */
export const startsLowerCase = remembered((value) => joins(LOWER_INITIAL, sentence(word('x')), sentence(word(value))))

/** parse-english's elision prefixes: an apostrophe after this word, between spaces, joins it ("ol'"). */
export const isElisionPrefix = remembered((value) =>
  merges(ELISION, word('a'), {type: 'WhiteSpaceNode', value: ' '}, word(value), mark("'"), {
    type: 'WhiteSpaceNode',
    value: ' '
  })
)

/** parse-english's elision affixes: an apostrophe before this word, after no word, joins it ("'tis", "'90s"). */
export const isElisionAffix = remembered((value) => merges(ELISION, mark("'"), word(value)))

/** parse-latin's numerals, for one code unit: a dotted run of them is not an initialism ("1.2."). */
export const isNumeral = perUnit(
  (unit) =>
    !merges(
      INITIALISMS,
      {type: 'WordNode', children: [{type: 'TextNode', value: unit}, mark('.'), {type: 'TextNode', value: unit}]},
      mark('.')
    )
)

/** parse-latin's affix symbols, for one code unit: a sentence opening with a run of it gives the run back ("”"). */
export const isAffixSymbol = perUnit((unit) => joinsOrMoves(unit))

function joinsOrMoves(unit: string): boolean {
  const next = sentence(mark(unit), word('y'))
  const paragraph: Paragraph = {type: 'ParagraphNode', children: [sentence(word('x')), next]}
  AFFIX_SYMBOL(paragraph)
  return next.children.length === 1
}
