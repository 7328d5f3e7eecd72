/** Cues that are nouns: "Trump's claim that …", and polls as sources ("In a CNN poll, …"). */
import {prior} from '../../rules/registry.js'
import {POLL_HEADS} from '../../lexicon/cue-words.js'
import {NP_PREPOSITIONS} from '../../lexicon/function-words.js'
import {POSSESSIVES} from '../../lexicon/names.js'
import type {NounCue} from '../../lexicon/nouns.js'
import {
  contentAfter,
  contentBefore,
  isOpeningQuote,
  isSentenceEnd,
  skipAdverbials,
  sourceRight,
  type Piece,
  type Range
} from '../spans.js'
import {isPunct, quoteAt, tok, word, type SentenceView} from '../view.js'
import {raw} from './build.js'
import type {RawAttribution} from './types.js'

/**
 * "Trump's claim that …", "his decision to …", "allegations that …": a noun
 * cue, the possessor as source, the complement as content.
 */
export function nominalCue(view: SentenceView, j: number, w: string, noun: NounCue, out: RawAttribution[]): boolean {
  const next = word(view, j + 1)
  const quoted = isOpeningQuote(view, j + 1) || isPunct(view, j + 1, ':')
  if (!noun.complements.includes(next) && !quoted) return false
  // "that" after the noun must open a clause, not a relative one ("the claim that he made"):
  // a relative "that" is followed by a pronoun and a verb at once, which this cannot tell; accept.
  const source = possessorBefore(view, j)
  // Without a possessor the noun is too often a plain noun ("the claim that he made").
  if (!source) return false
  const content = contentAfter(view, quoted ? j + 1 : next === 'to' ? j + 1 : j + 1)
  if (!content) return false
  out.push(
    raw(view, {
      cue: [{first: j, last: j}],
      lemma: w,
      category: noun.category,
      rule: 'nominal',
      source,
      via: null,
      content: [content],
      confidence: prior('nominal')
    })
  )
  return true
}

/**
 * "In a CNN poll released Monday, 50 percent chose …" / "… leads by five
 * points in the latest poll.": the poll is the source, the clause the content.
 */
export function inPoll(view: SentenceView, j: number, out: RawAttribution[]): boolean {
  if (quoteAt(view, j) !== -1) return false
  const np = sourceRight(view, j + 1)
  if (!np) return false
  // The head is the last word before the phrase's first preposition or participle.
  let head = np.source.last
  for (let k = np.source.first + 1; k <= np.source.last; k++) {
    const x = word(view, k)
    if (
      x === 'of' ||
      x === 'by' ||
      x === 'for' ||
      x === 'from' ||
      x === 'released' ||
      x === 'published' ||
      x === 'conducted' ||
      x === 'taken' ||
      x === 'out'
    ) {
      head = k - 1
      break
    }
  }
  if (!POLL_HEADS.has(word(view, head))) return false
  let content: Piece | null = null
  let next = np.next
  if (j === 0) {
    // Extend to the comma: "In a poll conducted by X for Y, …"
    while (next < view.length && next < np.next + 12 && !isPunct(view, next, ',')) next++
    if (!isPunct(view, next, ',')) return false
    content = contentAfter(view, next + 1)
    np.source.last = next - 1
  } else if (
    isSentenceEnd(view, np.next) ||
    (isPunct(view, np.next, ',') && isSentenceEnd(view, skipAdverbials(view, np.next + 1)))
  ) {
    content = contentBefore(view, j)
  }
  if (!content) return false
  out.push(
    raw(view, {
      cue: [{first: j, last: j}],
      lemma: 'in',
      category: 'evidence',
      rule: 'in-poll',
      source: np.source,
      via: null,
      content: [content],
      confidence: prior('in-poll')
    })
  )
  return true
}

/**
 * The possessor of the noun at `j` ("Pask's claim", "her view"), or null:
 * "your claim" addresses the reader, who is no source.
 */
export function possessorBefore(view: SentenceView, j: number): Range | null {
  const before = word(view, j - 1)
  if (POSSESSIVES.has(before)) return before === 'your' ? null : {first: j - 1, last: j - 1}
  return before.endsWith("'s") || before.endsWith("s'") ? possessor(view, j - 1) : null
}

/**
 * The possessor ending at view position `end` ("Pask's", "Mr. Trump's",
 * "the ministry's"): the capitalised name run before it, or the word itself,
 * with a determiner that opens it.
 */
function possessor(view: SentenceView, end: number): Range {
  let first = end
  if (tok(view, end)!.cap) {
    // A capitalised preposition opens the sentence, not the name: "In Ms. Varga's view".
    while (
      first > 0 &&
      !NP_PREPOSITIONS.has(word(view, first - 1)) &&
      (tok(view, first - 1)!.cap || (isPunct(view, first - 1, '.') && tok(view, first - 2)?.cap))
    )
      first--
  }
  const before = word(view, first - 1)
  if (before === 'the' || before === 'a' || before === 'an' || before === 'this') first--
  return {first, last: end}
}
