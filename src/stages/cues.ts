/**
 * Stage 4: find the cues of a sentence and, with the span readers, build raw
 * attributions. Each rule has a name that the result carries:
 *
 * - `verb-subject`: "X said (that) …", "X told Y …", "X has said …"
 * - `verb-inverted`: "…, X said." / "“…,” she said."
 * - `verb-postposed`: "…, said X."
 * - `verb-participle`: "…, adding that …" (source from the clause before)
 * - `verb-colon`: "X said: …" (content may be the next paragraph)
 * - `according-to`: "according to X" anywhere in the sentence
 * - `per`: "per X," at a clause edge
 * - `quoted-as-saying`: "Interfax quoted a source as saying …", "X was quoted as saying …"
 * - `passive`: "it was reported that …", "X is said to …"
 * - `reportedly`: "… reportedly …" (no source)
 * - `refusal`: "declined to comment", "would not say whether"
 * - `colon-intro`: "From The Times:" or "Name:" before a quote or block
 */
import type {CueCategory} from '../types.js'
import {
  AUXILIARIES,
  CATENATIVES,
  TIME_WORDS,
  CONTRACTED_SUBJECTS,
  GROUP_ADVERBS,
  NEGATIONS,
  NOMINAL_BEFORE
} from '../lexicon/function-words.js'
import {ADDRESSEE_VERBS, type VerbForm} from '../lexicon/index.js'
import {RAISING, STANCE_ADJECTIVES} from '../lexicon/judgements.js'
import {NOUN_CUES, type NounCue} from '../lexicon/nouns.js'
import {ANY_OBJECT, SUBJECT_EXCLUDED} from '../lexicon/verbs.js'
import {DETERMINERS, DOCUMENT_HEADS, GROUP_HEADS, PRONOUNS, ROLE_NOUNS} from '../lexicon/names.js'
import {
  contentAfter,
  contentBefore,
  isAdverb,
  isBoundary,
  isClosingQuote,
  isOpeningQuote,
  isQuoteMark,
  isSentenceEnd,
  rangeOffsets,
  skipAdverbials,
  sourceLeft,
  sourceRight,
  type Piece,
  type Range
} from './spans.js'
import {WORD} from './tokens.js'
import {isPunct, isWord, quoteAt, tok, word, type SentenceView} from './view.js'

/** An attribution as the rules find it, before sources are resolved. */
export interface RawAttribution {
  paragraph: number
  sentence: number
  /** Cue pieces, as view ranges. */
  cue: Range[]
  lemma: string
  category: CueCategory
  rule: string
  source: Range | null
  via: Range | null
  /** Content pieces in offsets, or null. */
  content: Piece[] | null
  /** The source is the previous attribution's ("…, adding that …"). */
  inheritSource: boolean
  /** The content continues in the next paragraph (a colon at the paragraph's end). */
  contentInNextParagraph: boolean
  /** The content is the previous paragraph (a signature line "— Name"). */
  contentFromPrevious?: boolean
  confidence: number
  /** Offsets of the source, cue pieces and channel, filled once the sentence is done. */
  src: Piece | null
  chan: Piece | null
  cues: Piece[]
  /** The attribution whose source this one took. */
  inheritedFrom?: RawAttribution
  /** Took a floating quote paragraph. */
  floating?: boolean
  /** Last paragraph its content reaches. */
  reach?: number
  /** Offsets of the sentence that holds the cue (set when the paragraph is done). */
  sentenceSpan?: Piece
  /** Its content holds a quote of three words or more in its own paragraph (set then too). */
  quotesSomeone?: boolean
}

const NO_RANGES: Range[] = []

const COMMENT_WORDS = new Set([
  'comment', 'say', 'elaborate', 'discuss', 'confirm', 'specify', 'answer', 'respond', 'speculate',
  'disclose', 'detail', 'reveal', 'address', 'explain', 'provide', 'give', 'offer', 'release',
  'name', 'identify', 'return', 'reply', 'talk', 'be', 'share', 'go', 'weigh', 'expand',
  'characterize', 'describe', 'specify', 'divulge'
])

const RESPOND_WORDS = new Set([
  'respond', 'return', 'reply', 'answer', 'comment', 'immediately', 'yet'
])

const PARTICIPLE_ING = /ing$/

/** Find every attribution in one sentence. */
export function findInSentence(view: SentenceView, out: RawAttribution[]): void {
  const n = view.at.length
  const lexicon = view.lexicon
  let previousSource: Range | null = null
  const firstOut = out.length
  for (let j = 0; j < n; j++) {
    const t = tok(view, j)!
    if (t.kind !== WORD) {
      if (t.text === ':' && j > 0) colonIntro(view, j, out)
      else if (DASHES.has(t.text)) dashSignature(view, j, out)
      continue
    }
    const w = t.lower
    if (!t.trigger) continue
    if (w === 'asked' && (j === 0 || (j === 1 && word(view, 0) === 'when')) && askedFirst(view, j, out)) continue
    if (w === 'according' && word(view, j + 1) === 'to') {
      accordingTo(view, j, out)
      j++
      continue
    }
    if (w === 'per' && (j === 0 || isPunct(view, j - 1, ',') || isPunct(view, j - 1, '(')) && isWord(view, j + 1)) {
      perCue(view, j, out)
      continue
    }
    if (w === 'reportedly' || w === 'purportedly') {
      // "X reportedly said …" is the verb's; "X was reportedly told …" is the adverb's.
      if (!isVerbGroupWord(view, j) || AUXILIARIES.has(word(view, j - 1))) adverbCue(view, j, w, out)
      continue
    }
    if (w === 'declined' || w === 'refused' || w === 'declines' || w === 'refuses' || w === 'decline' || w === 'refuse') {
      if (refusal(view, j, out)) continue
    }
    if (NEGATIONS.has(w) || (w === 'could' && word(view, j + 1) === 'not')) {
      const k = refusalNegated(view, j, out)
      if (k > j) {
        j = k
        continue
      }
    }
    if (RAISING.has(w)) {
      if (quoteAt(view, j) === -1) raising(view, j, out)
      continue
    }
    if (STANCE_ADJECTIVES.has(w)) {
      if (quoteAt(view, j) === -1) stanceAdjective(view, j, out)
      continue
    }
    if (POLL_HEADS.has(w)) {
      // "in a CNN national poll": look back for the "in" that governs the poll.
      let k = j - 1
      while (k >= 0 && k >= j - 8 && isWord(view, k) && word(view, k) !== 'in') k--
      if (k >= 0 && word(view, k) === 'in' && !out.some((a) => a.cue[0]?.first === k) && inPoll(view, k, out)) continue
    }
    const noun = NOUN_CUES.get(w)
    if (noun && quoteAt(view, j) === -1 && nominalCue(view, j, w, noun, out)) continue
    const forms = lexicon.verbs.get(w)
    if (!forms) continue
    // Words inside a quotation are the quoted speaker's, not an attribution by the writer.
    if (quoteAt(view, j) !== -1) continue
    const form = pickForm(view, j, forms)
    if (!form) continue
    if (NOUN_HOMOGRAPHS.has(w) && !verbFrame(view, j)) continue
    const end = verbCue(view, j, form, out, previousSource)
    if (out.length > firstOut) {
      const last = out[out.length - 1]
      if (last.source) previousSource = last.source
    }
    if (end > j) j = end
  }
  // Participles inherit the source found before them in the sentence, or the
  // sentence's subject ("Clinton mocked the complaint, saying …").
  for (let a = firstOut; a < out.length; a++) {
    const attribution = out[a]
    if (!attribution.inheritSource || attribution.source !== null) continue
    for (let b = a - 1; b >= firstOut; b--) {
      if (out[b].source) {
        attribution.source = out[b].source
        break
      }
    }
    if (attribution.source === null && attribution.rule === 'verb-participle') attribution.source = sentenceSubject(view, attribution.cue[0].first)
  }
  for (let a = firstOut; a < out.length; a++) {
    const attribution = out[a]
    attribution.src = attribution.source ? rangeOffsets(view, attribution.source) : null
    attribution.chan = attribution.via ? rangeOffsets(view, attribution.via) : null
    attribution.cues = attribution.cue.map((range) => rangeOffsets(view, range))
  }
  // The view ranges are no longer needed once offsets are known.
  for (let a = firstOut; a < out.length; a++) {
    const attribution = out[a]
    attribution.source = null
    attribution.via = null
    attribution.cue = NO_RANGES
  }
}

/**
 * Forms that are nouns as often as verbs ("states", "reports", "plans",
 * "remarks", "tweets"): cues only after a pronoun or auxiliary, or before
 * "that", a colon or an opening quote. Forms measured on the training split
 * to be verbs at least half the time ("shows", "calls", "wants") are not here.
 */
const NOUN_HOMOGRAPHS = new Set([
  'state', 'states', 'report', 'reports', 'post', 'posts', 'plan', 'plans', 'claim', 'claims',
  'tweet', 'tweets', 'remark', 'remarks', 'comment', 'comments', 'show', 'call', 'back', 'backs',
  'support', 'supports', 'charge', 'charges', 'record', 'records', 'count', 'counts', 'list',
  'estimate', 'estimates', 'forecast', 'forecasts', 'project', 'projects', 'question', 'questions',
  'answer', 'answers', 'reply', 'replies', 'note', 'notes', 'text', 'texts', 'message', 'messages',
  'email', 'emails', 'document', 'documents', 'detail', 'details', 'measure', 'measures', 'track',
  'tracks', 'rank', 'ranks', 'view', 'views', 'advocate', 'advocates', 'champion', 'champions',
  'protest', 'protests', 'demand', 'push', 'pushes', 'press', 'appeal', 'appeals', 'promise',
  'promises', 'threat', 'threats', 'pledge', 'pledges', 'vow', 'vows', 'guess', 'bet', 'bets',
  'fears', 'hopes', 'doubt', 'doubts', 'wish', 'wishes', 'label', 'labels', 'brand', 'brands',
  'frame', 'frames', 'attack', 'attacks', 'slam', 'blast', 'tip', 'tips', 'leak', 'leaks', 'quote',
  'quotes', 'release', 'reveal', 'find', 'finds', 'put', 'puts', 'type', 'pen', 'caption', 'offer',
  'offers', 'mean', 'means', 'aim', 'aims', 'figure', 'figures', 'sense', 'worry', 'worries',
  'trust', 'credit', 'welcome', 'thanks', 'cheer', 'cheers', 'sign', 'signs', 'continue', 'saw',
  'seen', 'known', 'feel', 'felt', 'regard', 'consider', 'deem', 'learn', 'learned', 'message',
  'rail', 'rails', 'knock', 'knocks', 'rip', 'rips', 'snap', 'muse', 'joke', 'jokes', 'quip',
  'quips', 'boast', 'boasts', 'rave', 'raves', 'sigh', 'sighs'
])

const TO_FRAMES = new Set(['plans', 'plan', 'wants', 'want', 'hopes', 'hope', 'promises', 'promise', 'vows', 'vow', 'pledges', 'pledge', 'aims', 'aim', 'means', 'offers', 'offer', 'continue', 'wish', 'wishes', 'fears', 'fear', 'threatens', 'claims', 'claim'])

/** A verb frame around `j`: a pronoun or auxiliary before, or a clause complement after. */
function verbFrame(view: SentenceView, j: number): boolean {
  const before = word(view, j - 1)
  if (PRONOUNS[before] !== undefined || AUXILIARIES.has(before) || NEGATIONS.has(before) || CONTRACTED_SUBJECTS.has(before) || GROUP_ADVERBS.has(before) || before === 'to' || before === 'who') return true
  // "The poll shows …", "Records show …", "(CNN) reports …"
  if (DOCUMENT_HEADS.has(before) || isPunct(view, j - 1, ')')) return true
  const after = word(view, j + 1)
  if (after === 'that' || isPunct(view, j + 1, ':') || isOpeningQuote(view, j + 1)) return true
  if (after === 'to' && TO_FRAMES.has(word(view, j))) return true
  // Inverted: "…, he claims." / "…, officials estimate."
  if (isSentenceEnd(view, j + 1) && before !== '' && (isPunct(view, j - 2, ',') || isClosingQuote(view, j - 2))) return true
  return false
}

/**
 * The subject of the sentence's main clause: the phrase that starts the
 * sentence (after an opening adverbial clause ending in a comma) and stands
 * before a verb. Used for participles with no cue before them.
 */
function sentenceSubject(view: SentenceView, before: number): Range | null {
  let start = 0
  // Skip an opening adverbial: "In a statement, …", "On Monday, …".
  for (let k = 0; k < before && k < 12; k++) {
    if (isPunct(view, k, ',')) {
      const first = word(view, 0)
      if (LEADING_WORDS.has(first)) start = k + 1
      break
    }
  }
  const right = sourceRight(view, start)
  if (!right || right.next >= before) return null
  const t = tok(view, right.source.first)!
  if (!t.cap && PRONOUNS[t.lower] === undefined && !DETERMINERS.has(t.lower)) return null
  return right.source
}

const LEADING_WORDS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'since', 'as', 'last', 'earlier', 'later', 'on', 'speaking', 'asked', 'with', 'through', 'for', 'by', 'from', 'meanwhile', 'however', 'instead', 'still', 'yet', 'but', 'and', 'separately', 'elsewhere', 'also', 'previously'])

function isVerbGroupWord(view: SentenceView, j: number): boolean {
  const next = word(view, j + 1)
  return view.lexicon.verbs.has(next) || AUXILIARIES.has(next)
}

function pickForm(view: SentenceView, j: number, forms: VerbForm[]): VerbForm | null {
  let single: VerbForm | null = null
  for (const form of forms) {
    if (form.particle) {
      const parts = form.particle.split(' ')
      let ok = true
      for (let p = 0; p < parts.length; p++) if (word(view, j + 1 + p) !== parts[p]) ok = false
      if (ok) return form
    } else if (!single) single = form
  }
  return single
}

/** Whether the word at `j` is used as a verb here, judged by the word before it. */
function isVerbal(view: SentenceView, j: number): boolean {
  const before = word(view, j - 1)
  if (before === '') return true
  if (NOMINAL_BEFORE.has(before)) {
    // "as" before a participle in "quoted … as saying" is verbal; so are "by saying", "in calling".
    if ((before === 'as' || before === 'by' || before === 'in') && PARTICIPLE_ING.test(word(view, j))) return true
    // "Some say …", "another said …": a quantifier standing for people.
    if ((before === 'some' || before === 'another' || before === 'many' || before === 'most') && !PARTICIPLE_ING.test(word(view, j))) return true
    return false
  }
  if (before === 'to') {
    // "to say" is verbal only inside a group: "continues to insist", "went on to say".
    return CATENATIVES.has(word(view, j - 2))
  }
  // A possessive before the form makes it a noun: "Smith's claim".
  if (before.endsWith("'s") && !CONTRACTED_SUBJECTS.has(before)) return false
  return true
}

interface Group {
  /** First view position of the verb group (auxiliaries, adverbs, catenatives). */
  first: number
  /** Last view position (the verb or its particle). */
  last: number
  negated: boolean
  /** The group has an auxiliary or modal (a finite verb phrase). */
  aux: boolean
  passive: boolean
}

/** Grow the verb group leftwards over auxiliaries, negation, adverbs and catenatives. */
function verbGroup(view: SentenceView, j: number, form: VerbForm): Group {
  let first = j
  let negated = false
  let aux = false
  let passive = false
  const particleWords = form.particle ? form.particle.split(' ').length : 0
  for (let k = j - 1; k >= 0 && k >= j - 6; k--) {
    const w = word(view, k)
    if (w === '') break
    if (AUXILIARIES.has(w)) {
      if (w === 'is' || w === 'was' || w === 'were' || w === 'are' || w === 'be' || w === 'been' || w === 'being') {
        if (!PARTICIPLE_ING.test(word(view, j))) passive = true
      }
      aux = true
      first = k
      continue
    }
    if (NEGATIONS.has(w) && w !== 'no' && w !== 'nor') {
      negated = true
      aux = true
      first = k
      continue
    }
    if (GROUP_ADVERBS.has(w) || (isAdverb(w) && !tok(view, k)!.cap)) {
      first = k
      continue
    }
    if (w === 'to' && CATENATIVES.has(word(view, k - 1))) {
      first = k - 1
      k--
      if (word(view, k - 1) === 'went' || word(view, k - 1) === 'go' || word(view, k - 1) === 'goes') {
        first = k - 1
        k--
      }
      continue
    }
    break
  }
  // Adverbs at the very front belong to the group only when a verb follows them.
  return {first, last: j + particleWords, negated, aux, passive}
}

/** Whether a word can start a clause that is the content of a belief ("think the plan …"). */
function startsClause(view: SentenceView, j: number): boolean {
  const w = word(view, j)
  if (w === '') return isOpeningQuote(view, j) || isPunct(view, j, ':')
  if (w === 'that' || PRONOUNS[w] !== undefined || w === 'there' || w === 'this' || w === 'these' || w === 'those') return true
  if (DETERMINERS.has(w)) return true
  return tok(view, j)!.cap
}

function verbCue(view: SentenceView, j: number, form: VerbForm, out: RawAttribution[], previousSource: Range | null): number {
  void previousSource
  const w = word(view, j)
  if (!isVerbal(view, j)) return j
  // "a program called Safe Streets", "what she called a disgrace": naming, not claiming.
  if (form.lemma === 'call' && (NAMING_BEFORE.has(word(view, j - 1)) || NAMING_BEFORE.has(word(view, j - 2)) || (/ed$/.test(w) && !PRONOUNS[word(view, j - 1)] && !tok(view, j - 1)?.cap && isWord(view, j + 1) && tok(view, j + 1)!.cap))) return j
  const group = verbGroup(view, j, form)
  // Participial or passive "-ed by": "sources cited by Interfax" is a chain, not a cue.
  if (!group.aux && word(view, group.last + 1) === 'by' && /ed$/.test(w)) return j
  // "quoted … as saying"
  if (form.lemma === 'quote') {
    const done = quotedAsSaying(view, j, group, out)
    if (done) return done
  }
  if (group.negated) {
    // "did not say whether …": nothing is claimed; reported as a refusal.
    const after = word(view, group.last + 1)
    if ((form.lemma === 'say' || form.lemma === 'comment' || form.lemma === 'confirm' || form.lemma === 'elaborate' || form.lemma === 'specify' || form.lemma === 'disclose') && (after === 'whether' || after === 'if' || after === 'how' || after === 'what' || after === 'when' || after === 'why' || after === 'who' || after === 'where' || isSentenceEnd(view, group.last + 1) || isPunct(view, group.last + 1, ','))) {
      const source = sourceLeft(view, group.first - 1)
      pushRefusal(view, group, form.lemma, source, out)
      return group.last
    }
    return group.last
  }
  // Passive "it was reported that", "X is said to", "is expected to" (not "is supposed to").
  if (group.passive) return w === 'supposed' ? group.last : passiveCue(view, j, group, form, out)

  const participle = PARTICIPLE_ING.test(w) && !group.aux
  const afterGroup = group.last + 1
  // What stands right before the group: a source, a comma, a quote or nothing.
  const source = participle ? null : sourceLeft(view, skipBackTime(view, group.first - 1))
  const beforeSource = source ? source.first - 1 : group.first - 1
  const afterBoundary = beforeSource >= 0 && (isPunct(view, beforeSource, ',') || isClosingQuote(view, beforeSource) || isQuoteMark(view, beforeSource) || isPunct(view, beforeSource, '—') || isPunct(view, beforeSource, '–'))
  let k = skipAdverbials(view, afterGroup)
  // An inverted frame may name the person told: "…,” Figueroa told USA Today.
  let invertedVia: Range | null = null
  if (form.object && source && afterBoundary && !participle && isWord(view, k)) {
    const object = sourceRight(view, k)
    if (object && object.source.last - object.source.first < 4 && !hasPreposition(view, object.source)) {
      const after = skipAdverbials(view, object.next)
      if (isSentenceEnd(view, after) || isPunct(view, after, ',')) {
        if (isOutletRange(view, object.source)) invertedVia = object.source
        k = after
      }
    }
  }
  // "said in a statement" / "said in an interview": the setting joins the cue.
  let cueLast = group.last
  if (k > afterGroup && (word(view, afterGroup) === 'in') && (word(view, afterGroup + 2) === 'statement' || word(view, afterGroup + 2) === 'interview') && k === afterGroup + 3) cueLast = k - 1
  // "said Friday", "noted yesterday": a bare day joins the cue, as annotators mark it.
  else if (CUE_DAYS.has(word(view, afterGroup))) cueLast = afterGroup
  // "called for", "complained about", "warned against": the verb's own preposition joins the cue.
  else if (PARTICLES[form.lemma]?.includes(word(view, afterGroup)) && isWord(view, afterGroup + 1)) {
    cueLast = afterGroup
    if (k === afterGroup) k = afterGroup + 1
  }
  const endsHere = isSentenceEnd(view, k) || isPunct(view, k, ',') || isPunct(view, k, ';') || isPunct(view, k, ')') || isQuoteMark(view, k) && !isOpeningQuote(view, k)

  // A channel after the cue: "…, a senior aide said, cited by Interfax."
  let chainVia: Range | null = null
  if (isPunct(view, k, ',') && CHAIN_WORDS.has(word(view, k + 1)) && word(view, k + 2) === 'by') {
    const channel = sourceRight(view, k + 3)
    if (channel) {
      chainVia = channel.source
      k = channel.next
    }
  }
  const endsHereNow = endsHere || chainVia !== null && (isSentenceEnd(view, k) || isPunct(view, k, ','))
  // 1. Inverted: "…, X said." / "“…,” she said, “…”" (after a closing quote, whatever follows).
  const afterQuote = beforeSource >= 0 && (isClosingQuote(view, beforeSource) || isPunct(view, beforeSource, ',') && isClosingQuote(view, beforeSource - 1))
  const followsIntro = source !== null && beforeSource > 0 && isPunct(view, beforeSource, ',') && introductory(view, beforeSource)
  if (source && afterBoundary && !followsIntro && (endsHereNow || afterQuote && word(view, k) !== 'that' && !isPunct(view, k, ':')) && !participle) {
    const content = invertedContent(view, beforeSource, chainVia ? view.at.length : k)
    if (!content) return group.last
    push(view, out, group.first, cueLast, form, 'verb-inverted', source, chainVia ?? invertedVia ?? viaIn(view, afterGroup, k), content, false, 0.85)
    return cueLast
  }
  // 2. Postposed: "…, said X." / "“…,” said X." ("…, compared with X" is no attribution.)
  if (!source && afterBoundary && !participle && form.lemma !== 'compare') {
    const right = sourceRight(view, k, true)
    if (right && (isSentenceEnd(view, right.next) || isPunct(view, right.next, ',') || isPunct(view, right.next, ';') || isQuoteMark(view, right.next) || skipAdverbials(view, right.next) !== right.next)) {
      const content = invertedContent(view, group.first - 1, right.next)
      if (!content) return group.last
      push(view, out, group.first, cueLast, form, 'verb-postposed', right.source, right.via, content, false, 0.85)
      return right.next - 1
    }
  }
  // 3. Participle after a comma: "…, adding that …" (source inherited).
  if (participle) {
    if (SUBJECT_EXCLUDED.has(w)) return group.last
    const before = word(view, group.first - 1)
    let named: Range | null = null
    if (!(group.first > 0 && (isPunct(view, group.first - 1, ',') || isPunct(view, group.first - 1, '—') || PARTICIPLE_OPENERS.has(before)))) {
      // "footage of Trump saying …": a name right before the participle is its subject.
      const left = sourceLeft(view, group.first - 1)
      if (!left) return j
      const head = word(view, left.last)
      const grouped = GROUP_HEADS.has(head) || head === 'percent' || head === 'majority' || head === 'minority' || head === 'share' || /^\d/.test(head) || DOCUMENT_HEADS.has(head)
      if (!grouped && (!tok(view, left.first)!.cap || !PARTICIPLE_OPENERS.has(word(view, left.first - 1)) && word(view, left.first - 1) !== 'of' && word(view, left.first - 1) !== 'with')) return j
      named = left
    }
    const {content, object, via} = contentWithObject(view, form, k)
    if (!content) return group.last
    // After a comma a participle continues the clause before it ("…, he said, citing …"),
    // so stance, report and evidence verbs need no particular complement there.
    const lenient = form.category === 'stance' || form.category === 'report' || form.category === 'evidence' || form.category === 'speech'
    if (form.weak && !lenient && !strongComplement(view, form, object ?? k)) return group.last
    push(view, out, group.first, cueLast, form, 'verb-participle', named, via, [content], named === null, 0.7)
    return group.last
  }
  // 4. Subject first: "X said (that) …", "X told Y (that) …", "X said: …".
  // Forms that rarely attribute after a subject still do before a colon or a quote ("Limbaugh continued: “…”").
  if (SUBJECT_EXCLUDED.has(w) && !isPunct(view, k, ':') && !isOpeningQuote(view, k)) return group.last
  let rule = 'verb-subject'
  let subject = source
  if (!subject && (word(view, group.first - 1) === 'and' || word(view, group.first - 1) === 'but' || word(view, group.first - 1) === 'then')) {
    // "She thanked the crowd and said …": the subject of the first verb.
    subject = sentenceSubject(view, group.first - 1)
    rule = 'verb-coordinated'
  }
  if (!subject && group.first === 0 && tok(view, 0)!.cap && INITIAL_VERBS.has(form.lemma) && /ed$|said|told|wrote|says|adds|asks|writes|tells/.test(w)) {
    // "Said the mayor, “…”"
    const right = sourceRight(view, afterGroup)
    if (right && (isPunct(view, right.next, ',') || isPunct(view, right.next, ':'))) {
      const content = contentAfter(view, right.next + 1)
      if (content) push(view, out, group.first, cueLast, form, 'verb-initial', right.source, right.via, [content], false, 0.75)
    }
    return group.last
  }
  // "… and said …", "… when asked …" with no subject in reach: the cue and claim still count.
  const before = word(view, group.first - 1)
  if (!subject && before !== 'and' && before !== 'but' && before !== 'when') return group.last
  if (isSentenceEnd(view, k) && source && source.first === 0) {
    // "“….” Trump said.": the quote that ends the previous sentence.
    const previous = previousSentenceQuote(view)
    if (previous) push(view, out, group.first, cueLast, form, 'verb-inverted', source, null, [previous], false, 0.75)
    return group.last
  }
  if (isSentenceEnd(view, k)) return group.last
  const colon = isPunct(view, k, ':')
  if (colon && isSentenceEnd(view, k + 1)) {
    // "X said:" at the end of the paragraph: the content is the next paragraph.
    const isLastSentence = view.index === view.paragraph.sentences.length - 1
    if (isLastSentence) {
      const attribution = push(view, out, group.first, cueLast, form, 'verb-colon', source, null, [], false, 0.7)
      attribution.contentInNextParagraph = true
      attribution.content = null
    }
    return group.last
  }
  // "officers from the countries mentioned, starting …": a participle closing a phrase.
  if (!group.aux && /ed$/.test(w) && isPunct(view, k, ',') && !isOpeningQuote(view, k + 1) && !tok(view, source?.first ?? 0)?.cap && (subject === null || PRONOUNS[word(view, subject.last)] === undefined)) return group.last
  // "said on MSNBC's “Morning Joe” on Friday that …": the claim starts at "that".
  if (!form.object && (SETTING_STARTERS.has(word(view, k)) || TIME_WORDS.has(word(view, k)))) {
    for (let m = k + 1; m < view.at.length && m <= k + 14; m++) {
      if (word(view, m) === 'that') {
        k = m
        break
      }
      if (isPunct(view, m, ',') || isPunct(view, m, ';') || isPunct(view, m, ':') || isOpeningQuote(view, m) || view.lexicon.verbs.has(word(view, m)) && !tok(view, m)!.cap) break
    }
  }
  const {content, object, via} = contentWithObject(view, form, k)
  if (!content) return group.last
  // Weak verbs need a clause complement, except verbs of addressing and judging
  // with a named subject and an object ("He described the field as …").
  if (form.weak && !ANY_OBJECT.has(form.lemma) && !strongComplement(view, form, object ?? k) && !(form.object && isWord(view, k) && !PRONOUN_OBJECTS.has(word(view, k)))) return group.last
  push(view, out, group.first, cueLast, form, colon ? 'verb-colon' : rule, subject, via ?? viaIn(view, afterGroup, k), [content], false, colon ? 0.85 : 0.8)
  return group.last
}

/** The quote that closes the previous sentence of the paragraph ("“….” Trump said."). */
function previousSentenceQuote(view: SentenceView): Piece | null {
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

/**
 * Step back over a time phrase between a subject and its verb ("Wells Fargo
 * this month announced", "officials on Monday said"); returns the position
 * of the subject's last word, or `j` when there is no such phrase.
 */
function skipBackTime(view: SentenceView, j: number): number {
  let k = j
  let skipped = false
  for (let guard = 0; guard < 5 && k > 0; guard++) {
    const w = word(view, k)
    if (TIME_WORDS.has(w) && !tok(view, k)!.cap || w === 'monday' || w === 'tuesday' || w === 'wednesday' || w === 'thursday' || w === 'friday' || w === 'saturday' || w === 'sunday' || w === 'this' || w === 'just' || /^(?:1[89]|20)\d\d$/.test(w) || ((w === 'on' || w === 'in') && skipped)) {
      k--
      skipped = true
      continue
    }
    break
  }
  if (!skipped || k === j) return j
  // Only when a subject-like word stands before the time phrase.
  const before = tok(view, k)
  if (!before || before.kind !== WORD || !(before.cap || PRONOUNS[before.lower] !== undefined || GROUP_HEADS.has(before.lower) || ROLE_NOUNS.has(before.lower))) return j
  return k
}

/** Whether a range of view positions holds a preposition ("Republicans to join …"). */
function hasPreposition(view: SentenceView, range: Range): boolean {
  for (let j = range.first + 1; j <= range.last; j++) {
    const w = word(view, j)
    if (w === 'to' || w === 'of' || w === 'for' || w === 'in' || w === 'on' || w === 'at' || w === 'with' || w === 'about') return true
  }
  return false
}

/**
 * Whether the clause before the comma at `comma` is an introductory phrase
 * ("In July,", "During a speech on Monday,") rather than a claim: it opens
 * the sentence with a preposition or time word and holds no quotation.
 */
function introductory(view: SentenceView, comma: number): boolean {
  if (comma > 12) return false
  const first = word(view, 0)
  if (!INTRO_OPENERS.has(first) && !TIME_OPENERS.has(first)) return false
  for (let k = 0; k < comma; k++) if (isQuoteMark(view, k)) return false
  return true
}

/** Words that open an introductory phrase (not conjunctions: "But the plan is dead, she said" is a claim). */
const INTRO_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'since', 'as', 'with', 'through', 'for', 'by', 'from', 'following', 'despite', 'amid', 'under', 'unlike', 'like', 'speaking', 'asked', 'last', 'earlier', 'later', 'within', 'without', 'upon', 'over', 'throughout', 'until'])

const TIME_OPENERS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'recently', 'earlier', 'later', 'now', 'then', 'afterward', 'afterwards', 'overnight', 'separately', 'speaking', 'asked', 'writing', 'addressing', 'responding', 'echoing', 'citing', 'like', 'unlike', 'despite', 'although', 'though', 'because', 'if', 'once', 'until', 'under', 'amid', 'following', 'according'])

/** Content of an inverted frame: before the boundary, plus a quote or clause resumed after ", she said, …". */
function invertedContent(view: SentenceView, boundary: number, after: number): Piece[] | null {
  const before = contentBefore(view, isClosingQuote(view, boundary) ? boundary + 1 : boundary)
  if (!before) return null
  const pieces = [before]
  // "“…,” she said, “…”" or "The plan, she said, will fail."
  if (isPunct(view, after, ',') || isPunct(view, after, '—')) {
    const resume = after + 1
    const w = word(view, resume)
    if (isOpeningQuote(view, resume)) {
      const more = contentAfter(view, resume)
      if (more) pieces.push(more)
    } else if (w !== '' && !isClauseBreakWord(w) && !isClosingQuote(view, boundary) && before.end - before.start < 60) {
      const more = contentAfter(view, resume)
      if (more) pieces.push(more)
    }
  } else if (isSentenceEnd(view, after)) {
    // "“…,” she said. “…”": a quote that opens the next sentence goes on.
    const next = nextSentenceQuote(view)
    if (next && isClosingQuote(view, boundary) || next && isQuoteMark(view, boundary)) pieces.push(next!)
  }
  return pieces
}

function isClauseBreakWord(w: string): boolean {
  return w === 'adding' || w === 'saying' || w === 'noting' || w === 'according' || w === 'who' || w === 'which' || w === 'and' || w === 'but' || w.endsWith('ing')
}

/** The quote that makes up the next sentence of the paragraph, when there is one. */
function nextSentenceQuote(view: SentenceView): Piece | null {
  const paragraph = view.paragraph
  const next = paragraph.sentences[view.index + 1]
  if (!next) return null
  let i = next.first
  while (i < next.last && paragraph.tokens[i].kind === 2) i++
  const q = view.quotes.inside[i]
  if (q === -1) return null
  const quote = view.quotes.quotes[q]
  if (quote.open !== i) return null
  // Only when nothing but the quote makes up the rest of the paragraph's next sentence(s).
  return {start: quote.start, end: quote.end}
}

/** A complement strong enough for a weak verb: "that", a quote, a colon, "to" for intentions. */
function strongComplement(view: SentenceView, form: VerbForm, k: number): boolean {
  const w = word(view, k)
  if (w === 'that' || isOpeningQuote(view, k) || isPunct(view, k, ':')) return true
  if (w === 'to' && (form.category === 'intention' || TO_COMPLEMENT.has(form.lemma))) return true
  if (w === 'with' && (form.lemma === 'agree' || form.lemma === 'disagree' || form.lemma === 'concur')) return true
  if (form.category === 'intention' && w !== '' && !PRONOUN_OBJECTS.has(w)) return true
  if (form.category === 'belief' && startsClause(view, k) && w !== 'it' && w !== 'them') return true
  if (form.category === 'stance' && (w !== '' || isOpeningQuote(view, k))) return true
  if (form.category === 'evidence' && (w === 'that' || startsClause(view, k))) return true
  if (w === 'whether' || w === 'how' || w === 'why' || w === 'what' || w === 'if') return form.category !== 'intention'
  return false
}

/**
 * Content after a verb that may take a person object first ("told reporters
 * that …", "told AFP on Monday …"). Returns the content, the position of the
 * complement after the object, and the channel when the object is an outlet.
 */
function contentWithObject(view: SentenceView, form: VerbForm, k: number): {content: Piece | null; object: number | null; via: Range | null} {
  let via: Range | null = null
  let object: number | null = null
  if (form.object && word(view, k) !== 'that' && isWord(view, k)) {
    const np = sourceRight(view, k)
    if (np) {
      let after = skipAdverbials(view, np.next)
      if (form.lemma === 'call' && word(view, after) === 'for') after = after
      if (isOutletRange(view, np.source)) via = np.source
      // The object ends where "that", a quote, a colon or "to/of/for" begins.
      const w = word(view, after)
      if (w === 'that' || w === 'to' || w === 'of' || w === 'for' || w === 'as' || w === 'about' || w === 'whether' || w === 'if' || w === 'how' || w === 'what' || w === 'why' || isOpeningQuote(view, after) || isPunct(view, after, ':') || isPunct(view, after, ',') || form.lemma === 'tell' || form.lemma === 'ask' || form.lemma === 'inform' || form.lemma === 'assure') {
        object = after
        if (isPunct(view, after, ',')) object = after + 1
        k = object
        // The object of "rejected", "accused", "described" is part of the claim.
        if (!ADDRESSEE_VERBS.has(form.lemma) && w !== 'that') k = np.source.first
      }
    }
  }
  return {content: contentAfter(view, k), object, via}
}

/** Whether a range names a news outlet ("AFP", "the Associated Press", "Russia's Interfax news agency"). */
export function isOutletRange(view: SentenceView, range: Range): boolean {
  const outlets = view.lexicon.outlets
  for (let j = range.first; j <= range.last; j++) {
    const t = tok(view, j)!
    if (t.kind !== WORD) continue
    const key = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower
    const list = outlets.get(key)
    if (!list || !t.cap && t.text !== t.text.toUpperCase()) continue
    for (const words of list) {
      let ok = true
      for (let m = 1; m < words.length; m++) {
        if (word(view, j + m) !== words[m] && word(view, j + m).replace(/'s$/, '') !== words[m]) {
          ok = false
          break
        }
      }
      if (ok) return true
    }
  }
  const head = word(view, range.last)
  return head === 'agency' && word(view, range.last - 1) === 'news'
}

/** "told AFP", "in an interview with Reuters", "in remarks carried by Reuters" between the cue and `k`. */
function viaIn(view: SentenceView, from: number, to: number): Range | null {
  for (let j = from; j < to; j++) {
    const w = word(view, j)
    if ((w === 'with' || w === 'by' || w === 'to' || w === 'on') && isWord(view, j + 1)) {
      const np = sourceRight(view, j + 1)
      if (np && isOutletRange(view, np.source)) return np.source
    }
  }
  return null
}

/** A raw attribution of this sentence, with the defaults for what a rule leaves out. */
function raw(view: SentenceView, fields: Pick<RawAttribution, 'cue' | 'lemma' | 'category' | 'rule' | 'source' | 'via' | 'content' | 'confidence'> & Partial<RawAttribution>): RawAttribution {
  return {paragraph: view.paragraph.index, sentence: view.index, inheritSource: false, contentInNextParagraph: false, src: null, chan: null, cues: [], ...fields}
}

function push(view: SentenceView, out: RawAttribution[], first: number, last: number, form: VerbForm, rule: string, source: Range | null, via: Range | null, content: Piece[], inherit: boolean, confidence: number): RawAttribution {
  const attribution = raw(view, {cue: [{first, last}], lemma: form.lemma, category: form.category, rule, source, via, content, inheritSource: inherit, confidence})
  out.push(attribution)
  return attribution
}

function pushRefusal(view: SentenceView, group: Group, lemma: string, source: Range | null, out: RawAttribution[]): void {
  out.push(
    raw(view, {
      cue: [{first: group.first, last: group.last}],
      lemma: lemma === 'say' ? 'not say' : `not ${lemma}`,
      category: 'refusal',
      rule: 'refusal',
      source,
      via: null,
      content: null,
      confidence: 0.8
    })
  )
}

/** "declined to comment", "refused to say", "declined comment". */
function refusal(view: SentenceView, j: number, out: RawAttribution[]): boolean {
  let k = j + 1
  if (word(view, k) === 'to') k++
  const w = word(view, k)
  if (!COMMENT_WORDS.has(w) && !(word(view, j + 1) === 'comment')) return false
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
      confidence: 0.85
    })
  )
  return true
}

/** Negated replies: "did not respond to messages", "could not be reached", "would not comment". */
function refusalNegated(view: SentenceView, j: number, out: RawAttribution[]): number {
  let k = j + 1
  if (word(view, j) === 'could') k++
  let first = j
  if (AUXILIARIES.has(word(view, j - 1))) first = j - 1
  while (word(view, k) === 'immediately' || word(view, k) === 'yet') k++
  const w = word(view, k)
  let last = -1
  if (RESPOND_WORDS.has(w) && /(?:request|requests|message|messages|call|calls|email|emails|inquiry|inquiries|questions)/.test(word(view, k + 3) + ' ' + word(view, k + 2) + ' ' + word(view, k + 4))) last = k
  else if (w === 'be' && word(view, k + 1) === 'reached') last = k + 1
  else if (w === 'comment' && (isSentenceEnd(view, k + 1) || isPunct(view, k + 1, ',') || word(view, k + 1) === 'on')) last = k
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
      confidence: 0.75
    })
  )
  return last
}

/** "Interfax quoted a source as saying …"; "X was quoted (by Y) as saying …". */
function quotedAsSaying(view: SentenceView, j: number, group: Group, out: RawAttribution[]): number {
  // Find "as saying" within a few words.
  let as = -1
  for (let k = j + 1; k < view.at.length && k <= j + 14; k++) {
    if (word(view, k) === 'as' && (word(view, k + 1) === 'saying' || word(view, k + 1) === 'telling' || word(view, k + 1) === 'writing')) {
      as = k
      break
    }
    if (isBoundary(view, k) && !isPunct(view, k, ',')) break
  }
  if (as === -1) return 0
  let content = contentAfter(view, skipAdverbials(view, as + 2))
  if (!content) {
    // "…, Interfax quoted a source as saying.": the claim stands before the clause.
    let k = group.first - 1
    while (k > 0 && !isPunct(view, k, ',') && !isClosingQuote(view, k)) k--
    if (k > 0) content = contentBefore(view, isClosingQuote(view, k) ? k + 1 : k)
  }
  if (!content) return 0
  let source: Range | null
  let via: Range | null = null
  if (group.passive) {
    source = sourceLeft(view, group.first - 1)
    if (word(view, j + 1) === 'by') {
      const channel = sourceRight(view, j + 2)
      if (channel) via = channel.source
    }
  } else {
    via = sourceLeft(view, group.first - 1)
    const object = sourceRight(view, j + 1)
    source = object && object.next <= as ? {first: object.source.first, last: Math.min(object.source.last, as - 1)} : null
  }
  out.push(
    raw(view, {
      cue: [{first: group.first, last: j}, {first: as, last: as + 1}],
      lemma: 'quote as saying',
      category: 'report',
      rule: 'quoted-as-saying',
      source,
      via,
      content: [content],
      confidence: 0.85
    })
  )
  return as + 1
}

/** "It was reported that …", "X is said to have …", "X is believed to …", "is expected to". */
function passiveCue(view: SentenceView, j: number, group: Group, form: VerbForm, out: RawAttribution[]): number {
  const after = group.last + 1
  const w = word(view, after)
  const subject = word(view, group.first - 1)
  let content: Piece | null = null
  let source: Range | null = null
  // An agent: "was reported by Reuters".
  let via: Range | null = null
  let k = after
  if (w === 'by') {
    const agent = sourceRight(view, after + 1)
    if (agent) {
      source = agent.source
      k = agent.next
    }
  }
  k = skipAdverbials(view, k)
  if (subject === 'it' && word(view, k) === 'that') {
    content = contentAfter(view, k)
  } else if (word(view, k) === 'to' && (form.lemma === 'say' || form.category === 'belief' || form.lemma === 'report' || form.lemma === 'expect' || form.lemma === 'estimate' || form.lemma === 'think' || form.lemma === 'know' || form.lemma === 'consider' || form.lemma === 'rumor' || form.lemma === 'allege' || form.lemma === 'claim')) {
    // "X is said to have …": the content is X plus the infinitive clause.
    const subjectRange = sourceLeft(view, group.first - 1)
    const rest = contentAfter(view, k)
    if (!rest) return group.last
    // "which is expected to draw a crowd": without a subject phrase the infinitive is the claim.
    content = subjectRange ? {start: tok(view, subjectRange.first)!.start, end: rest.end} : rest
  } else {
    return group.last
  }
  if (!content) return group.last
  void via
  out.push(
    raw(view, {
      cue: [{first: group.first, last: group.last}],
      lemma: form.lemma,
      category: form.category,
      rule: 'passive',
      source,
      via: null,
      content: [content],
      confidence: 0.6
    })
  )
  return group.last
}

/**
 * "Asked whether the plan would pass, the senator said …": the question is
 * the content of "Asked", and the main clause's subject is its source.
 */
function askedFirst(view: SentenceView, j: number, out: RawAttribution[]): boolean {
  let comma = -1
  for (let k = j + 1; k < view.at.length && k < j + 40; k++) {
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
      confidence: 0.7
    })
  )
  return true
}

const RAISING_BLOCK = new Set(['in', 'on', 'at', 'before', 'with', 'for', 'from', 'by', 'as', 'alongside', 'together', 'onstage', 'live', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'and', 'or', 'but', 'briefly', 'online'])

/**
 * "The plan seemed to stall", "Voters appear unmoved": the writer's
 * judgement, with no source; the content is the subject plus the rest.
 */
function raising(view: SentenceView, j: number, out: RawAttribution[]): void {
  const next = word(view, j + 1)
  if (next === '' || RAISING_BLOCK.has(next) || (!isWord(view, j + 1))) return
  if (!isVerbal(view, j)) return
  let first = j
  while (first > 0 && (AUXILIARIES.has(word(view, first - 1)) || NEGATIONS.has(word(view, first - 1)) || GROUP_ADVERBS.has(word(view, first - 1)))) first--
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
      confidence: 0.5
    })
  )
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appeared', 'appears', 'feel', 'feels', 'felt', 'grew', 'became', 'become', 'becomes', 'sounded'])
const ADJECTIVE_COMPLEMENTS = new Set(['that', 'to', 'about', 'of', 'over', 'with', 'whether', 'in', 'on', 'toward', 'towards', 'if'])

/** "Officials are confident that …", "She was critical of the plan". */
function stanceAdjective(view: SentenceView, j: number, out: RawAttribution[]): void {
  if (!ADJECTIVE_COMPLEMENTS.has(word(view, j + 1))) return
  let first = j
  while (first > 0 && (GROUP_ADVERBS.has(word(view, first - 1)) || isAdverb(word(view, first - 1)) || NEGATIONS.has(word(view, first - 1)) || word(view, first - 1) === 'very' || word(view, first - 1) === 'more' || word(view, first - 1) === 'less' || word(view, first - 1) === 'so' || word(view, first - 1) === 'not')) first--
  if (!BE_FORMS.has(word(view, first - 1))) return
  first--
  while (first > 0 && (AUXILIARIES.has(word(view, first - 1)) || NEGATIONS.has(word(view, first - 1)) || GROUP_ADVERBS.has(word(view, first - 1)))) first--
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
      confidence: 0.55
    })
  )
}

/**
 * "Trump's claim that …", "his decision to …", "allegations that …": a noun
 * cue, the possessor as source, the complement as content.
 */
function nominalCue(view: SentenceView, j: number, w: string, noun: NounCue, out: RawAttribution[]): boolean {
  const next = word(view, j + 1)
  const quoted = isOpeningQuote(view, j + 1) || isPunct(view, j + 1, ':')
  if (!noun.complements.includes(next) && !quoted) return false
  // "that" after the noun must open a clause, not a relative one ("the claim that he made"):
  // a relative "that" is followed by a pronoun and a verb at once, which this cannot tell; accept.
  const before = word(view, j - 1)
  let source: Range | null = null
  if (before.endsWith("'s") || before.endsWith("s'") || before === 'his' || before === 'her' || before === 'their' || before === 'its' || before === 'our' || before === 'my') {
    source = before === 'his' || before === 'her' || before === 'their' || before === 'its' || before === 'our' || before === 'my' ? {first: j - 1, last: j - 1} : sourceLeft(view, j - 1)
  } else {
    // Without a possessor the noun is too often a plain noun ("the claim that he made").
    return false
  }
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
      confidence: 0.5
    })
  )
  return true
}


const POLL_HEADS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'analysis', 'report', 'tally', 'count', 'census', 'audit', 'review'])

/**
 * "In a CNN poll released Monday, 50 percent chose …" / "… leads by five
 * points in the latest poll.": the poll is the source, the clause the content.
 */
function inPoll(view: SentenceView, j: number, out: RawAttribution[]): boolean {
  if (quoteAt(view, j) !== -1) return false
  const np = sourceRight(view, j + 1)
  if (!np) return false
  // The head is the last word before the phrase's first preposition or participle.
  let head = np.source.last
  for (let k = np.source.first + 1; k <= np.source.last; k++) {
    const x = word(view, k)
    if (x === 'of' || x === 'by' || x === 'for' || x === 'from' || x === 'released' || x === 'published' || x === 'conducted' || x === 'taken' || x === 'out') {
      head = k - 1
      break
    }
  }
  if (!POLL_HEADS.has(word(view, head))) return false
  let content: Piece | null = null
  let next = np.next
  if (j === 0) {
    // Extend to the comma: "In a poll conducted by X for Y, …"
    while (next < view.at.length && next < np.next + 12 && !isPunct(view, next, ',')) next++
    if (!isPunct(view, next, ',')) return false
    content = contentAfter(view, next + 1)
    np.source.last = next - 1
  } else if (isSentenceEnd(view, np.next) || isPunct(view, np.next, ',') && isSentenceEnd(view, skipAdverbials(view, np.next + 1))) {
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
      confidence: 0.6
    })
  )
  return true
}

/** "according to X": the rest of the clause is the content. */
function accordingTo(view: SentenceView, j: number, out: RawAttribution[]): void {
  const right = sourceRight(view, j + 2)
  if (!right) return
  const n = view.at.length
  // Sentence-initial when only opening marks stand before it.
  let initial = true
  for (let k = 0; k < j; k++) if (isWord(view, k) || isClosingQuote(view, k) || isPunct(view, k, ',')) initial = false
  if (!right.via) {
    // The source runs on to the clause's edge: "according to exit polls conducted by X for Y".
    // At the sentence's start it runs to the first comma or colon, "and" included.
    let k = right.next
    const limit = right.next + (initial ? 30 : 15)
    while (k < n && k < limit && (isWord(view, k) || isPunct(view, k, '-') || isPunct(view, k, '.') && !isSentenceEnd(view, k) || isPunct(view, k, '/')) && (initial || !ACCORDING_STOPS.has(word(view, k)))) k++
    if (k > right.next && (isPunct(view, k, ',') || isPunct(view, k, ':') || !initial && (isSentenceEnd(view, k) || isPunct(view, k, ')')))) {
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
      confidence: 0.9
    })
  )
}

const TO_COMPLEMENT = new Set(['agree', 'offer', 'promise', 'threaten', 'vow', 'pledge', 'refuse', 'decline', 'demand', 'ask', 'urge', 'hope', 'want', 'plan', 'seek', 'aim', 'intend', 'prefer', 'decide', 'expect', 'wish', 'commit', 'vote', 'push', 'press', 'call', 'appeal', 'beg', 'plead', 'fear', 'warn', 'remind', 'tell', 'advise', 'encourage', 'swear', 'resolve'])

const CUE_DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight'])

/** Prepositions that belong to a verb's cue ("called for", "complained about"). */
const PARTICLES: Readonly<Record<string, readonly string[]>> = Object.assign(Object.create(null) as Record<string, readonly string[]>, {
  call: ['for', 'on'],
  complain: ['about', 'of'],
  warn: ['against', 'of', 'about'],
  argue: ['for', 'against'],
  advocate: ['for'],
  push: ['for'],
  press: ['for'],
  rail: ['against'],
  refer: ['to'],
  object: ['to'],
  apologize: ['for'],
  apologise: ['for'],
  appeal: ['to', 'for'],
  plead: ['for'],
  speak: ['about', 'of', 'against'],
  talk: ['about'],
  boast: ['about', 'of'],
  brag: ['about'],
  joke: ['about'],
  worry: ['about'],
  respond: ['to'],
  reply: ['to'],
  testify: ['about', 'that'],
  protest: ['against'],
  campaign: ['for', 'against'],
  lobby: ['for', 'against'],
  side: ['with'],
  agree: ['with'],
  disagree: ['with'],
  hope: ['for'],
  pray: ['for'],
  ask: ['for', 'about'],
  inquire: ['about'],
  question: ['whether'],
  accuse: [],
  blame: []
})

const SETTING_STARTERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'over', 'to', 'from', 'last', 'this', 'earlier', 'late', 'early'])

const NAMING_BEFORE = new Set(['what', 'whom', 'which', 'is', 'was', 'be', 'been', 'being', 'are', 'were', 'so'])

const PARTICIPLE_OPENERS = new Set(['and', 'while', 'by', 'after', 'before', 'for', 'from', 'without', 'when', 'of', 'in', 'with', 'about', 'since', 'through', 'upon', 'on'])

const INITIAL_VERBS = new Set(['say', 'add', 'ask', 'write', 'tell', 'explain', 'insist', 'recall', 'note', 'argue', 'warn', 'declare', 'reply', 'respond', 'continue', 'conclude', 'observe'])

const CHAIN_WORDS = new Set(['cited', 'quoted', 'carried', 'reported', 'relayed'])

const PRONOUN_OBJECTS = new Set(['it', 'them', 'this', 'that', 'up', 'out', 'off', 'down', 'back', 'in', 'on', 'at', 'for', 'to', 'from', 'by', 'with'])

const ACCORDING_STOPS = new Set(['who', 'which', 'that', 'when', 'while', 'because', 'but', 'although', 'though', 'as', 'if', 'since', 'so', 'whose', 'where', 'and'])

const CLAUSE_BREAK_AFTER_ACCORDING = new Set(['who', 'which', 'and', 'but', 'adding', 'saying'])

/** "per X": "The deal collapsed, per two people familiar with it." */
function perCue(view: SentenceView, j: number, out: RawAttribution[]): void {
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
      confidence: 0.7
    })
  )
}

/** "The deal was reportedly signed": a cue with no source; the sentence is the content. */
function adverbCue(view: SentenceView, j: number, w: string, out: RawAttribution[]): void {
  const content = contentBefore(view, view.at.length)
  if (!content) return
  out.push(
    raw(view, {
      cue: [{first: j, last: j}],
      lemma: w,
      category: 'report',
      rule: 'reportedly',
      source: null,
      via: null,
      content: [content],
      confidence: 0.5
    })
  )
}

/**
 * "From The Times:" / "Senator Smith:" / "Smith on Twitter:" before a quote
 * or at the paragraph's end (the block that follows is the content).
 */
function colonIntro(view: SentenceView, j: number, out: RawAttribution[]): void {
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
  if (!source || source.source.last !== j - 1 && !(word(view, source.next) === 'on' || word(view, source.next) === 'in')) return
  if (!hasCapital(view, source.source)) return
  const atEnd = isSentenceEnd(view, j + 1) || j + 1 >= view.at.length
  const isLastSentence = view.index === view.paragraph.sentences.length - 1
  if (atEnd && !isLastSentence) return
  // "Caddell: Voters Are Worried": a short title-case name before a claim.
  const headline = !atEnd && !isOpeningQuote(view, j + 1) && source.source.first === 0 && source.source.last === j - 1 && j <= 3 && allCapitalised(view, 0, j - 1) && !LABELS.has(word(view, 0)) && !LABELS.has(word(view, j - 1)) && !DETERMINERS.has(word(view, 0)) && !isOutletRange(view, source.source)
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
      confidence: 0.6
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
  if (first === j || j - first > 3) return false
  for (let k = first; k < j; k++) {
    const t = tok(view, k)!
    if (t.kind !== WORD || t.text.length < 2 || t.text !== t.text.toUpperCase() || !/[A-Z]/.test(t.text)) return false
  }
  const paragraph = view.paragraph
  const after = tok(view, j + 1)
  if (!after) return false
  let endToken = paragraph.tokens.length - 1
  while (endToken > 0 && paragraph.tokens[endToken].kind === 2) endToken--
  out.push(
    raw(view, {
      cue: [{first: j, last: j}],
      lemma: ':',
      category: 'speech',
      rule: 'transcript',
      source: {first, last: j - 1},
      via: null,
      content: [{start: after.start, end: paragraph.tokens[endToken].end}],
      confidence: 0.8
    })
  )
  return true
}

const DASHES = new Set(['―', '—', '–', '--'])

/**
 * A signature dash after a quote: "“…” ― Pamela Ortiz" or a paragraph that
 * is only "— Name" after a quoted paragraph.
 */
function dashSignature(view: SentenceView, j: number, out: RawAttribution[]): void {
  if (!isWord(view, j + 1) || !tok(view, j + 1)!.cap) return
  const right = sourceRight(view, j + 1)
  if (!right) return
  let end = right.next
  // ", a teacher from Ohio" may follow the name.
  if (isPunct(view, end, ',')) end = view.at.length
  if (!isSentenceEnd(view, end) && end < view.at.length) return
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
      confidence: 0.7
    })
  )
}

const LABELS = new Set(['update', 'updated', 'photo', 'photos', 'video', 'watch', 'read', 'related', 'note', 'editor', "editor's", 'source', 'breaking', 'exclusive', 'opinion', 'analysis', 'live', 'more', 'see', 'also', 'correction', 'disclosure', 'warning', 'image', 'credit', 'caption', 'tags', 'filed', 'posted', 'published', 'by', 'share', 'listen', 'subscribe', 'advertisement', 'sponsored', 'q', 'a', 'question', 'answer', 'example', 'here', 'why', 'how', 'what', 'who', 'when', 'where', 'step', 'part', 'chapter', 'day', 'week', 'rule', 'lesson', 'tip', 'bottom', 'line', 'fact', 'facts', 'timeline', 'background', 'context', 'key', 'takeaway', 'takeaways', 'verdict', 'result', 'results', 'score', 'location', 'date', 'time', 'price', 'cost', 'total', 'status', 'title', 'subject', 'topic', 'from', 'to', 'cc', 'sent', 're', 'fw', 'fwd', 'ps', 'p.s', 'wallace', 'host', 'moderator'])

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

export {quoteAt}
