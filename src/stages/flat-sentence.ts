/**
 * parse-english's sentence transforms on flat nodes (`flat-nodes.ts`), in the
 * stock order, each the same steps as the stock transform (the same visiting
 * order, the same revisiting of an index after a merge), so the flat parser
 * joins exactly the words the stock parser joins. Adapted from parse-english
 * and parse-latin (MIT, © Titus Wormer). The tests on words are asked of the
 * stock transforms (`parse-rules.ts`).
 */
import {append, isMark, isUnit, PUNCTUATION, prepend, WHITE_SPACE, WORD_NODE, type FlatNode} from './flat-nodes.js'
import {isElisionAffix, isElisionPrefix, isNumeral} from './parse-rules.js'
import {INNER_UNITS} from './parser.js'

const AMPERSAND = 38
const APOSTROPHE = 39
const RIGHT_SINGLE_QUOTE = 0x2019
const HYPHEN = 45
const FULL_STOP = 46
const SLASH = 47
const UNDERSCORE = 95

/**
 * The first code unit of a mark, as a flag of what the tokenizer saw (0 for
 * units no transform looks for): a transform whose mark never occurs cannot
 * act, and is skipped.
 */
export function markFlag(code: number): number {
  return code === SLASH
    ? SAW_SLASH
    : code === FULL_STOP
      ? SAW_FULL_STOP
      : code === HYPHEN
        ? SAW_HYPHEN
        : code === AMPERSAND
          ? SAW_AMPERSAND
          : code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE
            ? SAW_APOSTROPHE
            : 0
}

const SAW_SLASH = 1
const SAW_AMPERSAND = 2
const SAW_HYPHEN = 4
const SAW_APOSTROPHE = 8
const SAW_FULL_STOP = 16

/**
 * Run the six sentence transforms that change nodes on `nodes`, the whole
 * text's tokens; `seen` holds the `markFlag`s of its marks.
 */
export function mergeWords(text: string, nodes: FlatNode[], seen: number): void {
  if (seen & (SAW_SLASH | SAW_APOSTROPHE)) mergeElisions(text, nodes)
  if (seen & SAW_AMPERSAND) mergeInitialWordSymbol(text, nodes)
  if (seen & SAW_HYPHEN) mergeFinalWordSymbol(text, nodes)
  mergeInnerWordSymbol(text, nodes)
  if (seen & SAW_SLASH) mergeInnerWordSlash(text, nodes)
  if (seen & SAW_FULL_STOP) mergeInitialisms(text, nodes)
}

function isApostrophe(text: string, node: FlatNode | undefined): boolean {
  return isUnit(text, node, APOSTROPHE) || isUnit(text, node, RIGHT_SINGLE_QUOTE)
}

/** Whether the word `node` is written as one letter `lower` in either case (`toLowerCase() === lower`). */
function isLetter(text: string, node: FlatNode, lower: number): boolean {
  return isUnit(text, node, lower) || isUnit(text, node, lower - 32)
}

/** parse-english's elisions: "w/", "ol'" and "'tis", "'90s", "'n'". */
function mergeElisions(text: string, nodes: FlatNode[]): void {
  for (let index = 0; index < nodes.length; index++) {
    const child = nodes[index]
    if (!isMark(child)) continue
    const length = nodes.length
    if (isUnit(text, child, SLASH)) {
      const sibling = nodes[index - 1]
      if (sibling !== undefined && sibling.type === WORD_NODE && isLetter(text, sibling, 119)) {
        nodes.splice(index, 1)
        append(sibling, child)
      }
    } else if (isApostrophe(text, child)) {
      const sibling = nodes[index - 1]
      if (
        index > 2 &&
        index < length - 1 &&
        sibling.type === WORD_NODE &&
        nodes[index - 2].type === WHITE_SPACE &&
        nodes[index + 1].type === WHITE_SPACE &&
        isElisionPrefix(text, sibling.start, sibling.end)
      ) {
        nodes.splice(index, 1)
        append(sibling, child)
        continue
      }
      const next = nodes[index + 1]
      if (index !== length - 1 && next.type === WORD_NODE && (index === 0 || sibling.type !== WORD_NODE)) {
        const other = nodes[index + 2]
        if (isElisionAffix(text, next.start, next.end)) {
          nodes.splice(index, 1)
          prepend(next, child)
        } else if (
          isLetter(text, next, 110) &&
          other !== undefined &&
          other.type === PUNCTUATION &&
          isApostrophe(text, other)
        ) {
          nodes.splice(index, 1)
          nodes.splice(index + 1, 1)
          prepend(next, child)
          append(next, other)
        }
      }
    }
  }
}

/** mergeInitialWordSymbol: "&" before a word, after no word, joins it ("&more"). */
function mergeInitialWordSymbol(text: string, nodes: FlatNode[]): void {
  for (let index = 0; index < nodes.length; index++) {
    if (index < 0) continue
    const child = nodes[index]
    if (!isMark(child) || !isUnit(text, child, AMPERSAND)) continue
    const next = nodes[index + 1]
    if ((index > 0 && nodes[index - 1].type === WORD_NODE) || !(next !== undefined && next.type === WORD_NODE)) continue
    nodes.splice(index, 1)
    prepend(next, child)
    // The stock loop visits index - 1 next.
    index -= 2
  }
}

/** mergeFinalWordSymbol: "-" after a word, before no word, joins it ("pre-"). */
function mergeFinalWordSymbol(text: string, nodes: FlatNode[]): void {
  for (let index = 1; index < nodes.length; index++) {
    const child = nodes[index]
    if (!isMark(child) || !isUnit(text, child, HYPHEN)) continue
    const previous = nodes[index - 1]
    const next = nodes[index + 1]
    if ((next === undefined || next.type !== WORD_NODE) && previous.type === WORD_NODE) {
      nodes.splice(index, 1)
      append(previous, child)
      // The stock loop visits this index again.
      index--
    }
  }
}

/** Whether a mark joins two words (`INNER_UNITS`, parse-latin's `wordSymbolInner`): alone, or underscores in a run. */
function isInnerWordSymbol(text: string, node: FlatNode): boolean {
  const length = node.end - node.start
  if (length === 1) return INNER_UNITS.has(text.charCodeAt(node.start))
  for (let i = node.start; i < node.end; i++) if (text.charCodeAt(i) !== UNDERSCORE) return false
  return length > 0
}

/** mergeInnerWordSymbol: words joined by inner symbols become one word ("U.S", "e-mail", "don't"). */
function mergeInnerWordSymbol(text: string, nodes: FlatNode[]): void {
  for (let index = 1; index < nodes.length; index++) {
    if (!isMark(nodes[index])) continue
    const previous = nodes[index - 1]
    if (previous.type !== WORD_NODE) continue
    let position = index - 1
    let queued = 0
    let last = -1
    while (++position < nodes.length) {
      const sibling = nodes[position]
      if (sibling.type === WORD_NODE) {
        last = position
        queued = 0
      } else if (isMark(sibling) && isInnerWordSymbol(text, sibling)) {
        queued++
      } else {
        break
      }
    }
    if (last === -1) continue
    position -= queued
    for (let k = index; k <= last; k++) append(previous, nodes[k])
    nodes.splice(index, position - index)
    // The stock loop visits this index again (it now holds the node after the merge).
    index--
  }
}

/** mergeInnerWordSlash: short words around a "/" become one ("a/b", "24/7"). */
function mergeInnerWordSlash(text: string, nodes: FlatNode[]): void {
  for (let index = 0; index < nodes.length; index++) {
    const child = nodes[index]
    const previous = nodes[index - 1]
    if (previous === undefined || previous.type !== WORD_NODE || !isMark(child) || !isUnit(text, child, SLASH)) continue
    const next = nodes[index + 1]
    const joinsNext = next !== undefined && next.type === WORD_NODE
    if (previous.end - previous.start < 3 && (!joinsNext || next.end - next.start < 3)) {
      append(previous, child)
      if (joinsNext) append(previous, next)
      nodes.splice(index, joinsNext ? 2 : 1)
      index--
    }
  }
}

/** mergeInitialisms: a "." after a word of dotted single letters, not all digits, joins it ("U.S."). */
function mergeInitialisms(text: string, nodes: FlatNode[]): void {
  for (let index = 1; index < nodes.length; index++) {
    const child = nodes[index]
    if (child.type !== PUNCTUATION || !isUnit(text, child, FULL_STOP)) continue
    const previous = nodes[index - 1]
    const parts = previous.parts
    if (previous.type !== WORD_NODE || parts === null || parts.length === 1 || parts.length % 2 === 0) continue
    if (!isInitialism(text, parts)) continue
    nodes.splice(index, 1)
    append(previous, child)
    index--
  }
}

/** The stock test: from the end, single units at even places (not all numerals), "." at odd ones. */
function isInitialism(text: string, parts: FlatNode[]): boolean {
  let allDigits = true
  for (let position = parts.length - 1; position >= 0; position--) {
    const part = parts[position]
    if (position % 2 === 0) {
      if (part.end - part.start > 1) return false
      if (!isNumeral(text.charCodeAt(part.start))) allDigits = false
    } else if (!isUnit(text, part, FULL_STOP)) {
      if (position < parts.length - 2) break
      return false
    }
  }
  return !allDigits
}
