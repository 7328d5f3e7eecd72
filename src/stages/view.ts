/**
 * A sentence seen as its words and punctuation (whitespace has no tokens),
 * the view every rule works on. Position `j` of a view is the token
 * `first + j` of the paragraph.
 */
import type {Lexicon} from '../lexicon/index.js'
import type {ParagraphQuotes} from './quotes.js'
import {WORD, type Paragraph, type Token} from './tokens.js'

/** A sentence of a paragraph. */
export interface SentenceView {
  paragraph: Paragraph
  /** Index of the sentence in the paragraph. */
  index: number
  /** Index (into `paragraph.tokens`) of the sentence's first token. */
  first: number
  /** Number of tokens in the sentence. */
  length: number
  /** View position of the sentence's last word (-1 when it has none). */
  lastWord: number
  /** The paragraph's tokens. */
  tokens: Token[]
  quotes: ParagraphQuotes
  lexicon: Lexicon
  /** Where a content read forward stops, built on first use (see `contentEnds` in spans.ts). */
  ends: ContentEnds | null
}

/**
 * For each view position, where a content that starts before it ends: the
 * next clause break, and the last word or closing quote before a position.
 * Every cue of a sentence reads its content to the same breaks, so they are
 * found once per sentence (a sentence of many cues stays linear). Plain
 * arrays: a typed array this small costs more to allocate than to fill.
 */
export interface ContentEnds {
  /** Next position at or after k with a ", who/adding …" break or an unquoted ";" (length when none). */
  clause: number[]
  /** Next position at or after k with "and/but" + a reporting form, outside quotes (length when none). */
  verb: number[]
  /** Last position at or before k holding a word or a closing quote (-1 when none). */
  kept: number[]
}

/** Build the view of one sentence. */
export function viewSentence(
  paragraph: Paragraph,
  index: number,
  quotes: ParagraphQuotes,
  lexicon: Lexicon
): SentenceView {
  const sentence = paragraph.sentences[index]
  const tokens = paragraph.tokens
  let lastWord = -1
  for (let i = sentence.last - 1; i >= sentence.first; i--) {
    if (tokens[i].kind === WORD) {
      lastWord = i - sentence.first
      break
    }
  }
  return {
    paragraph,
    index,
    first: sentence.first,
    length: sentence.last - sentence.first,
    lastWord,
    tokens,
    quotes,
    lexicon,
    ends: null
  }
}

/** The token at view position `j`, or undefined outside the sentence. */
export function tok(view: SentenceView, j: number): Token | undefined {
  return j >= 0 && j < view.length ? view.tokens[view.first + j] : undefined
}

/** Lower-case text of the word at `j`, or '' when it is not a word. */
export function word(view: SentenceView, j: number): string {
  const token = tok(view, j)
  return token !== undefined && token.kind === WORD ? token.lower : ''
}

/** Text of the token at `j` ('' outside the sentence). */
export function text(view: SentenceView, j: number): string {
  return tok(view, j)?.text ?? ''
}

/** Whether the token at `j` is punctuation with this text. */
export function isPunct(view: SentenceView, j: number, value: string): boolean {
  const token = tok(view, j)
  return token !== undefined && token.kind !== WORD && token.text === value
}

/** Whether the token at `j` is a word. */
export function isWord(view: SentenceView, j: number): boolean {
  return tok(view, j)?.kind === WORD
}

/** Index of the quote holding the token at `j` (-1 for none). */
export function quoteAt(view: SentenceView, j: number): number {
  return j >= 0 && j < view.length ? view.quotes.inside[view.first + j] : -1
}
