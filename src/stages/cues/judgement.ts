/** The writer's or a subject's judgement without a reporting verb: raising verbs and adjectives of stance. */
import {prior} from '../../rules/registry.js'
import {ADJECTIVE_COMPLEMENTS, BE_FORMS, RAISING_BLOCK} from '../../lexicon/cue-words.js'
import {AUXILIARIES, GROUP_ADVERBS, NEGATIONS} from '../../lexicon/function-words.js'
import {contentAfter, isAdverb, rangeOffsets, sourceLeft, type Piece} from '../spans.js'
import {isWord, word, type SentenceView} from '../view.js'
import {raw} from './build.js'
import type {RawAttribution} from './types.js'
import {isVerbal} from './verb-group.js'

/**
 * "The plan seemed to stall", "Voters appear unmoved": the writer's
 * judgement, with no source; the content is the subject plus the rest.
 */
export function raising(view: SentenceView, j: number, out: RawAttribution[]): void {
  const next = word(view, j + 1)
  if (next === '' || RAISING_BLOCK.has(next) || !isWord(view, j + 1)) return
  if (!isVerbal(view, j)) return
  let first = j
  while (
    first > 0 &&
    (AUXILIARIES.has(word(view, first - 1)) ||
      NEGATIONS.has(word(view, first - 1)) ||
      GROUP_ADVERBS.has(word(view, first - 1)))
  )
    first--
  const subject = sourceLeft(view, first - 1)
  const rest = contentAfter(view, j + 1)
  if (!rest) return
  const content: Piece[] = subject ? [rangeOffsets(view, subject), rest] : [rest]
  out.push(
    raw(view, {
      cue: [{first, last: j}],
      lemma: word(view, j).startsWith('seem') ? 'seem' : 'appear',
      category: 'belief',
      rule: 'raising',
      source: null,
      via: null,
      content,
      confidence: prior('raising')
    })
  )
}

/** "Officials are confident that …", "She was critical of the plan". */
export function stanceAdjective(view: SentenceView, j: number, out: RawAttribution[]): void {
  if (!ADJECTIVE_COMPLEMENTS.has(word(view, j + 1))) return
  let first = j
  while (
    first > 0 &&
    (GROUP_ADVERBS.has(word(view, first - 1)) ||
      isAdverb(word(view, first - 1)) ||
      NEGATIONS.has(word(view, first - 1)) ||
      word(view, first - 1) === 'very' ||
      word(view, first - 1) === 'more' ||
      word(view, first - 1) === 'less' ||
      word(view, first - 1) === 'so' ||
      word(view, first - 1) === 'not')
  )
    first--
  if (!BE_FORMS.has(word(view, first - 1))) return
  first--
  while (
    first > 0 &&
    (AUXILIARIES.has(word(view, first - 1)) ||
      NEGATIONS.has(word(view, first - 1)) ||
      GROUP_ADVERBS.has(word(view, first - 1)))
  )
    first--
  const source = sourceLeft(view, first - 1)
  if (!source) return
  const content = contentAfter(view, j + 1)
  if (!content) return
  out.push(
    raw(view, {
      cue: [{first, last: j}],
      lemma: `be ${word(view, j)}`,
      category: 'belief',
      rule: 'stance-adjective',
      source,
      via: null,
      content: [content],
      confidence: prior('stance-adjective')
    })
  )
}
