/**
 * Helpers several rule families use: the subject of the sentence, the quotes
 * that close the sentence before or make up the one after, and outlet names.
 */
import {LEADING_WORDS} from '../../lexicon/cue-words.js'
import {DETERMINERS, PRONOUNS} from '../../lexicon/names.js'
import {MEDIA_HEADS} from '../../lexicon/outlets.js'
import {trieStep, type WordTrie} from '../../lexicon/word-trie.js'
import {isAdverb, sourceRight, type Piece, type Range} from '../spans.js'
import {WORD} from '../tokens.js'
import {isPunct, isWord, quoteAt, tok, word, type SentenceView} from '../view.js'

/**
 * The subject of the sentence's main clause: the phrase that starts the
 * sentence (after an opening adverbial clause ending in a comma) and stands
 * before a verb. Used for participles with no cue before them.
 */
export function sentenceSubject(view: SentenceView, before: number): Range | null {
  let start = 0
  // Skip an opening adverbial: "In a statement, …", "On Monday, …", "Recently, however, …".
  for (let k = 0; k < before && k < 12; k++) {
    if (isPunct(view, k, ',')) {
      const first = word(view, 0)
      if (LEADING_WORDS.has(first) || (k <= 2 && isAdverb(first))) start = k + 1
      break
    }
  }
  // "…, however, it issued": a parenthetical adverb between commas.
  if (
    isWord(view, start) &&
    isPunct(view, start + 1, ',') &&
    (isAdverb(word(view, start)) || word(view, start) === 'however')
  )
    start += 2
  // "After saying …, she was whisked …": the subject follows the opening clause.
  if (before <= 2 && PARTICIPLE_LEADS.has(word(view, 0))) {
    for (let k = before + 1; k < view.length; k++) {
      if (isPunct(view, k, ',') && quoteAt(view, k) === -1) {
        const after = sourceRight(view, k + 1)
        return after && (PRONOUNS.has(word(view, after.source.first)) || tok(view, after.source.first)!.cap)
          ? after.source
          : null
      }
    }
    return null
  }
  const right = sourceRight(view, start)
  if (!right) return null
  const subject = beforeFirstVerb(view, right.source)
  if (subject.last + 1 >= before) return null
  const t = tok(view, subject.first)!
  if (!t.cap && !PRONOUNS.has(t.lower) && !DETERMINERS.has(t.lower)) return null
  return subject
}

/**
 * A phrase read rightwards as a subject, cut before its verb: a lower-case
 * word past the first that is a listed verb form or ends in "ed", followed by
 * a determiner ("The firm denied any wrongdoing", "The union rejected the
 * offer"). A participle that modifies the head keeps its phrase ("two people
 * briefed on the talks").
 */
function beforeFirstVerb(view: SentenceView, phrase: Range): Range {
  for (let k = phrase.first + 1; k < phrase.last + 1; k++) {
    const t = tok(view, k)!
    const next = word(view, k + 1)
    if (t.kind !== WORD || t.cap || next === 'that' || !DETERMINERS.has(next)) continue
    if (view.lexicon.verbs.has(t.lower) || t.lower.endsWith('ed')) return {first: phrase.first, last: k - 1}
  }
  return phrase
}

/** The quote that closes the previous sentence of the paragraph ("“….” Trump said."). */
export function previousSentenceQuote(view: SentenceView): Piece | null {
  if (view.index === 0) return null
  const sentence = view.paragraph.sentences[view.index - 1]
  let i = sentence.last - 1
  while (i > sentence.first && view.tokens[i].kind !== WORD && view.quotes.inside[i] === -1) i--
  const q = view.quotes.inside[i]
  if (q === -1) return null
  const quote = view.quotes.quotes[q]
  if (quote.close !== i && quote.close !== -1) return null
  return {start: quote.start, end: quote.end}
}

/** Whether a range names a news outlet ("AFP", "the Associated Press", "Russia's Interfax news agency"). */
export function isOutletRange(view: SentenceView, range: Range): boolean {
  const outlets = view.lexicon.outlets
  for (let j = range.first; j <= range.last; j++) {
    const t = tok(view, j)!
    if (t.kind !== WORD) continue
    const key = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower
    const first = trieStep(outlets, key)
    if (!first || (!t.cap && t.text !== t.text.toUpperCase())) continue
    if (outletFrom(view, j + 1, [first])) return true
  }
  const head = word(view, range.last)
  if (head === 'agency' && word(view, range.last - 1) === 'news') return true
  return isMastheadRange(view, range)
}

/**
 * Whether `range` is a masthead: capitalised words, after an optional "the",
 * ending in a word for a news medium ("the Gazette", "the Dunmore Evening
 * Post", "Tidewater Radio").
 */
function isMastheadRange(view: SentenceView, range: Range): boolean {
  const last = tok(view, range.last)!
  if (last.kind !== WORD || !last.cap || !MEDIA_HEADS.has(last.lower)) return false
  const first = word(view, range.first) === 'the' ? range.first + 1 : range.first
  for (let j = first; j < range.last; j++) if (!tok(view, j)!.cap) return false
  return true
}

/**
 * Whether an outlet's name ends among `nodes` or on the words from view
 * position `k`: each word is taken as written or without a final "'s", so
 * more than one name may be followed at once (each node at most once).
 */
function outletFrom(view: SentenceView, k: number, nodes: Array<WordTrie<true>>): boolean {
  let current = nodes
  for (let m = k; current.length > 0; m++) {
    const next: Array<WordTrie<true>> = []
    const written = word(view, m)
    const bare = written.endsWith("'s") ? written.slice(0, -2) : written
    for (const node of current) {
      if (node.value) return true
      for (const key of bare === written ? [written] : [written, bare]) {
        const child = trieStep(node, key)
        if (child && !next.includes(child)) next.push(child)
      }
    }
    current = next
  }
  return false
}

/** Words that open a participle clause before the main clause ("After saying …, she …"). */
const PARTICIPLE_LEADS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'while',
  'since',
  'when',
  'by',
  'despite',
  'without'
])
