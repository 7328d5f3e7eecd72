/**
 * Alternative boundaries for a source the rules found, for the boundary
 * re-ranker (see `boundaries.ts`): its start and its end, each chosen among
 * the rules' own offset, the places next to a mark or a clause word ("who",
 * "which"), the sentence's start, and a few words in or out. A source is
 * short: it is read in one window, bounded by its sentence, with the same
 * reused arrays and features as a content's edges.
 */
import {PRONOUNS} from '../lexicon/names.js'
import type {Attribution} from '../types.js'
import {
  attributionContext,
  clearProposals,
  CLAUSE_WORDS,
  collect,
  copy,
  EdgeChoices,
  propose,
  proposeNearbyStarts,
  target,
  type EdgeChoice
} from './boundary-candidates.js'
import {describeAttribution, KIND} from './boundary-features.js'
import {hashRange, isSpace, MARK_TOKEN, scanWindow, tokenAt, tokenHash, type Window} from './boundary-scan.js'

/** Characters read before a source's start and after its end. */
const REACH = 120
/** Words an edge may move into the source, and out of it. */
const INTO = 4
const OUT = 3

/**
 * Whether mark token `k` of `w` stands apart from a word on at least one
 * side: not one inside a word or name ("G.K.", "D-N.C."), where no source
 * stops or starts.
 */
function apart(text: string, w: Window, k: number): boolean {
  const before = w.starts[k] === 0 || isSpace(text.charCodeAt(w.starts[k] - 1))
  return before || w.ends[k] >= text.length || isSpace(text.charCodeAt(w.ends[k]))
}

/** The hash of "who", whose clause inside a source the readers took in on purpose. */
const WHO = hashRange('who', 0, 3)

/**
 * Propose the end candidates of the source from `start` to `end` in `w`. A
 * source that holds a relative clause ("People who know him") is never
 * offered an end inside it: the readers took the clause in on purpose.
 */
function proposeEnds(text: string, w: Window, start: number, end: number): void {
  clearProposals()
  const ruleToken = tokenAt(w, end)
  propose(end, ruleToken, KIND.rule)
  let relative = false
  for (let k = tokenAt(w, start) + 1; k < ruleToken && !relative; k++) relative = tokenHash(text, w, k) === WHO
  for (let k = Math.max(1, tokenAt(w, start)); k < w.count; k++) {
    const offset = w.ends[k - 1]
    if (offset <= start || (relative && offset < end)) continue
    // Inside the rules' source no end is offered at a mark: the readers widen a source over the
    // details between commas (an age, a town, "who asked not to be named") on purpose.
    if (w.kinds[k] === MARK_TOKEN) {
      if (offset >= end && apart(text, w, k)) propose(offset, k, KIND.mark)
    } else if (w.kinds[k - 1] !== MARK_TOKEN && CLAUSE_WORDS.has(tokenHash(text, w, k))) propose(offset, k, KIND.word)
  }
  let words = 0
  for (let k = ruleToken - 1; k > 0 && words < INTO && !relative; k--) {
    if (w.kinds[k] === MARK_TOKEN) continue
    words++
    if (w.ends[k - 1] > start) propose(w.ends[k - 1], k, KIND.in)
  }
  words = 0
  for (let k = ruleToken; k < w.count && words < OUT; k++) {
    if (w.kinds[k] === MARK_TOKEN) break
    words++
    propose(w.ends[k], k + 1, KIND.out)
  }
}

/** Propose the start candidates of the source from `start` to `end` in `w` (whose first token may open the sentence). */
function proposeStarts(text: string, w: Window, start: number, end: number, sentenceStart: number): void {
  clearProposals()
  const ruleToken = tokenAt(w, start)
  propose(start, ruleToken, KIND.rule)
  for (let k = 0; k < w.count && w.starts[k] < end; k++) {
    if (w.kinds[k] === MARK_TOKEN) continue
    if (k === 0 ? w.starts[0] - sentenceStart < 3 : w.kinds[k - 1] === MARK_TOKEN && apart(text, w, k - 1))
      propose(w.starts[k], k, k === 0 ? KIND.sentence : KIND.mark)
  }
  proposeNearbyStarts(w, ruleToken, INTO, OUT, end)
}

/**
 * Fill `end` and `start` with the alternative edges of `a`'s source, their
 * features hashed into a space of `size` (`cueStarts`: the document's sorted
 * cue offsets). Returns false, filling nothing, for an attribution without a
 * source, with one markup interrupts, with a pronoun, resolved or not, or a
 * relative word (whose edges are the word's: on GGT dev the moves of pronouns
 * were all wrong), or with a
 * channel (the chain readers drew the source and the channel together).
 */
export function sourceEdges(
  text: string,
  a: Attribution,
  cueStarts: Int32Array,
  size: number,
  end: EdgeChoices,
  start: EdgeChoices
): boolean {
  const source = a.source
  if (!source || source.parts || a.via) return false
  if (source.resolvedBy === 'pronoun' || source.resolvedBy === 'relative' || PRONOUNS.has(source.text.toLowerCase()))
    return false
  describeAttribution(text, a, cueStarts, 'source', attributionContext)
  target.role = 'source'
  target.firstStart = target.lastStart = source.start
  target.firstEnd = target.lastEnd = source.end
  const sentence = a.sentence
  const w = scanWindow(text, Math.max(sentence.start, source.start - REACH), Math.min(sentence.end, source.end + REACH))
  proposeEnds(text, w, source.start, source.end)
  collect(text, w, 'end', tokenAt(w, source.start), size, end)
  proposeStarts(text, w, source.start, source.end, sentence.start)
  collect(text, w, 'start', tokenAt(w, source.end), size, start)
  return true
}

const ends = new EdgeChoices()
const starts = new EdgeChoices()

/** The alternative ends and starts of `a`'s source (`sourceEdges`) as plain objects, the end first. */
export function sourceChoices(text: string, a: Attribution, cueStarts: Int32Array, size: number): EdgeChoice[] {
  return sourceEdges(text, a, cueStarts, size, ends, starts) ? [copy(ends), copy(starts)] : []
}
