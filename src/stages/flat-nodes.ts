/**
 * The nodes of the flat parser (`flat-parse.ts`): parse-english's tree cut
 * down to what flattening reads. A node is a run of the input by offsets
 * (no strings, no position objects); a word keeps its parts only once
 * something was merged into it, and a sentence holds its children.
 */

export const WHITE_SPACE = 1
export const PUNCTUATION = 2
export const WORD_NODE = 3
export const SYMBOL = 4
export const SENTENCE = 5
export const TEXT = 6

/** One node: white space, punctuation, word, symbol, sentence, or a word's text part. */
export interface FlatNode {
  type: number
  start: number
  end: number
  /**
   * A sentence's children; a word's parts once it has more than its own text
   * (null before: one text part, start to end); null for the others.
   */
  parts: FlatNode[] | null
}

/** A node with no parts. */
export function leaf(type: number, start: number, end: number): FlatNode {
  return {type, start, end, parts: null}
}

/** Whether `node` is punctuation or a symbol (parse-latin tests both alike). */
export function isMark(node: FlatNode | undefined): boolean {
  return node !== undefined && (node.type === PUNCTUATION || node.type === SYMBOL)
}

/** Whether `node` is written as the one code unit `code`. */
export function isUnit(text: string, node: FlatNode | undefined, code: number): boolean {
  return node !== undefined && node.end - node.start === 1 && text.charCodeAt(node.start) === code
}

/** A word's parts, made real (its own text as one part) the first time they are needed. */
export function partsOf(word: FlatNode): FlatNode[] {
  return (word.parts ??= [leaf(TEXT, word.start, word.end)])
}

/** Append `node` (a mark, or a word's parts) to the word `word`. */
export function append(word: FlatNode, node: FlatNode): void {
  const parts = partsOf(word)
  if (node.type === WORD_NODE) {
    if (node.parts === null) parts.push(leaf(TEXT, node.start, node.end))
    else for (const part of node.parts) parts.push(part)
  } else {
    parts.push(node)
  }
  word.end = node.end
}

/** Put the mark `node` before the parts of the word `word`. */
export function prepend(word: FlatNode, node: FlatNode): void {
  partsOf(word).unshift(node)
  word.start = node.start
}
