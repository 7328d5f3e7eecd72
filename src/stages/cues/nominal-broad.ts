/**
 * Broad noun cues: a reporting noun (lexicon/nouns.ts) in a frame the strict
 * rule `nominal` leaves alone. Without a possessor ("allegations that …"),
 * with a preposition that opens its object ("support for the bill",
 * "questions about the loan", "her criticism of the plan"), or as "in
 * Varga's view, …". The attribution is the rule `nominal-broad`'s, and the
 * cue decider (src/model/cue-decide.ts) keeps or drops it. Proposed only
 * when `lexicon.broad`.
 */
import type {NounCue} from '../../lexicon/nouns.js'
import {NOUN_PREPOSITIONS} from '../../lexicon/nouns.js'
import {DETERMINERS} from '../../lexicon/names.js'
import {prior} from '../../rules/registry.js'
import {
  contentAfter,
  contentBefore,
  isOpeningQuote,
  isSentenceEnd,
  rangeOffsets,
  sourceRight,
  type Piece
} from '../spans.js'
import {isPunct, word, type SentenceView} from '../view.js'
import {raw} from './build.js'
import {possessorBefore} from './nominal.js'
import type {RawAttribution} from './types.js'

/** Whether the word before `j` makes it a noun: a determiner or a possessor ("the calls", "her support"). */
export function nounBefore(view: SentenceView, j: number): boolean {
  return DETERMINERS.has(word(view, j - 1)) || possessorBefore(view, j) !== null
}

/** The content of "in X's view, …" (after the comma) or "…, in X's view." (before "in"), or null. */
function asideContent(view: SentenceView, j: number, opening: number): Piece | null {
  if (opening < 0 || word(view, opening) !== 'in') return null
  if (isPunct(view, j + 1, ',')) return opening === 0 ? contentAfter(view, j + 2) : null
  if (!isSentenceEnd(view, j + 1) || !isPunct(view, opening - 1, ',')) return null
  return contentBefore(view, opening - 1)
}

/**
 * Propose the reporting noun `w` at `j` (entry `noun`) as a cue of the rule
 * `nominal-broad`, when one of its frames reads: the possessor is the
 * source, the clause or the object the content. Returns whether it pushed one.
 */
export function broadNoun(view: SentenceView, j: number, w: string, noun: NounCue, out: RawAttribution[]): boolean {
  const source = possessorBefore(view, j)
  const next = word(view, j + 1)
  let last = j
  let content: Piece | null = null
  if (noun.complements.includes(next) || isOpeningQuote(view, j + 1) || isPunct(view, j + 1, ':')) {
    content = contentAfter(view, j + 1)
  } else if (NOUN_PREPOSITIONS.has(next)) {
    // The preposition joins the cue; its object is the content ("criticism of the plan").
    const object = sourceRight(view, j + 2)
    if (object) {
      last = j + 1
      content = rangeOffsets(view, object.source)
    }
  } else if (source) {
    content = asideContent(view, j, source.first - 1)
  }
  if (!content) return false
  out.push(
    raw(view, {
      cue: [{first: j, last}],
      lemma: w,
      category: noun.category,
      rule: 'nominal-broad',
      source,
      via: null,
      content: [content],
      confidence: prior('nominal-broad')
    })
  )
  return true
}
