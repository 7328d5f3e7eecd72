/**
 * Stage 2, without a tree: the paragraphs `flattenTree(parseEnglish(text))`
 * makes, read straight from the text. parse-english builds a tree of nodes,
 * position objects and strings, and `flattenTree` then walks it into token
 * arrays; here the same steps run on runs of the text (`flat-nodes.ts`):
 * tokenize with the tree parser's table, the sentence transforms
 * (`flat-sentence.ts`), the cut into sentences at terminal marks, the
 * paragraph transforms (`flat-paragraph.ts`), the cut into paragraphs at line
 * breaks, then the tokens. The root transforms only move white space between
 * paragraphs and drop empty ones, which flattening never reads.
 *
 * Before it is trusted, the flat parser is checked once against the tree path
 * on a probe text; with another layout of stock transforms, or a probe that
 * differs, `flatParagraphs` takes the tree path. `test/flat-parse.test.ts`
 * checks the equality on hand-written text, generated strings and the seeds.
 */
import {WordSet} from '../lexicon/word-set.js'
import {leaf, PUNCTUATION, SENTENCE, WHITE_SPACE, WORD_NODE, type FlatNode} from './flat-nodes.js'
import {isTerminal, joinSentences, lineBreaks} from './flat-paragraph.js'
import {markFlag, mergeWords} from './flat-sentence.js'
import {KNOWN_LAYOUT} from './parse-rules.js'
import {parseEnglish, PROBE, unitClass} from './parser.js'
import {
  finishParagraph,
  flattenTree,
  hasLineBreak,
  makeToken,
  PUNCT,
  WORD,
  type Paragraph,
  type Token
} from './tokens.js'

/**
 * Push to `out` the paragraphs of `text.slice(start, end)` as
 * `flattenTree(parseEnglish(text.slice(start, end)), text, start, triggers, out)`
 * would: the same tokens, sentences and paragraphs, offsets in `text`.
 */
export function flatParagraphs(text: string, start: number, end: number, triggers: WordSet, out: Paragraph[]): void {
  if (flatPathAgrees()) parseFlat(text, start, end, triggers, out)
  else flattenTree(parseEnglish(text.slice(start, end)), text, start, triggers, out)
}

/** The flat parse itself (see `flatParagraphs`), whether or not it agrees with the tree path. */
export function parseFlat(text: string, start: number, end: number, triggers: WordSet, out: Paragraph[]): void {
  const nodes: FlatNode[] = []
  const seen = tokenize(text, start, end, nodes)
  mergeWords(text, nodes, seen)
  const items = splitSentences(text, nodes)
  joinSentences(text, items, (seen & SAW_BLANK_LINE) !== 0)
  let from = 0
  for (let index = 0; index < items.length; index++) {
    const item = items[index]
    if (index === items.length - 1 || (item.type === WHITE_SPACE && isLineBreak(text, item))) {
      pushParagraph(text, items, from, index + 1, triggers, out)
      from = index + 1
    }
  }
}

/** A flag of `tokenize`: white space holding two line breaks or more. */
const SAW_BLANK_LINE = 64

/**
 * parse-latin's tokenizer: runs of words and of white space, repeats of one
 * mark (and surrogate halves), pushed to `nodes`. Returns the `markFlag`s of
 * the marks, and `SAW_BLANK_LINE`.
 */
function tokenize(text: string, start: number, end: number, nodes: FlatNode[]): number {
  let seen = 0
  let index = start
  while (index < end) {
    const from = index
    let code = text.charCodeAt(index)
    const type = unitClass(code)
    if (type === WHITE_SPACE || type === WORD_NODE) {
      while (++index < end && unitClass(text.charCodeAt(index)) === type);
      if (type === WHITE_SPACE && index - from > 1 && lineBreaks(text, from, index) > 1) seen |= SAW_BLANK_LINE
    } else {
      seen |= markFlag(code)
      let previous = code
      while (++index < end) {
        code = text.charCodeAt(index)
        if (code !== previous && (code < 0xd800 || code > 0xdfff)) break
        if (unitClass(code) !== type) break
        previous = code
      }
    }
    nodes.push(leaf(type, from, index))
  }
  return seen
}

/** Cut the tokens into sentences after every terminal punctuation mark (parse-latin's `splitNode`). */
function splitSentences(text: string, nodes: FlatNode[]): FlatNode[] {
  const sentences: FlatNode[] = []
  let from = 0
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]
    if (index === nodes.length - 1 || (node.type === PUNCTUATION && isTerminal(text, node))) {
      sentences.push({type: SENTENCE, start: 0, end: 0, parts: nodes.slice(from, index + 1)})
      from = index + 1
    }
  }
  return sentences
}

/** parse-latin's `newLine`: white space of spaces, tabs and at least one line break only. */
function isLineBreak(text: string, node: FlatNode): boolean {
  let breaks = false
  for (let i = node.start; i < node.end; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === 13) breaks = true
    else if (code !== 32 && code !== 9) return false
  }
  return breaks
}

/** Flatten the sentences of `items[from..to)` into one paragraph, as `flattenTree` does. */
function pushParagraph(
  text: string,
  items: FlatNode[],
  from: number,
  to: number,
  triggers: WordSet,
  out: Paragraph[]
): void {
  const tokens: Token[] = []
  const sentences: Paragraph['sentences'] = []
  for (let index = from; index < to; index++) {
    const item = items[index]
    if (item.type !== SENTENCE) continue
    const first = tokens.length
    let spaceBefore = false
    let newlineBefore = false
    for (const node of item.parts!) {
      if (node.type === WHITE_SPACE) {
        if (tokens.length > first) tokens[tokens.length - 1].spaceAfter = true
        spaceBefore = true
        newlineBefore = hasLineBreak(text, node.start, node.end)
        continue
      }
      const kind = node.type === WORD_NODE ? WORD : PUNCT
      tokens.push(makeToken(kind, text, node.start, node.end, triggers, spaceBefore, newlineBefore))
      spaceBefore = false
      newlineBefore = false
    }
    if (tokens.length === first) continue
    sentences.push({start: tokens[first].start, end: tokens[tokens.length - 1].end, first, last: tokens.length})
  }
  if (tokens.length > 0) finishParagraph(text, tokens, sentences, triggers, out)
}

/**
 * Text for the check of the flat path: the tree parser's probe, and pieces
 * that each paragraph transform acts on (a sentence opening in lower case or
 * with a digit, a closing quote after a stop, marks without words, a stop
 * before a comma, "etc.", "ol'", a blank line inside a sentence).
 */
const FLAT_PROBE = [
  PROBE,
  'It rose 2. 5 times, said Ms. Ortiz. and then “Fine.” she said.) ?! , ; etc. The ol’ cart',
  'came. A.b. 1.2. x.\n\nNext\r\n\r\nline . . . Mr. and Mrs. Lee, Inc. 3 p.m. ’tis ’n’ ‘90s’.'
].join(' ')

let agrees: boolean | undefined

/** Whether the flat path makes the tree path's paragraphs for FLAT_PROBE (checked once). */
function flatPathAgrees(): boolean {
  if (agrees === undefined) agrees = KNOWN_LAYOUT && sameParagraphs(FLAT_PROBE)
  return agrees
}

/** Whether the flat and the tree path make the same paragraphs of `text`. */
function sameParagraphs(text: string): boolean {
  const triggers = new WordSet(new Set(['said']))
  const flat: Paragraph[] = []
  const tree: Paragraph[] = []
  parseFlat(text, 0, text.length, triggers, flat)
  flattenTree(parseEnglish(text), text, 0, triggers, tree)
  return JSON.stringify(flat) === JSON.stringify(tree)
}

/** Whether `flatParagraphs` takes the flat path (the stock layout, and the probe agrees). */
export function usesFlatPath(): boolean {
  return flatPathAgrees()
}
