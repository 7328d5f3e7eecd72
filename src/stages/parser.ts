/**
 * Stage 2a: the parser. retext-english parses with `ParseEnglish` (from
 * `parse-english`); this is that parser with one method replaced:
 * `tokenize`, the first step, which cuts the text into word, whitespace,
 * punctuation and symbol runs. The stock method tests three large Unicode
 * regular expressions against every character (about a third of the whole
 * parse); this one looks each UTF-16 code unit's class up in a table.
 *
 * The output is the same tree, node for node, position for position
 * (including which position objects are shared), because:
 * - the class table is filled by asking the stock `tokenize` itself to
 *   classify each code unit, the first time that unit is seen, so it follows
 *   whatever expressions the installed parse-latin has;
 * - the run-joining rule and the line/column/offset bookkeeping are the stock
 *   loop's, step for step;
 * - every plugin (sentence, paragraph and root transforms) is inherited
 *   unchanged.
 * `test/parser.test.ts` checks the equality on hand-written text, generated
 * strings and the seed articles.
 */
import type {Root, SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'

const UNKNOWN = 0
const WHITE_SPACE = 1
const PUNCTUATION = 2
const WORD = 3
const SYMBOL = 4

const TYPES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
type TokenType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode'

/** Class of every UTF-16 code unit, filled on first sight. */
const classes = new Uint8Array(0x10000)
const reference = new ParseEnglish()

function classify(code: number): number {
  // The stock tokenizer on one code unit returns one node whose type is that unit's class.
  const nodes = ParseEnglish.prototype.tokenize.call(reference, String.fromCharCode(code))
  const type = nodes[0].type
  const found = type === 'WhiteSpaceNode' ? WHITE_SPACE : type === 'PunctuationNode' ? PUNCTUATION : type === 'WordNode' ? WORD : SYMBOL
  classes[code] = found
  return found
}

for (let code = 0; code < 0x80; code++) classify(code)

interface Point {
  line: number
  column: number
  offset: number
}

type Plugins = ParseEnglish['tokenizeSentencePlugins']
type ParagraphPlugins = ParseEnglish['tokenizeParagraphPlugins']

// Two transforms that do nothing on most text, left out when `tokenize` saw
// that they cannot apply: parse-latin's mergeInnerWordSlash (fifth in
// parse-english's sentence list) only joins a "/" token, and
// breakImplicitSentences (eleventh in its paragraph list) only splits at
// whitespace holding two or more line breaks. Skipped only when the lists
// have the layout of parse-english 7; test/parser.test.ts holds cases where
// each applies.
const SENTENCE_PLUGINS = ParseEnglish.prototype.tokenizeSentencePlugins
const PARAGRAPH_PLUGINS = ParseEnglish.prototype.tokenizeParagraphPlugins
const KNOWN_LAYOUT = SENTENCE_PLUGINS.length === 7 && PARAGRAPH_PLUGINS.length === 13
const SLASH_PLUGIN = 4
const BREAK_PLUGIN = 10
const without = <T>(list: T[], index: number): T[] => (KNOWN_LAYOUT ? list.filter((_, i) => i !== index) : list)
const SENTENCE_NO_SLASH: Plugins = without(SENTENCE_PLUGINS, SLASH_PLUGIN)
const PARAGRAPH_NO_BREAK: ParagraphPlugins = without(PARAGRAPH_PLUGINS, BREAK_PLUGIN)

/** `ParseEnglish` with a table-driven `tokenize`; same trees, faster. */
export class FastParseEnglish extends ParseEnglish {
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    // `tokenize` runs before the sentence and paragraph transforms of the
    // same parse, so it can choose their lists.
    this.tokenizeSentencePlugins = SENTENCE_NO_SLASH
    this.tokenizeParagraphPlugins = PARAGRAPH_NO_BREAK
    if (!value) return children
    let slash = false
    let breaks = 0
    let multiBreak = false
    const length = value.length
    let line = 1
    let column = 1
    let from = 0
    let start: Point = {line: 1, column: 1, offset: 0}
    let previousType = UNKNOWN
    let previous = -1
    let index = 0
    while (index < length) {
      const code = value.charCodeAt(index)
      let type = classes[code]
      if (type === UNKNOWN) type = classify(code)
      if (
        from < index &&
        !(
          previousType === type &&
          (type === WORD || type === WHITE_SPACE || code === previous || (code >= 0xd800 && code <= 0xdfff))
        )
      ) {
        children.push(createNode(TYPES[previousType] as TokenType, value.slice(from, index), start, {line, column, offset: index}))
        from = index
        start = {line, column, offset: index}
        breaks = 0
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        line++
        column = 1
        // Line breaks in one whitespace run, counted as "\r\n", "\r" and "\n".
        if (type === WHITE_SPACE && ++breaks === 2) multiBreak = true
      } else if (code !== 10) {
        column++
        if (code === 47) slash = true
      }
      previousType = type
      previous = code
      index++
    }
    if (from < index) {
      children.push(createNode(TYPES[previousType] as TokenType, value.slice(from, index), start, {line, column, offset: index}))
    }
    if (slash) this.tokenizeSentencePlugins = SENTENCE_PLUGINS
    if (multiBreak) this.tokenizeParagraphPlugins = PARAGRAPH_PLUGINS
    return children
  }
}

function createNode(type: TokenType, value: string, start: Point, end: Point): SentenceContent {
  // Key order and shared objects as in parse-latin: a word and its text share
  // `start`; each has its own copy of `end`.
  return type === 'WordNode'
    ? {
        type: 'WordNode',
        children: [{type: 'TextNode', value, position: {start, end}}],
        position: {start, end: {line: end.line, column: end.column, offset: end.offset}}
      }
    : {type, value, position: {start, end}}
}

let shared: FastParseEnglish | undefined

/** Parse `text` as retext-english would (without its extension hooks). */
export function parseEnglish(text: string): Root {
  shared ??= new FastParseEnglish()
  return shared.parse(text)
}
