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
import type {Punctuation, Root, Sentence, SentenceContent, Symbol, Word} from 'nlcst'
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

function classOfUnit(code: number): number {
  // The stock tokenizer on one code unit returns one node whose type is that unit's class.
  const nodes = ParseEnglish.prototype.tokenize.call(reference, String.fromCharCode(code))
  const type = nodes[0].type
  const found =
    type === 'WhiteSpaceNode'
      ? WHITE_SPACE
      : type === 'PunctuationNode'
        ? PUNCTUATION
        : type === 'WordNode'
          ? WORD
          : SYMBOL
  classes[code] = found
  return found
}

for (let code = 0; code < 0x80; code++) classOfUnit(code)

/**
 * The class parse-latin's tokenizer gives one UTF-16 code unit: 1 white
 * space, 2 punctuation, 3 word, 4 symbol (read from the same table).
 */
export function unitClass(code: number): number {
  const type = classes[code]
  return type === UNKNOWN ? classOfUnit(code) : type
}

interface Point {
  line: number
  column: number
  offset: number
}

type ParagraphPlugins = ParseEnglish['tokenizeParagraphPlugins']

// The stock transforms, by their place in parse-english 7's lists. Sentence:
// parse-english's elision merge, then parse-latin's mergeInitialWordSymbol,
// mergeFinalWordSymbol, mergeInnerWordSymbol, mergeInnerWordSlash,
// mergeInitialisms, patchPosition. Paragraph: breakImplicitSentences is the
// eleventh. With any other layout the stock methods run unchanged.
const SENTENCE_PLUGINS = ParseEnglish.prototype.tokenizeSentencePlugins
const PARAGRAPH_PLUGINS = ParseEnglish.prototype.tokenizeParagraphPlugins
const KNOWN_LAYOUT = SENTENCE_PLUGINS.length === 7 && PARAGRAPH_PLUGINS.length === 13
const [ELISION, INITIAL_WORD_SYMBOL, FINAL_WORD_SYMBOL, , INNER_WORD_SLASH, INITIALISMS] = SENTENCE_PLUGINS
const BREAK_PLUGIN = 10
const PARAGRAPH_NO_BREAK: ParagraphPlugins = KNOWN_LAYOUT
  ? PARAGRAPH_PLUGINS.filter((_, i) => i !== BREAK_PLUGIN)
  : PARAGRAPH_PLUGINS

// What `tokenize` saw, so transforms that cannot apply are skipped.
const SAW_SLASH = 1
const SAW_AMPERSAND = 2
const SAW_HYPHEN = 4
const SAW_APOSTROPHE = 8
const SAW_FULL_STOP = 16
const SAW_MULTI_BREAK = 32

/**
 * parse-latin's `wordSymbolInner`, `/^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/`:
 * the symbols that join two words ("U.S", "don't", "e-mail"), alone, and underscores in runs.
 */
export const INNER_UNITS: ReadonlySet<number> = new Set(
  [..."&'-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027_"].map((unit) => unit.charCodeAt(0))
)
const UNDERSCORE = 95

/** Whether `value` is a symbol that joins two words, read by code units (a pattern test was asked of every mark after a word). */
function isInnerWordSymbol(value: string): boolean {
  if (value.length === 1) return INNER_UNITS.has(value.charCodeAt(0))
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) !== UNDERSCORE) return false
  return value.length > 0
}

function isSymbol(node: SentenceContent | undefined): node is Punctuation | Symbol {
  return node !== undefined && (node.type === 'PunctuationNode' || node.type === 'SymbolNode')
}

/**
 * Text that exercises every skipped and re-written transform: parsed once
 * by both parsers before the fast path is trusted, so that a parse-latin or
 * parse-english release whose transforms changed (with the same layout) falls
 * back to the stock path instead of building different trees. The flat
 * parser (`flat-parse.ts`) is checked on it the same way.
 */
export const PROBE = [
  'Lt. Cmdr. Dana Whitfield of the U.S. Navy said on Sept. 27. He left at 5 p.m. and/or later, w/ staff, 24/7 on a/b.',
  "AT&T and Johnson & Johnson & Co. said, &more, pre- and post-war plans were 'tis rock 'n' roll at o'clock; ’em, '90s.",
  'e-mail, don’t, snake_case, x@y.z, a--b, 3.5%, A.B.C. staff, e.g. this... really?! “Yes,” she said. and then.',
  'One line\nsecond line\r\n\r\nA new paragraph.\n\n\nThird — with a dash – and 😀 emoji.'
].join(' ')

let agrees: boolean | undefined

/** Whether the fast path builds the stock tree for PROBE (checked once). */
function fastPathAgrees(): boolean {
  if (agrees === undefined) {
    // Set first, so that the probe parser below takes the fast path.
    agrees = true
    agrees = sameNode(new FastParseEnglish().parse(PROBE), reference.parse(PROBE))
  }
  return agrees
}

interface Comparable {
  type: string
  value?: string
  children?: Comparable[]
  position?: {
    start: {line: number; column: number; offset?: number}
    end: {line: number; column: number; offset?: number}
  }
}

function sameNode(a: Comparable, b: Comparable): boolean {
  if (a.type !== b.type || a.value !== b.value) return false
  const pa = a.position
  const pb = b.position
  if (!pa || !pb) {
    if (pa !== pb) return false
  } else if (
    pa.start.offset !== pb.start.offset ||
    pa.end.offset !== pb.end.offset ||
    pa.start.line !== pb.start.line ||
    pa.end.line !== pb.end.line ||
    pa.start.column !== pb.start.column ||
    pa.end.column !== pb.end.column
  ) {
    return false
  }
  const ca = a.children
  const cb = b.children
  if (!ca || !cb) return ca === cb
  if (ca.length !== cb.length) return false
  for (let i = 0; i < ca.length; i++) if (!sameNode(ca[i], cb[i])) return false
  return true
}

/** `ParseEnglish` with a table-driven `tokenize` and guarded transforms; same trees, faster. */
export class FastParseEnglish extends ParseEnglish {
  /**
   * Whether the guarded and re-written transforms are used: the stock lists
   * have the known layout and the probe text parses to the stock tree.
   * Otherwise only the table-driven `tokenize` differs from the stock parser.
   */
  readonly usesFastPath: boolean = KNOWN_LAYOUT && fastPathAgrees()
  /** `SAW_*` flags of the last `tokenize`. */
  private seen = 0

  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    this.seen = 0
    if (!value) return children
    let seen = 0
    const length = value.length
    let line = 1
    let column = 1
    let index = 0
    // One token per turn: its first code unit sets its class, then the run is
    // followed as the stock loop joins it (words and whitespace run on; other
    // classes only repeat one code unit, or take surrogate halves of the same class).
    while (index < length) {
      const from = index
      const start: Point = {line, column, offset: index}
      let code = value.charCodeAt(index)
      let type = classes[code]
      if (type === UNKNOWN) type = classOfUnit(code)
      if (type === WHITE_SPACE) {
        let previous = -1
        let breaks = 0
        for (;;) {
          if (code === 13 || (code === 10 && previous !== 13)) {
            line++
            column = 1
            // Line breaks in one whitespace run, counted as "\r\n", "\r" and "\n".
            if (++breaks === 2) seen |= SAW_MULTI_BREAK
          } else if (code !== 10) {
            column++
          }
          previous = code
          if (++index === length) break
          code = value.charCodeAt(index)
          let next = classes[code]
          if (next === UNKNOWN) next = classOfUnit(code)
          if (next !== WHITE_SPACE) break
        }
      } else if (type === WORD) {
        for (;;) {
          column++
          if (++index === length) break
          code = value.charCodeAt(index)
          let next = classes[code]
          if (next === UNKNOWN) next = classOfUnit(code)
          if (next !== WORD) break
        }
      } else {
        const first = code
        if (first === 47) seen |= SAW_SLASH
        else if (first === 46) seen |= SAW_FULL_STOP
        else if (first === 45) seen |= SAW_HYPHEN
        else if (first === 38) seen |= SAW_AMPERSAND
        else if (first === 39 || first === 0x2019) seen |= SAW_APOSTROPHE
        let previous = first
        for (;;) {
          column++
          if (++index === length) break
          code = value.charCodeAt(index)
          if (code !== previous && (code < 0xd800 || code > 0xdfff)) break
          let next = classes[code]
          if (next === UNKNOWN) next = classOfUnit(code)
          if (next !== type) break
          previous = code
        }
      }
      children.push(
        createNode(TYPES[type] as TokenType, value.slice(from, index), start, {line, column, offset: index})
      )
    }
    this.seen = seen
    return children
  }

  /**
   * The stock sentence step: tokenize, then the seven sentence transforms in
   * their order. Each transform changes nothing unless some node meets its
   * entry test (checked here on the nodes as they stand just before it, so a
   * skipped transform is one that would not have acted); the two that act on
   * most text (mergeInnerWordSymbol, patchPosition) are re-written below as
   * plain loops with the same effect.
   */
  override tokenizeSentence(value: string | null | undefined): Sentence {
    if (!this.usesFastPath) return super.tokenizeSentence(value)
    const children = this.tokenize(value)
    const sentence: Sentence = {type: 'SentenceNode', children}
    const seen = this.seen
    // The paragraph transforms of this parse run next: without whitespace holding two line
    // breaks, breakImplicitSentences cannot act.
    this.tokenizeParagraphPlugins = seen & SAW_MULTI_BREAK ? PARAGRAPH_PLUGINS : PARAGRAPH_NO_BREAK
    if (seen & (SAW_APOSTROPHE | SAW_SLASH) && children.some(elisionMayApply)) ELISION(sentence)
    if (seen & SAW_AMPERSAND && children.some(initialSymbolMayApply)) INITIAL_WORD_SYMBOL(sentence)
    if (seen & SAW_HYPHEN && children.some(finalSymbolMayApply)) FINAL_WORD_SYMBOL(sentence)
    mergeInnerWordSymbol(children)
    if (seen & SAW_SLASH) INNER_WORD_SLASH(sentence)
    if (seen & SAW_FULL_STOP && children.some(initialismMayApply)) INITIALISMS(sentence)
    patchPosition(sentence)
    return sentence
  }
}

// Entry tests: a node for which the stock transform would do something (or might).

/** parse-english's elision merge acts only on a "/", "'" or "’" node. */
function elisionMayApply(node: SentenceContent): boolean {
  return isSymbol(node) && (node.value === "'" || node.value === '’' || node.value === '/')
}

/** mergeInitialWordSymbol: a "&" not after a word, before a word. */
function initialSymbolMayApply(node: SentenceContent, index: number, siblings: SentenceContent[]): boolean {
  if (!isSymbol(node) || node.value !== '&') return false
  const next = siblings[index + 1]
  return !(index > 0 && siblings[index - 1].type === 'WordNode') && next !== undefined && next.type === 'WordNode'
}

/** mergeFinalWordSymbol: a "-" after a word and not before one. */
function finalSymbolMayApply(node: SentenceContent, index: number, siblings: SentenceContent[]): boolean {
  if (index === 0 || !isSymbol(node) || node.value !== '-') return false
  const next = siblings[index + 1]
  return (next === undefined || next.type !== 'WordNode') && siblings[index - 1].type === 'WordNode'
}

/** mergeInitialisms: a "." after a word of an odd number (more than one) of parts ("U.S" + "."). */
function initialismMayApply(node: SentenceContent, index: number, siblings: SentenceContent[]): boolean {
  if (index === 0 || node.type !== 'PunctuationNode' || node.value !== '.') return false
  const previous = siblings[index - 1]
  return previous.type === 'WordNode' && previous.children.length !== 1 && previous.children.length % 2 !== 0
}

/**
 * parse-latin's mergeInnerWordSymbol as a plain loop: a word, then symbols
 * that join words, then a word ("U" "." "S", "e" "-" "mail") become one word.
 * Adapted from parse-latin (MIT, © Titus Wormer); the same steps, the same
 * revisiting of an index after a merge.
 */
function mergeInnerWordSymbol(siblings: SentenceContent[]): void {
  for (let index = 1; index < siblings.length; index++) {
    const child = siblings[index]
    if (!isSymbol(child)) continue
    const previous = siblings[index - 1]
    if (previous.type !== 'WordNode') continue
    let position = index - 1
    const tokens: Word['children'] = []
    let queue: Array<Punctuation | Symbol> = []
    while (siblings[++position]) {
      const sibling = siblings[position]
      if (sibling.type === 'WordNode') {
        tokens.push(...queue, ...sibling.children)
        queue = []
      } else if (isSymbol(sibling) && isInnerWordSymbol(sibling.value)) {
        queue.push(sibling)
      } else {
        break
      }
    }
    if (tokens.length === 0) continue
    if (queue.length > 0) position -= queue.length
    siblings.splice(index, position - index)
    previous.children.push(...tokens)
    const last = tokens[tokens.length - 1]
    if (previous.position && last.position) previous.position.end = last.position.end
    // The stock loop visits this index again (it now holds the node after the merge).
    index--
  }
}

/** parse-latin's patchPosition on a sentence: its position runs from its first child to its last. */
function patchPosition(node: Sentence): void {
  const children = node.children
  if (children.length === 0) return
  const first = children[0]
  if (first.position && (!node.position || !node.position.start)) {
    node.position ??= {} as NonNullable<Sentence['position']>
    node.position.start = first.position.start
  }
  const last = children[children.length - 1]
  if (last.position && (!node.position || !node.position.end)) {
    node.position ??= {} as NonNullable<Sentence['position']>
    node.position.end = last.position.end
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
