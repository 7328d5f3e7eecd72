/**
 * Put back in place the words of a tree that remark-retext or rehype-retext
 * built. Those converters place each token of a text node by counting the
 * characters of its value from the node's start, so after a character
 * reference (`&rsquo;`), an escape (`\*`) or a line prefix (`> ` in a
 * block quote) the following tokens of that node point too early in the
 * document. A token whose value is not found where it points is looked for
 * where the previous token ends, reading references and escapes as the
 * characters they stand for. Trees parsed from plain text are left as they
 * are (every token is found where it points).
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {Root, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {lineStarts, pointAt} from '../line-index.js'

/** How far past the previous token a misplaced token is looked for (line prefixes, list markers). */
const SKIP = 64
/** The longest character reference read (`&CounterClockwiseContourIntegral;` is 33). */
const REFERENCE = 40

/** A token written differently from its value (`&rsquo;` for `’`): its place and its value. */
export interface Decoded {
  start: number
  end: number
  value: string
  /** A word (its place is filled so that it stays one word), not punctuation. */
  word: boolean
}

/**
 * Move misplaced tokens of `tree` to where their text is in `text` (in
 * place), and return, in document order, the tokens whose written form
 * differs from their value.
 */
export function realignTree(tree: Root, text: string): Decoded[] {
  const decoded: Decoded[] = []
  let cursor = 0
  let lines: number[] | undefined
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      for (const node of sentence.children) {
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start === undefined || end === undefined) continue
        const value = valueOf(node)
        if (start >= cursor && (node.type === 'WhiteSpaceNode' || text.startsWith(value, start))) {
          cursor = end
          continue
        }
        const found = find(value, text, start >= cursor ? start : cursor, node.type === 'WhiteSpaceNode')
        if (found === null) {
          cursor = Math.max(cursor, end)
          continue
        }
        lines ??= lineStarts(text)
        node.position = {start: pointAt(lines, found[0]), end: pointAt(lines, found[1])}
        cursor = found[1]
        if (node.type !== 'WhiteSpaceNode' && found[1] - found[0] !== value.length)
          decoded.push({start: found[0], end: found[1], value, word: node.type === 'WordNode'})
      }
    }
  }
  return decoded
}

function valueOf(node: SentenceContent): string {
  return 'value' in node ? node.value : toString(node)
}

/** Where `value` is written at `from` or a little after it (past syntax only), as `[start, end]`. */
function find(value: string, text: string, from: number, white: boolean): [number, number] | null {
  const limit = Math.min(text.length, from + SKIP)
  for (let p = from; p < limit; p++) {
    const end = white ? matchWhite(text, p) : matchAt(value, text, p)
    if (end !== -1) return [p, end]
    // Only syntax is skipped: never a letter or digit of the text.
    if (/[\p{L}\p{N}]/u.test(text[p])) break
  }
  return null
}

/** The end of `value` written at `p` (references and escapes read as what they stand for), or -1. */
function matchAt(value: string, text: string, p: number): number {
  let i = 0
  while (i < value.length) {
    if (p >= text.length) return -1
    const code = text.charCodeAt(p)
    // A reference first: in `AT&amp;T` the value's `&` is the whole `&amp;`.
    const reference = code === 38 ? readReference(text, p) : null
    if (reference !== null && value.startsWith(reference.value, i)) {
      i += reference.value.length
      p = reference.end
    } else if (code === value.charCodeAt(i)) {
      i++
      p++
    } else if (code === 92 && text.charCodeAt(p + 1) === value.charCodeAt(i)) {
      i++
      p += 2
    } else {
      return -1
    }
  }
  return p
}

/** The end of the white space (or references to it) written at `p`, or -1 when there is none. */
function matchWhite(text: string, p: number): number {
  const start = p
  while (p < text.length) {
    if (/\s/.test(text[p])) {
      p++
      continue
    }
    const reference = text.charCodeAt(p) === 38 ? readReference(text, p) : null
    if (reference === null || !/^\s+$/.test(reference.value)) break
    p = reference.end
  }
  return p > start ? p : -1
}

/** The character reference at `p` (`&amp;`, `&#8217;`, `&#x2019;`) and its end, or null. */
function readReference(text: string, p: number): {value: string; end: number} | null {
  const semicolon = text.indexOf(';', p + 1)
  if (semicolon === -1 || semicolon - p > REFERENCE) return null
  const name = text.slice(p + 1, semicolon)
  if (name[0] === '#') {
    const hex = name[1] === 'x' || name[1] === 'X'
    const digits = name.slice(hex ? 2 : 1)
    if (!(hex ? /^[\da-f]+$/i : /^\d+$/).test(digits)) return null
    const code = Number.parseInt(digits, hex ? 16 : 10)
    if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null
    return {value: String.fromCodePoint(code), end: semicolon + 1}
  }
  const value = decodeNamedCharacterReference(name)
  return value === false ? null : {value, end: semicolon + 1}
}
