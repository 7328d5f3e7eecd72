/**
 * Markup between the words of a tree that remark-retext or rehype-retext
 * built: Markdown or HTML syntax (`[`, `](https://…)`, `**`, `<a href=…>`)
 * that no node of the tree covers. The analysis reads the document with
 * that syntax blanked out (and character references read as the characters
 * they stand for), so no source name holds it; afterwards every span
 * gets its text back from the document and, where syntax interrupts it, its
 * pieces of document text as `parts`. Plain text has no such syntax, and the
 * result is left as it is.
 */
import type {ExtractResult, PiecewiseSpan, Span} from '../types.js'
import type {WordSet} from '../lexicon/word-set.js'
import type {Decoded} from './realign.js'
import {setTokenText, type Paragraph} from './tokens.js'

/** parse-latin's white space: characters the parser may leave to white-space nodes. */
const WHITE_SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

function isWhite(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  return code === 32 || WHITE_SPACE.test(text[i])
}

/**
 * The runs of characters that no token covers and that are not white space,
 * as `[start, end, start, end, …]` in document order. `paragraphs` must still
 * hold their tokens. One pass over the text.
 */
export function findMarkup(text: string, paragraphs: readonly Paragraph[]): number[] {
  const runs: number[] = []
  let cursor = 0
  const scan = (to: number): void => {
    for (let i = cursor; i < to; i++) {
      if (isWhite(text, i)) continue
      if (runs.length > 0 && runs[runs.length - 1] === i) runs[runs.length - 1] = i + 1
      else runs.push(i, i + 1)
    }
  }
  for (const paragraph of paragraphs) {
    for (const token of paragraph.tokens) {
      scan(token.start)
      cursor = Math.max(cursor, token.end)
    }
  }
  scan(text.length)
  return runs
}

/**
 * Fills the rest of a decoded word's place in the text the analysis reads
 * (`AT&amp;T` is read as `AT&T` and four fill characters, which names drop);
 * punctuation is filled with spaces, so `&rdquo;` still closes a quote.
 */
const FILL = '\uffff'

/**
 * Give the tokens written as references or escapes the text they stand for
 * (`decoded` and the tokens are both in document order).
 */
export function decodeTokens(paragraphs: readonly Paragraph[], decoded: readonly Decoded[], triggers: WordSet): void {
  let d = 0
  for (const paragraph of paragraphs) {
    for (const token of paragraph.tokens) {
      while (d < decoded.length && decoded[d].start < token.start) d++
      if (d < decoded.length && decoded[d].start === token.start && decoded[d].end === token.end)
        setTokenText(token, decoded[d].value, triggers)
    }
  }
}

/**
 * The text the analysis reads: `text` with every markup run replaced by
 * spaces, and each decoded token written as its value, filled up to its
 * length (same length, same offsets; see `FILL`).
 */
export function readableText(text: string, runs: readonly number[], decoded: readonly Decoded[]): string {
  const edits: Array<[number, number, string]> = []
  for (let r = 0; r < runs.length; r += 2) edits.push([runs[r], runs[r + 1], ' '.repeat(runs[r + 1] - runs[r])])
  for (const {start, end, value, word} of decoded)
    edits.push([start, end, value + (word ? FILL : ' ').repeat(end - start - value.length)])
  edits.sort((a, b) => a[0] - b[0])
  let out = ''
  let from = 0
  for (const [start, end, value] of edits) {
    out += text.slice(from, start) + value
    from = end
  }
  return out + text.slice(from)
}

/**
 * Give every span of `result` (computed on the blanked text) its text from
 * `text`, the document, and split spans that markup interrupts into `parts`.
 * Source names lose the runs of spaces the blanking left.
 */
export function restoreMarkup(result: ExtractResult, text: string, runs: readonly number[]): void {
  const fix = <T extends PiecewiseSpan>(span: T): T => restoreSpan(span, text, runs)
  for (const a of result.attributions) {
    a.cue = fix(a.cue)
    if (a.content) a.content = fix(a.content)
    if (a.source) a.source = fix(a.source)
    if (a.source?.antecedent) a.source.antecedent = fix(a.source.antecedent)
    if (a.via) a.via = fix(a.via)
    a.sentence = fix(a.sentence)
  }
  for (const source of result.sources) {
    source.mentions = source.mentions.map(fix)
    source.name = source.name
      .replaceAll(FILL, '')
      .replace(/\s{2,}/g, ' ')
      .trim()
  }
}

function restoreSpan<T extends PiecewiseSpan>(span: T, text: string, runs: readonly number[]): T {
  const pieces: Span[] = []
  for (const part of span.parts ?? [span]) splitAtMarkup(part.start, part.end, text, runs, pieces)
  if (pieces.length === 0) return {...span, text: text.slice(span.start, span.end)}
  const start = pieces[0].start
  const end = pieces[pieces.length - 1].end
  const {parts: _parts, ...rest} = span
  const fixed = {...rest, start, end, text: text.slice(start, end)} as T
  if (pieces.length > 1) fixed.parts = pieces
  return fixed
}

/** Push the pieces of `start`–`end` between markup runs, white space trimmed. */
function splitAtMarkup(start: number, end: number, text: string, runs: readonly number[], out: Span[]): void {
  let from = start
  for (let r = firstRunAfter(runs, start); r < runs.length && runs[r] < end; r += 2) {
    pushTrimmed(from, runs[r], text, out)
    from = runs[r + 1]
  }
  pushTrimmed(from, end, text, out)
}

/** Index of the first run that ends after `offset` (binary search). */
function firstRunAfter(runs: readonly number[], offset: number): number {
  let low = 0
  let high = runs.length / 2
  while (low < high) {
    const mid = (low + high) >> 1
    if (runs[mid * 2 + 1] <= offset) low = mid + 1
    else high = mid
  }
  return low * 2
}

function pushTrimmed(start: number, end: number, text: string, out: Span[]): void {
  while (start < end && isWhite(text, start)) start++
  while (end > start && isWhite(text, end - 1)) end--
  if (end > start) out.push({start, end, text: text.slice(start, end)})
}
