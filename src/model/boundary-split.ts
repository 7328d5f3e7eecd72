/**
 * A content split around its cue (`The plan, she said, will fail.`): the
 * rules read one side of the cue; the other side of the same sentence may
 * be the claim's other piece. This file finds that stretch for the boundary
 * re-ranker, which offers its far edge as a candidate (`KIND.split`), and
 * builds the two-piece content when the re-ranker takes it.
 */
import type {Attribution, PiecewiseSpan} from '../types.js'
import {isSpace} from './boundary-scan.js'
import {wordCharAt} from './features.js'

/**
 * The farthest, in characters, a piece across the cue may reach from it: a
 * content after its cue may take the sentence's start only that near (the
 * word just before its source, `which` in `which she said was late`,
 * always), a content before its cue the sentence's end.
 */
export const SPLIT_REACH = 160

/**
 * The stretch of the sentence on the other side of the current content's
 * cue, set by `findSplit`: `side` is `before` for a content after its cue
 * (the stretch runs from the sentence's start to the source or cue),
 * `after` for a content before it (from after the cue and source to the
 * sentence's end), `none` when no piece is offered. `from` and `to` are the
 * stretch's edges without the spaces, commas and dashes that join it to the
 * cue (and, after it, without a full stop after a word, as the rules
 * leave it); `join` is the offset of the cue or source it touches.
 */
export const split = {side: 'none' as 'none' | 'before' | 'after', from: 0, to: 0, join: 0}

/** Whether the code unit joins a piece to its cue: a space, a comma, a dash. */
function joins(code: number): boolean {
  return isSpace(code) || code === 0x2c || code === 0x2d || code === 0x2013 || code === 0x2014
}

/** Whether `text` holds a letter or digit in [from, to). */
function holdsWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (wordCharAt(text, i, false) > 0) return true
  return false
}

/**
 * Set `split` for `a`'s content (read from `text`): a content of one piece
 * entirely after its cue and source, or entirely before them, with words on
 * the other side of them in its sentence, within `SPLIT_REACH` of them (so
 * the work per attribution stays bounded however long the sentence).
 * A direct quotation and a content already in pieces get none (their
 * pieces are the quotation marks' own).
 */
export function findSplit(text: string, a: Attribution): void {
  split.side = 'none'
  const content = a.content
  if (!content || content.parts || a.mode === 'direct') return
  const {cue, source, via, sentence} = a
  if (content.start >= cue.end && (!source || source.end <= content.start || source.start >= content.end)) {
    const join = source && source.start < cue.start ? source.start : cue.start
    let to = join
    while (to > sentence.start && joins(text.charCodeAt(to - 1))) to--
    let from = sentence.start
    while (from < to && isSpace(text.charCodeAt(from))) from++
    if (from >= to || !holdsWord(text, Math.max(from, to - SPLIT_REACH), to)) return
    Object.assign(split, {side: 'before', from, to, join})
  } else if (content.end <= cue.start && (!source || source.start >= content.end)) {
    let join = source && source.start >= cue.end ? source.end : cue.end
    if (via && via.start >= join) join = via.end
    let from = join
    while (from < sentence.end && joins(text.charCodeAt(from))) from++
    let to = sentence.end
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--
    if (text.charCodeAt(to - 1) === 0x2e && wordCharAt(text, to - 2, false) > 0) to--
    if (from >= to || to - join > SPLIT_REACH || !holdsWord(text, from, to)) return
    Object.assign(split, {side: 'after', from, to, join})
  }
}

/**
 * `content` given the piece across its cue that `split` describes, its far
 * edge at `start` (side `before`) or `end` (side `after`) and its near edge
 * where the stretch meets the cue; the content's own piece keeps its other
 * edge at `end` or `start`. `null` when that leaves a piece empty.
 */
export function splitContent(text: string, content: PiecewiseSpan, start: number, end: number): PiecewiseSpan | null {
  const piece = (s: number, e: number) => ({start: s, end: e, text: text.slice(s, e)})
  const parts =
    split.side === 'before'
      ? [piece(start, split.to), piece(content.start, end)]
      : [piece(start, content.end), piece(split.from, end)]
  if (parts.some((p) => p.end <= p.start)) return null
  return {...piece(start, end), parts}
}
