/**
 * Cut a paragraph that was parsed whole (the retext plugin's tree) into the
 * pieces `extractAttributions` would have parsed one by one, so that the
 * stages after never see a paragraph longer than `MAX_CHUNK` and the cost
 * stays linear in the input.
 */
import {cutLong, type Chunk} from './paragraphs.js'
import type {SentenceInfo, Token} from './tokens.js'

/** One piece of a paragraph: its own tokens, and sentences indexed into them. */
export interface ParagraphPiece {
  tokens: Token[]
  sentences: SentenceInfo[]
}

/**
 * Cut `tokens` (one paragraph, in order) at the places `cutLong` chooses in
 * `text` between the first and the last token. A token belongs to the piece
 * where it starts; a sentence that spans a cut is split there, and the
 * tokens at each cut lose the whitespace flags a separate parse would not
 * give them. Sentence repairs are left to the caller, piece by piece.
 */
export function cutParagraph(text: string, tokens: Token[], sentences: SentenceInfo[], max: number): ParagraphPiece[] {
  const chunks: Chunk[] = []
  cutLong(text, tokens[0].start, tokens[tokens.length - 1].end, max, chunks)
  const pieces: ParagraphPiece[] = []
  let t = 0
  let s = 0
  for (let c = 0; c < chunks.length && t < tokens.length; c++) {
    const first = t
    const end = c + 1 < chunks.length ? chunks[c + 1].start : Infinity
    while (t < tokens.length && tokens[t].start < end) t++
    if (t === first) continue
    const own = tokens.slice(first, t)
    own[0].spaceBefore = false
    own[0].newlineBefore = false
    own[own.length - 1].spaceAfter = false
    const local: SentenceInfo[] = []
    // Sentences are in token order: move on past those that end in this piece.
    while (s < sentences.length && sentences[s].first < t) {
      const sentence = sentences[s]
      const from = Math.max(sentence.first, first) - first
      const to = Math.min(sentence.last, t) - first
      local.push({start: own[from].start, end: own[to - 1].end, first: from, last: to})
      if (sentence.last > t) break
      s++
    }
    pieces.push({tokens: own, sentences: local})
  }
  return pieces
}
