/**
 * Cues made by the layout of the text rather than a word: colon
 * introductions ("From The Times:"), transcript labels ("PENCE: …"),
 * signature dashes ("— Name") and a question put first ("Asked …, X said").
 */
import {prior} from '../../rules/registry.js'
import {LABELS} from '../../lexicon/cue-words.js'
import {DETERMINERS} from '../../lexicon/names.js'
import {
  contentAfter,
  contentBefore,
  inCapitals,
  isBoundary,
  isClosingQuote,
  isOpeningQuote,
  isQuoteMark,
  isSentenceEnd,
  sourceRight,
  type Piece,
  type Range
} from '../spans.js'
import {WORD} from '../tokens.js'
import {isPunct, isWord, quoteAt, tok, word, type SentenceView} from '../view.js'
import {raw} from './build.js'
import {isOutletRange, previousSentenceQuote} from './shared.js'
import type {RawAttribution} from './types.js'

/**
 * "From The Times:" / "Senator Smith:" / "Smith on Twitter:" before a quote
 * or at the paragraph's end (the block that follows is the content).
 */
export function colonIntro(view: SentenceView, j: number, out: RawAttribution[]): void {
  // No verb cue may stand before the colon (verb cues handle "X said:").
  if (j > 10) return
  if (transcriptLabel(view, j, out)) return
  for (let k = 0; k < j; k++) {
    if (view.lexicon.verbs.has(word(view, k)) && !tok(view, k)!.cap) return
    if (isBoundary(view, k) && !isPunct(view, k, ',')) return
  }
  let first = 0
  if (word(view, 0) === 'from') first = 1
  const source = sourceRight(view, first)
  if (
    !source ||
    (source.source.last !== j - 1 && !(word(view, source.next) === 'on' || word(view, source.next) === 'in'))
  )
    return
  if (!hasCapital(view, source.source)) return
  const atEnd = isSentenceEnd(view, j + 1) || j + 1 >= view.length
  const isLastSentence = view.index === view.paragraph.sentences.length - 1
  if (atEnd && !isLastSentence) return
  // "Caddell: Voters Are Worried": a short title-case name before a claim.
  const headline =
    !atEnd &&
    !isOpeningQuote(view, j + 1) &&
    source.source.first === 0 &&
    source.source.last === j - 1 &&
    j <= 6 &&
    allCapitalised(view, 0, j - 1) &&
    !LABELS.has(word(view, 0)) &&
    !LABELS.has(word(view, j - 1)) &&
    !DETERMINERS.has(word(view, 0)) &&
    !isOutletRange(view, source.source)
  if (!atEnd && !isOpeningQuote(view, j + 1) && !headline) return
  const content = atEnd ? null : contentAfter(view, j + 1)
  if (!atEnd && !content) return
  out.push(
    raw(view, {
      cue: [{first: j, last: j}],
      lemma: ':',
      category: word(view, 0) === 'from' ? 'report' : 'speech',
      rule: 'colon-intro',
      source: source.source,
      via: null,
      content: content ? [content] : null,
      contentInNextParagraph: atEnd,
      confidence: prior('colon-intro')
    })
  )
}

/**
 * A speaker label in a transcript: "PENCE: Well, look …" or "“WALLACE: …" at
 * the start of a paragraph. The rest of the paragraph is the content.
 */
function transcriptLabel(view: SentenceView, j: number, out: RawAttribution[]): boolean {
  if (view.index !== 0) return false
  let first = 0
  while (first < j && !isWord(view, first)) first++
  if (first === j || j - first > 3 || !inCapitals(view, first, j)) return false
  const paragraph = view.paragraph
  const after = tok(view, j + 1)
  if (!after) return false
  // The paragraph's last token (whitespace has no tokens).
  const endToken = paragraph.tokens.length - 1
  out.push(
    raw(view, {
      cue: [{first: j, last: j}],
      lemma: ':',
      category: 'speech',
      rule: 'transcript',
      source: {first, last: j - 1},
      via: null,
      content: [{start: after.start, end: paragraph.tokens[endToken].end}],
      confidence: prior('transcript')
    })
  )
  return true
}

/**
 * A signature dash after a quote: "“…” ― Pamela Ortiz" or a paragraph that
 * is only "— Name" after a quoted paragraph.
 */
export function dashSignature(view: SentenceView, j: number, out: RawAttribution[]): void {
  if (!isWord(view, j + 1) || !tok(view, j + 1)!.cap) return
  const right = sourceRight(view, j + 1)
  if (!right) return
  let end = right.next
  // ", a teacher from Ohio" may follow the name.
  if (isPunct(view, end, ',')) end = view.length
  if (!isSentenceEnd(view, end) && end < view.length) return
  let content: Piece | null = null
  let fromPrevious = false
  if (j > 0 && (isClosingQuote(view, j - 1) || isQuoteMark(view, j - 1))) {
    content = contentBefore(view, j)
  } else if (j === 0 && view.index === 0) {
    fromPrevious = true
  } else if (j === 0 && (content = previousSentenceQuote(view)) !== null) {
    // "“….” ― Name" with the dash starting its own sentence.
  } else {
    return
  }
  if (!content && !fromPrevious) return
  out.push(
    raw(view, {
      cue: [{first: j, last: j}],
      lemma: 'dash',
      category: 'speech',
      rule: 'dash-signature',
      source: right.source,
      via: null,
      content: content ? [content] : null,
      contentFromPrevious: fromPrevious,
      confidence: prior('dash-signature')
    })
  )
}

/**
 * "Asked whether the plan would pass, the senator said …": the question is
 * the content of "Asked", and the main clause's subject is its source.
 */
export function askedFirst(view: SentenceView, j: number, out: RawAttribution[]): boolean {
  let comma = -1
  for (let k = j + 1; k < view.length && k < j + 40; k++) {
    if (isPunct(view, k, ',') && quoteAt(view, k) === -1) {
      comma = k
      break
    }
  }
  if (comma === -1 || comma === j + 1) return false
  const subject = sourceRight(view, comma + 1)
  if (!subject) return false
  const content = contentBefore(view, comma, j + 1)
  if (!content) return false
  out.push(
    raw(view, {
      cue: [{first: j, last: j}],
      lemma: 'ask',
      category: 'speech',
      rule: 'asked-first',
      source: subject.source,
      via: null,
      content: [content],
      confidence: prior('asked-first')
    })
  )
  return true
}

function allCapitalised(view: SentenceView, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) {
    const t = tok(view, j)!
    if (t.kind === WORD && !t.cap && !/^\d/.test(t.text)) return false
  }
  return true
}

function hasCapital(view: SentenceView, range: Range): boolean {
  for (let j = range.first; j <= range.last; j++) if (tok(view, j)!.cap) return true
  return false
}
