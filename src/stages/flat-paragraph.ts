/**
 * parse-english's paragraph transforms on flat nodes (`flat-nodes.ts`): the
 * sentences cut at every terminal mark are joined again where the stock
 * parser joins them ("Sept." before "27", "said." before "and"), marks at
 * sentence edges moved, white space moved out, sentences broken at blank
 * lines. The same steps as the stock transforms, in their order, with the same
 * visiting and revisiting (MIT, © Titus Wormer); the word tests are asked of
 * the stock transforms (`parse-rules.ts`). The last, patchPosition, only sets
 * sentence positions, which flattening does not read.
 */
import {
  append,
  isMark,
  isUnit,
  prepend,
  PUNCTUATION,
  SENTENCE,
  WHITE_SPACE,
  WORD_NODE,
  type FlatNode
} from './flat-nodes.js'
import {
  isAffixSymbol,
  isEnglishAbbreviation,
  isPrefixAbbreviation,
  startsLowerCase,
  type WordTest
} from './parse-rules.js'

const FULL_STOP = 46
const COMMA = 44
const SEMICOLON = 59
const LF = 10
const CR = 13

/**
 * Run the paragraph transforms on `items`, the sentences (and white space) of
 * one paragraph; `blankLines` says whether some white space holds two line
 * breaks (without, breakImplicitSentences cannot act).
 */
export function joinSentences(text: string, items: FlatNode[], blankLines: boolean): void {
  mergePrefixExceptions(text, items, isEnglishAbbreviation, false)
  mergeNonWordSentences(items)
  mergeAffixSymbol(text, items)
  mergeInitialLowerCaseLetterSentences(text, items)
  mergeInitialDigitSentences(text, items)
  mergePrefixExceptions(text, items, isPrefixAbbreviation, true)
  mergeAffixExceptions(text, items)
  mergeRemainingFullStops(text, items)
  makeInitialWhiteSpaceSiblings(items)
  makeFinalWhiteSpaceSiblings(items)
  if (blankLines) breakImplicitSentences(text, items)
  removeEmptySentences(items)
}

/** Whether `text` at `node` is one of parse-latin's terminal marks, in a run (`/^([!.?…‽]+)$/`). */
export function isTerminal(text: string, node: FlatNode): boolean {
  for (let i = node.start; i < node.end; i++) {
    const code = text.charCodeAt(i)
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026 && code !== 0x203d) return false
  }
  return node.end > node.start
}

/** Move the sentence after `items[index]` into it. */
function joinNext(items: FlatNode[], index: number): void {
  const children = items[index].parts!
  for (const node of items[index + 1].parts!) children.push(node)
  items.splice(index + 1, 1)
}

/**
 * parse-english's mergeEnglishPrefixExceptions (`english`) and parse-latin's
 * mergePrefixExceptions: a sentence ending in an abbreviation and "." keeps
 * the stop in the word and runs on into the next sentence.
 */
function mergePrefixExceptions(text: string, items: FlatNode[], isAbbreviation: WordTest, latin: boolean): void {
  for (let index = 0; index < items.length; index++) {
    if (index < 0) continue
    const children = items[index].parts
    if (children === null || (latin && children.length < 2)) continue
    const period = children[children.length - 1]
    const word = children[children.length - 2]
    if (period === undefined || !(latin ? isMark(period) : period.type === PUNCTUATION)) continue
    if (!isUnit(text, period, FULL_STOP) || word === undefined || word.type !== WORD_NODE) continue
    if (!isAbbreviation(text, word.start, word.end)) continue
    append(word, period)
    children.pop()
    const next = items[index + 1]
    if (next !== undefined && next.type === SENTENCE) {
      joinNext(items, index)
      index -= 2
    }
  }
}

function hasWord(sentence: FlatNode): boolean {
  for (const node of sentence.parts!) if (node.type === WORD_NODE) return true
  return false
}

/** mergeNonWordSentences: a sentence without words joins the one before it (or else the one after). */
function mergeNonWordSentences(items: FlatNode[]): void {
  for (let index = 0; index < items.length; index++) {
    const child = items[index]
    if (child.parts === null || hasWord(child)) continue
    const previous = items[index - 1]
    if (previous !== undefined && previous.parts !== null) {
      for (const node of child.parts) previous.parts.push(node)
      items.splice(index, 1)
      index--
      continue
    }
    const next = items[index + 1]
    if (next !== undefined && next.parts !== null) {
      next.parts.unshift(...child.parts)
      // The stock loop goes on to the next index (passing over `next`).
      items.splice(index, 1)
    }
  }
}

/** Whether a mark is a run of one of parse-latin's affix symbols (`”`, `)`, `.`). */
function isAffix(text: string, node: FlatNode): boolean {
  const first = text.charCodeAt(node.start)
  for (let i = node.start + 1; i < node.end; i++) if (text.charCodeAt(i) !== first) return false
  return isAffixSymbol(first)
}

/** mergeAffixSymbol: a closing mark opening a sentence goes back to the one before it. */
function mergeAffixSymbol(text: string, items: FlatNode[]): void {
  for (let index = 1; index < items.length; index++) {
    if (index < 1) continue
    const children = items[index].parts
    if (children === null || children.length === 0) continue
    const previous = items[index - 1]
    const first = children[0]
    if (previous.type !== SENTENCE || !isMark(first) || !isAffix(text, first)) continue
    children.shift()
    previous.parts!.push(first)
    index -= 2
  }
}

/** mergeInitialLowerCaseLetterSentences: a sentence whose first word starts in lower case joins the one before. */
function mergeInitialLowerCaseLetterSentences(text: string, items: FlatNode[]): void {
  for (let index = 1; index < items.length; index++) {
    const child = items[index]
    const previous = items[index - 1]
    if (child.type !== SENTENCE || previous.type !== SENTENCE) continue
    const children = child.parts!
    for (const node of children) {
      if (node.type === WORD_NODE) {
        if (startsLowerCase(text, node.start, node.end)) {
          for (const moved of children) previous.parts!.push(moved)
          items.splice(index, 1)
          index--
        }
        break
      }
      if (isMark(node)) break
    }
  }
}

/** mergeInitialDigitSentences: a sentence starting with a digit joins the one before ("2.5"). */
function mergeInitialDigitSentences(text: string, items: FlatNode[]): void {
  for (let index = 1; index < items.length; index++) {
    const child = items[index]
    if (child.type !== SENTENCE || items[index - 1].type !== SENTENCE) continue
    const head = child.parts![0]
    if (head === undefined || head.type !== WORD_NODE) continue
    const code = text.charCodeAt(head.start)
    if (code < 48 || code > 57) continue
    for (const node of child.parts!) items[index - 1].parts!.push(node)
    items.splice(index, 1)
    index--
  }
}

/** mergeAffixExceptions: a sentence of "," or ";" before any word joins the one before it. */
function mergeAffixExceptions(text: string, items: FlatNode[]): void {
  for (let index = 1; index < items.length; index++) {
    const previous = items[index - 1]
    const children = items[index].parts
    if (previous.parts === null || children === null || children.length === 0) continue
    for (const node of children) {
      if (node.type === WORD_NODE) break
      if (!isMark(node)) continue
      if (isUnit(text, node, COMMA) || isUnit(text, node, SEMICOLON)) {
        for (const moved of children) previous.parts.push(moved)
        items.splice(index, 1)
        index--
      }
      break
    }
  }
}

/** mergeRemainingFullStops: a "." inside a sentence, not its last terminal mark, joins a word next to it. */
function mergeRemainingFullStops(text: string, items: FlatNode[]): void {
  for (const item of items) {
    const children = item.parts
    if (children === null) continue
    let foundDelimiter = false
    for (let position = children.length - 1; position >= 0; position--) {
      const node = children[position]
      if (!isMark(node)) {
        if (node.type === WORD_NODE) foundDelimiter = true
        continue
      }
      if (!isTerminal(text, node)) continue
      if (!foundDelimiter) {
        foundDelimiter = true
        continue
      }
      if (!isUnit(text, node, FULL_STOP)) continue
      const previous = children[position - 1]
      const next = children[position + 1]
      if (previous !== undefined && previous.type === WORD_NODE) {
        const nextNext = children[position + 2]
        if (
          next !== undefined &&
          nextNext !== undefined &&
          next.type === WHITE_SPACE &&
          isUnit(text, nextNext, FULL_STOP)
        )
          continue
        children.splice(position, 1)
        append(previous, node)
        position--
      } else if (next !== undefined && next.type === WORD_NODE) {
        children.splice(position, 1)
        prepend(next, node)
      }
    }
  }
}

/** makeInitialWhiteSpaceSiblings: white space opening a sentence moves out before it. */
function makeInitialWhiteSpaceSiblings(items: FlatNode[]): void {
  for (let index = 0; index < items.length; index++) {
    const children = items[index].parts
    if (children === null || children.length === 0 || children[0].type !== WHITE_SPACE) continue
    items.splice(index, 0, children.shift()!)
  }
}

/** makeFinalWhiteSpaceSiblings: white space closing a sentence moves out after it. */
function makeFinalWhiteSpaceSiblings(items: FlatNode[]): void {
  for (let index = 0; index < items.length; index++) {
    const children = items[index].parts
    if (children === null || children.length === 0 || children[children.length - 1].type !== WHITE_SPACE) continue
    items.splice(index + 1, 0, children.pop()!)
    index--
  }
}

/** How many line breaks `text` holds from `start` to `end` ("\r\n", "\r" and "\n" each one). */
export function lineBreaks(text: string, start: number, end: number): number {
  let count = 0
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === CR) {
      count++
      if (i + 1 < end && text.charCodeAt(i + 1) === LF) i++
    } else if (code === LF) {
      count++
    }
  }
  return count
}

/** breakImplicitSentences: white space with two or more line breaks inside a sentence ends it. */
function breakImplicitSentences(text: string, items: FlatNode[]): void {
  for (let index = 0; index < items.length; index++) {
    const child = items[index]
    if (child.type !== SENTENCE) continue
    const children = child.parts!
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]
      if (node.type !== WHITE_SPACE || lineBreaks(text, node.start, node.end) < 2) continue
      child.parts = children.slice(0, position)
      const insertion: FlatNode = {type: SENTENCE, start: 0, end: 0, parts: children.slice(position + 1)}
      items.splice(index + 1, 0, node, insertion)
      // The stock loop visits the inserted white space next.
      break
    }
  }
}

/** removeEmptyNodes: sentences left empty go. */
function removeEmptySentences(items: FlatNode[]): void {
  for (let index = 0; index < items.length; index++) {
    const children = items[index].parts
    if (children !== null && children.length === 0) {
      items.splice(index, 1)
      index--
    }
  }
}
