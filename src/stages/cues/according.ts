/** Prepositional cues: "according to X" and "per X". */
import {prior} from '../../rules/registry.js'
import {ACCORDING_STOPS, CLAUSE_BREAK_AFTER_ACCORDING} from '../../lexicon/cue-words.js'
import {DETERMINERS} from '../../lexicon/names.js'
import {contentAfter, contentBefore, isClosingQuote, isSentenceEnd, sourceRight, type Piece} from '../spans.js'
import {isPunct, isWord, tok, word, type SentenceView} from '../view.js'
import {raw} from './build.js'
import type {RawAttribution} from './types.js'

/** "according to X": the rest of the clause is the content. */
export function accordingTo(view: SentenceView, j: number, out: RawAttribution[]): void {
  const right = sourceRight(view, j + 2)
  if (!right) return
  const n = view.length
  // Sentence-initial when only opening marks stand before it.
  let initial = true
  for (let k = 0; k < j; k++) if (isWord(view, k) || isClosingQuote(view, k) || isPunct(view, k, ',')) initial = false
  if (!right.via) {
    // The source runs on to the clause's edge: "according to exit polls conducted by X for Y".
    // At the sentence's start it runs to the first comma or colon, "and" included.
    let k = right.next
    const limit = right.next + (initial ? 30 : 15)
    while (
      k < n &&
      k < limit &&
      (isWord(view, k) ||
        isPunct(view, k, '-') ||
        (isPunct(view, k, '.') && !isSentenceEnd(view, k)) ||
        isPunct(view, k, '/')) &&
      (initial || !ACCORDING_STOPS.has(word(view, k)))
    )
      k++
    if (
      k > right.next &&
      (isPunct(view, k, ',') ||
        isPunct(view, k, ':') ||
        (!initial && (isSentenceEnd(view, k) || isPunct(view, k, ')'))))
    ) {
      right.source.last = k - 1
      right.next = k
    }
  }
  let content: Piece[] = []
  if (initial) {
    // "According to X, CONTENT." / "According to X: “…”"
    if (isPunct(view, right.next, ',') || isPunct(view, right.next, ':')) {
      const c = contentAfter(view, right.next + 1)
      if (c) content = [c]
    }
    // "According to the union, the old pier sank.": the claim was read as the source's
    // appositive. The claim starts after the source's last comma that two words follow.
    for (let k = right.source.last; content.length === 0 && k > j + 2; k--) {
      if (!isPunct(view, k, ',') || !isWord(view, k + 1) || !isWord(view, k + 2)) continue
      const c = contentAfter(view, k + 1)
      if (c) {
        right.source.last = k - 1
        content = [c]
      }
    }
  } else {
    // "CONTENT, according to X(, CONTENT)." / "“…,” according to X."
    const boundary = isPunct(view, j - 1, ',') || isPunct(view, j - 1, '(') || isPunct(view, j - 1, '—') ? j - 1 : j
    const before = contentBefore(view, boundary)
    if (before) content.push(before)
    if (isPunct(view, right.next, ',') && right.next + 1 < n && !isSentenceEnd(view, right.next + 1)) {
      const more = contentAfter(view, right.next + 1)
      if (more && !CLAUSE_BREAK_AFTER_ACCORDING.has(word(view, right.next + 1))) content.push(more)
    }
  }
  if (content.length === 0) {
    // "According to X" with no clause around it is no attribution.
    return
  }
  out.push(
    raw(view, {
      cue: [{first: j, last: j + 1}],
      lemma: 'according to',
      category: 'report',
      rule: 'according-to',
      source: right.source,
      via: right.via,
      content,
      confidence: prior('according-to')
    })
  )
}

/** "per X": "The deal collapsed, per two people familiar with it." */
export function perCue(view: SentenceView, j: number, out: RawAttribution[]): void {
  const right = sourceRight(view, j + 1)
  if (!right) return
  const t = tok(view, right.source.first)!
  if (!t.cap && !DETERMINERS.has(t.lower) && !/^\d/.test(t.lower)) return
  const content: Piece[] = []
  if (j === 0) {
    if (!isPunct(view, right.next, ',')) return
    const c = contentAfter(view, right.next + 1)
    if (c) content.push(c)
  } else {
    const c = contentBefore(view, j - 1)
    if (c) content.push(c)
  }
  if (content.length === 0) return
  out.push(
    raw(view, {
      cue: [{first: j, last: j}],
      lemma: 'per',
      category: 'report',
      rule: 'per',
      source: right.source,
      via: right.via,
      content,
      confidence: prior('per')
    })
  )
}
