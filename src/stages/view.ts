/**
 * A sentence seen as its words and punctuation only (whitespace dropped), the
 * view every rule works on. Positions in a view are indexes into `tokens` of
 * the paragraph through `at`.
 */
import type {Lexicon} from '../lexicon/index.js'
import type {ParagraphQuotes} from './quotes.js'
import {SPACE, WORD, type Paragraph, type Token} from './tokens.js'

/** A sentence with whitespace left out. */
export interface SentenceView {
  paragraph: Paragraph
  /** Index of the sentence in the paragraph. */
  index: number
  /** Token indexes (into `paragraph.tokens`) of the non-space tokens, in order. */
  at: number[]
  /** View position of the sentence's last word (-1 when it has none). */
  lastWord: number
  /** The paragraph's tokens. */
  tokens: Token[]
  quotes: ParagraphQuotes
  lexicon: Lexicon
}

/** Build the view of one sentence. */
export function viewSentence(paragraph: Paragraph, index: number, quotes: ParagraphQuotes, lexicon: Lexicon): SentenceView {
  const sentence = paragraph.sentences[index]
  const tokens = paragraph.tokens
  const at: number[] = []
  let lastWord = -1
  for (let i = sentence.first; i < sentence.last; i++) {
    const kind = tokens[i].kind
    if (kind === SPACE) continue
    if (kind === WORD) lastWord = at.length
    at.push(i)
  }
  return {paragraph, index, at, lastWord, tokens, quotes, lexicon}
}

/** The token at view position `j`, or undefined outside the sentence. */
export function tok(view: SentenceView, j: number): Token | undefined {
  const i = view.at[j]
  return i === undefined ? undefined : view.tokens[i]
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
  const i = view.at[j]
  return i === undefined ? -1 : view.quotes.inside[i]
}
