/**
 * Channels found around a sentence's attributions once its cues are known:
 *
 * - `opening-channel`: "In an interview with Reuters, X said …", "In remarks
 *   carried by Reuters, X said …", "Speaking to Reuters, X said …": an opening
 *   adverbial that names an outlet is the channel of the clause after it.
 * - `outlet-citing`: "…, Reuters reported, citing officials." and "Reuters,
 *   citing officials, reported that …": an outlet that cites someone is the
 *   channel, the one cited the source; the "citing" participle is folded in.
 * - `channel-possessive`: "said on Reuters's morning programme": a channel
 *   ends at the outlet's possessive ("Reuters").
 *
 * Channels after the cue ("told AFP", "in an interview with Reuters", "in
 * remarks carried by Reuters", "cited by Interfax") are read by the verb rules
 * themselves (verb-content.ts).
 */
import {INTRO_OPENERS, TIME_OPENERS} from '../../lexicon/cue-words.js'
import {WEEKDAYS} from '../../lexicon/function-words.js'
import {
  contentAfter,
  isBoundary,
  isPluralPossessive,
  isQuoteMark,
  rangeOffsets,
  sourceRight,
  type Piece,
  type Range
} from '../spans.js'
import {WORD} from '../tokens.js'
import {isPunct, tok, word, type SentenceView} from '../view.js'
import {isOutletRange} from './shared.js'
import type {RawAttribution} from './types.js'
import {viaIn} from './verb-content.js'

/** Longest opening adverbial, in tokens, that `openingChannel` reads. */
const MAX_OPENING = 14

/**
 * The channel an opening adverbial names for a clause whose source starts at
 * view position `first`: "In an interview with Reuters, X said …". Returns
 * the outlet's range, or null when the sentence opens otherwise.
 */
export function openingChannel(view: SentenceView, first: number): Range | null {
  const comma = first - 1
  if (comma < 2 || comma > MAX_OPENING || !isPunct(view, comma, ',')) return null
  const opener = word(view, 0)
  if (!INTRO_OPENERS.has(opener) && !TIME_OPENERS.has(opener)) return null
  // One adverbial: no other clause break or quotation before the comma.
  for (let k = 1; k < comma; k++) if (isBoundary(view, k) || isQuoteMark(view, k)) return null
  const via = viaIn(view, 0, comma)
  const name = via && outletName(view, via, comma)
  return name && isOutletRange(view, name) ? name : null
}

/**
 * The outlet's name at the start of `via`, before `limit`: up to the end of
 * its first run of capitalised words ("Fox News" of "Fox News who leads").
 */
function outletName(view: SentenceView, via: Range, limit: number): Range | null {
  let j = via.first
  while (j <= via.last && j < limit && !tok(view, j)!.cap) j++
  while (
    j + 1 <= via.last &&
    j + 1 < limit &&
    ((tok(view, j + 1)!.cap && !WEEKDAYS.has(word(view, j + 1))) ||
      isPunct(view, j + 1, '.') ||
      isPunct(view, j + 1, '&') ||
      isPunct(view, j + 1, '-'))
  )
    j++
  return j <= via.last && j < limit && tok(view, j)!.cap ? {first: via.first, last: j} : null
}

/** Whether two view ranges are the same. */
function same(a: Range | null, b: Range | null): boolean {
  return a !== null && b !== null && a.first === b.first && a.last === b.last
}

/**
 * Fold each "citing X" participle whose source is an outlet into the
 * outlet's own attribution of the sentence (from `firstOut` on): X becomes
 * its source and the outlet its channel. Content that began at "citing"
 * ("Reuters reported, citing officials, that …") resumes after X.
 */
export function outletCiting(view: SentenceView, out: RawAttribution[], firstOut: number): void {
  for (let a = firstOut; a < out.length; a++) {
    const citing = out[a]
    if (
      citing.lemma !== 'cite' ||
      citing.rule !== 'verb-participle' ||
      !citing.source ||
      !isOutletRange(view, citing.source)
    )
      continue
    const cue = citing.cue[0]
    let main: RawAttribution | null = null
    for (let b = firstOut; b < out.length; b++)
      if (b !== a && out[b].via === null && same(out[b].source, citing.source)) main = main ?? out[b]
    if (!main) continue
    const cited = sourceRight(view, cue.last + 1, true)
    if (!cited) continue
    const resumes =
      main.content !== null && main.content.length > 0 && main.content[0].start === tok(view, cue.first)!.start
    let content: Piece[] | null = main.content
    if (resumes) {
      const after = contentAfter(view, cited.next)
      if (!after) continue
      content = [after]
    }
    main.via = main.source
    main.source = cited.source
    main.content = content
    out.splice(a, 1)
    a--
  }
}

/**
 * The offsets of a channel: a range ending in a possessive's noun ("Reuters's
 * morning programme", "the BBC's Today programme") ends at the outlet, its
 * "'s" left out.
 */
export function channelOffsets(view: SentenceView, via: Range): Piece {
  for (let j = via.first; j <= via.last; j++) {
    const t = tok(view, j)!
    // "Breitbart News' editor": the apostrophe is a token of its own.
    if (j > via.first && isPluralPossessive(view, j) && isOutletRange(view, {first: via.first, last: j - 1}))
      return rangeOffsets(view, {first: via.first, last: j - 1})
    // Only an outlet's own possessive ends it ("CNN's Jake Tapper", not "Britain's ITV").
    if (
      t.kind === WORD &&
      t.cap &&
      (t.lower.endsWith("'s") || t.lower.endsWith("s'")) &&
      isOutletRange(view, {first: via.first, last: j})
    ) {
      const piece = rangeOffsets(view, {first: via.first, last: j})
      return {start: piece.start, end: piece.end - (t.lower.endsWith("'s") ? 2 : 1)}
    }
  }
  return rangeOffsets(view, via)
}
