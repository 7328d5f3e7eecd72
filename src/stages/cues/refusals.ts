/** Refusals: "declined to comment", "did not respond to messages", "would not say whether …". */
import {prior} from '../../rules/registry.js'
import {RESPOND_WORDS} from '../../lexicon/cue-words.js'
import {AUXILIARIES, GROUP_ADVERBS} from '../../lexicon/function-words.js'
import {isAdverb, isSentenceEnd, opensRefusal, sourceLeft, type Range} from '../spans.js'
import {isPunct, word, type SentenceView} from '../view.js'
import {raw} from './build.js'
import type {Group, RawAttribution} from './types.js'

/** A refusal cue over a negated verb group ("did not say whether …"). */
export function pushRefusal(
  view: SentenceView,
  group: Group,
  lemma: string,
  source: Range | null,
  out: RawAttribution[]
): void {
  out.push(
    raw(view, {
      cue: [{first: group.first, last: group.last}],
      lemma: lemma === 'say' ? 'not say' : `not ${lemma}`,
      category: 'refusal',
      rule: 'refusal',
      source,
      via: null,
      content: null,
      confidence: prior('refusal', 'negated-verb')
    })
  )
}

/** "declined to comment", "refused to say", "declined comment". */
export function refusal(view: SentenceView, j: number, out: RawAttribution[]): boolean {
  if (!opensRefusal(view, j)) return false
  let k = j + 1
  if (word(view, k) === 'to') k++
  const w = word(view, k)
  if (w === 'be' && word(view, k + 1) !== 'interviewed' && word(view, k + 1) !== 'reached') return false
  let last = k
  // "declined to comment on the report": the cue stops at "comment".
  if (word(view, j + 1) === 'comment') last = j + 1
  const group: Group = {first: j, last, negated: false, aux: false, passive: false}
  // Extend left over auxiliaries and adverbs ("has repeatedly declined").
  for (let m = j - 1; m >= 0 && m >= j - 3; m--) {
    const x = word(view, m)
    if (AUXILIARIES.has(x) || GROUP_ADVERBS.has(x) || isAdverb(x)) group.first = m
    else break
  }
  const source = sourceLeft(view, group.first - 1)
  const lemma = `${word(view, j).startsWith('ref') ? 'refuse' : 'decline'} to ${w === 'comment' || word(view, j + 1) === 'comment' ? 'comment' : w}`
  out.push(
    raw(view, {
      cue: [{first: group.first, last: group.last}],
      lemma,
      category: 'refusal',
      rule: 'refusal',
      source,
      via: null,
      content: null,
      inheritSource: source === null,
      confidence: prior('refusal')
    })
  )
  return true
}

/** Negated replies: "did not respond to messages", "could not be reached", "would not comment". */
export function refusalNegated(view: SentenceView, j: number, out: RawAttribution[]): number {
  let k = j + 1
  if (word(view, j) === 'could') k++
  let first = j
  if (AUXILIARIES.has(word(view, j - 1))) first = j - 1
  while (word(view, k) === 'immediately' || word(view, k) === 'yet') k++
  const w = word(view, k)
  let last = -1
  if (
    RESPOND_WORDS.has(w) &&
    /(?:request|requests|message|messages|call|calls|email|emails|inquiry|inquiries|questions)/.test(
      word(view, k + 3) + ' ' + word(view, k + 2) + ' ' + word(view, k + 4)
    )
  )
    last = k
  else if (w === 'be' && word(view, k + 1) === 'reached') last = k + 1
  else if (w === 'comment' && (isSentenceEnd(view, k + 1) || isPunct(view, k + 1, ',') || word(view, k + 1) === 'on'))
    last = k
  else if (w === 'return' && word(view, k + 1) !== '') last = k
  if (last === -1) return j
  const source = sourceLeft(view, first - 1)
  if (!source) return j
  out.push(
    raw(view, {
      cue: [{first, last}],
      lemma: w === 'be' ? 'not be reached' : `not ${w}`,
      category: 'refusal',
      rule: 'refusal',
      source,
      via: null,
      content: null,
      confidence: prior('refusal', 'no-reply')
    })
  )
  return last
}
