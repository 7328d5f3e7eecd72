/**
 * Verb cues: "X said (that) …", "…, X said.", "…, said X.", "…, adding that …",
 * "X said: …", "Said the mayor, …", with refusals, passives and "quoted as
 * saying" handed to their own rules.
 */
import {prior, type RuleId} from '../../rules/registry.js'
import {
  CHAIN_WORDS,
  CUE_DAYS,
  INITIAL_VERBS,
  INTRO_OPENERS,
  NAMING_BEFORE,
  PARTICIPLE_OPENERS,
  PARTICLES,
  PRONOUN_OBJECTS,
  RUN_ON,
  SETTING_STARTERS,
  TIME_OPENERS
} from '../../lexicon/cue-words.js'
import {AUXILIARIES, SUBJECT_VERB_FILLERS, TIME_WORDS, WEEKDAYS} from '../../lexicon/function-words.js'
import type {VerbForm} from '../../lexicon/index.js'
import {DOCUMENT_HEADS, GROUP_HEADS, ORGANIZATION_HEADS, PRONOUNS, ROLE_NOUNS} from '../../lexicon/names.js'
import {ANY_OBJECT, SUBJECT_EXCLUDED} from '../../lexicon/verbs.js'
import {
  CLAUSE_BREAKS,
  contentAfter,
  isAdverb,
  isClosingQuote,
  isOpeningQuote,
  isQuoteMark,
  isSentenceEnd,
  skipAdverbials,
  sourceLeft,
  sourceRight,
  type Range
} from '../spans.js'
import {WORD} from '../tokens.js'
import {isPunct, isWord, tok, word, type SentenceView} from '../view.js'
import {push} from './build.js'
import {pushRefusal} from './refusals.js'
import {passiveCue, quotedAsSaying} from './reported.js'
import {isOutletRange, previousSentenceQuote, sentenceSubject} from './shared.js'
import type {RawAttribution} from './types.js'
import {contentWithObject, invertedContent, strongComplement, viaIn} from './verb-content.js'
import {isVerbal, PARTICIPLE_ING, verbGroup} from './verb-group.js'

export function verbCue(view: SentenceView, j: number, form: VerbForm, out: RawAttribution[]): number {
  const start = out.length
  const end = verbFrames(view, j, form, out)
  // Attributions of a negated group ("did not mention …") say so; refusals claim nothing anyway.
  if (out.length > start && verbGroup(view, j, form).negated) {
    for (let a = start; a < out.length; a++) if (out[a].category !== 'refusal') out[a].negated = true
  }
  return end
}

/**
 * Whether `k` is a closing quotation mark right after a comma: "…,” adding that …",
 * where the comma that opens a participle stands inside the quote, as American style puts it.
 */
function quoteThenComma(view: SentenceView, k: number): boolean {
  return k > 0 && isClosingQuote(view, k) && isPunct(view, k - 1, ',')
}

/** Words of an approximate quantity before a number ("more than 300", "about 40"). */
const APPROXIMATELY = new Set(['more', 'than', 'about', 'nearly', 'almost', 'over', 'some', 'roughly'])

/**
 * Whether the object at `k` of "recall" is a quantity or "its" something:
 * goods or envoys called back ("recalled more than 300 cars", "recalled its
 * ambassador"), not a memory told ("recalled the day", "recalled that").
 */
function recallsThings(view: SentenceView, k: number): boolean {
  if (word(view, k) === 'its') return true
  for (let q = k; q < k + 3 && APPROXIMATELY.has(word(view, q)); q++) k = q + 1
  return /^\d/.test(word(view, k))
}

/** The verb frames of one reporting-verb form at `j` (see `verbCue`). */
function verbFrames(view: SentenceView, j: number, form: VerbForm, out: RawAttribution[]): number {
  const w = word(view, j)
  if (!isVerbal(view, j)) return j
  // "a program called Safe Streets", "what she called a disgrace": naming, not claiming.
  // "Ms. Ortiz is calling for a ban" is a call: only "called" names after an auxiliary.
  if (
    form.lemma === 'call' &&
    (/ed$/.test(w) || !AUXILIARIES.has(word(view, j - 1))) &&
    (NAMING_BEFORE.has(word(view, j - 1)) ||
      NAMING_BEFORE.has(word(view, j - 2)) ||
      (/ed$/.test(w) && namesSomething(view, j)))
  )
    return j
  const group = verbGroup(view, j, form)
  // "who asked not to be named": a request for anonymity claims nothing.
  if (form.lemma === 'ask' && asksAnonymity(view, group.last + 1)) return group.last
  // "Brightline Foods recalled 2,000 jars", "recalled its envoy": goods or people called back.
  if (form.lemma === 'recall' && recallsThings(view, group.last + 1)) return group.last
  // Participial or passive "-ed by": "sources cited by Interfax" is a chain, not a cue.
  if (!group.aux && word(view, group.last + 1) === 'by' && /ed$/.test(w)) return j
  // "quoted … as saying", "cited … as saying"
  if (form.lemma === 'quote' || form.lemma === 'cite') {
    const done = quotedAsSaying(view, j, group, form.lemma, out)
    if (done) return done
  }
  if (group.negated) {
    // "did not say whether …": nothing is claimed; reported as a refusal.
    const after = word(view, group.last + 1)
    if (
      (form.lemma === 'say' ||
        form.lemma === 'comment' ||
        form.lemma === 'confirm' ||
        form.lemma === 'elaborate' ||
        form.lemma === 'specify' ||
        form.lemma === 'disclose') &&
      (after === 'whether' ||
        after === 'if' ||
        after === 'how' ||
        after === 'what' ||
        after === 'when' ||
        after === 'why' ||
        after === 'who' ||
        after === 'where' ||
        isSentenceEnd(view, group.last + 1) ||
        isPunct(view, group.last + 1, ','))
    ) {
      const source = sourceLeft(view, group.first - 1)
      pushRefusal(view, group, form.lemma, source, out)
      return group.last
    }
    // Any other negated cue ("did not mention the tax plan", "has not endorsed him") is
    // reported, marked as negated: the source is said not to make the claim.
  }
  // Passive "it was reported that", "X is said to", "is expected to" (not "is supposed to").
  if (group.passive) return w === 'supposed' ? group.last : passiveCue(view, group, form, out)

  const participle = PARTICIPLE_ING.test(w) && !group.aux
  const afterGroup = group.last + 1
  // What stands right before the group: a source, a comma, a quote or nothing.
  const source = participle ? null : sourceLeft(view, skipBackTime(view, group.first - 1))
  const beforeSource = source ? source.first - 1 : group.first - 1
  const afterBoundary =
    beforeSource >= 0 &&
    (isPunct(view, beforeSource, ',') ||
      isClosingQuote(view, beforeSource) ||
      isQuoteMark(view, beforeSource) ||
      isPunct(view, beforeSource, '—') ||
      isPunct(view, beforeSource, '–'))
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
  if (
    k > afterGroup &&
    word(view, afterGroup) === 'in' &&
    (word(view, afterGroup + 2) === 'statement' || word(view, afterGroup + 2) === 'interview') &&
    k === afterGroup + 3
  )
    cueLast = k - 1
  // "said Friday", "noted yesterday": a bare day joins the cue, as annotators mark it.
  else if (CUE_DAYS.has(word(view, afterGroup))) cueLast = afterGroup
  // "called for", "complained about", "warned against": the verb's own preposition joins the cue.
  else if (PARTICLES.get(form.lemma)?.includes(word(view, afterGroup)) && isWord(view, afterGroup + 1)) {
    cueLast = afterGroup
    if (k === afterGroup) k = afterGroup + 1
  }
  const endsHere =
    isSentenceEnd(view, k) ||
    isPunct(view, k, ',') ||
    isPunct(view, k, ';') ||
    isPunct(view, k, ')') ||
    (isQuoteMark(view, k) && !isOpeningQuote(view, k))

  // A channel after the cue: "…, a senior aide said, cited by Interfax."
  let chainVia: Range | null = null
  if (isPunct(view, k, ',') && CHAIN_WORDS.has(word(view, k + 1)) && word(view, k + 2) === 'by') {
    const channel = sourceRight(view, k + 3)
    if (channel) {
      chainVia = channel.source
      k = channel.next
    }
  }
  const endsHereNow = endsHere || (chainVia !== null && (isSentenceEnd(view, k) || isPunct(view, k, ',')))
  // 1. Inverted: "…, X said." / "“…,” she said, “…”" (after a closing quote, whatever follows).
  const afterQuote =
    beforeSource >= 0 &&
    (isClosingQuote(view, beforeSource) || (isPunct(view, beforeSource, ',') && isClosingQuote(view, beforeSource - 1)))
  const followsIntro =
    source !== null && beforeSource > 0 && isPunct(view, beforeSource, ',') && introductory(view, beforeSource)
  if (
    source &&
    afterBoundary &&
    !followsIntro &&
    (endsHereNow || (afterQuote && word(view, k) !== 'that' && !isPunct(view, k, ':'))) &&
    !participle
  ) {
    const content = invertedContent(view, beforeSource, chainVia ? view.length : k)
    if (!content) return group.last
    push(
      view,
      out,
      group.first,
      cueLast,
      form,
      'verb-inverted',
      source,
      chainVia ?? invertedVia ?? viaIn(view, afterGroup, k),
      content,
      false,
      prior('verb-inverted')
    )
    return cueLast
  }
  // 2. Postposed: "…, said X." / "“…,” said X." ("…, compared with X" is no attribution.)
  if (!source && afterBoundary && !participle && form.lemma !== 'compare') {
    const right = sourceRight(view, k, true)
    // After a closing quote the phrase may run on: "“…,” said one source who spoke on condition of anonymity."
    if (
      right &&
      afterQuote &&
      (RUN_ON.has(word(view, right.next)) ||
        (isWord(view, right.next) && skipAdverbials(view, right.next) === right.next))
    ) {
      let end = right.next
      while (
        end < view.length &&
        !isSentenceEnd(view, end) &&
        !(isPunct(view, end, ',') && (isOpeningQuote(view, end + 1) || CLAUSE_BREAKS.has(word(view, end + 1))))
      )
        end++
      let last = end - 1
      while (last > right.next && !isWord(view, last)) last--
      right.source.last = last
      right.next = end
    }
    if (right) endAtRelativeCue(view, right)
    if (
      right &&
      (isSentenceEnd(view, right.next) ||
        isPunct(view, right.next, ',') ||
        isPunct(view, right.next, ';') ||
        isPunct(view, right.next, '(') ||
        isQuoteMark(view, right.next) ||
        skipAdverbials(view, right.next) !== right.next)
    ) {
      const content = invertedContent(view, group.first - 1, right.next)
      if (!content) return group.last
      push(
        view,
        out,
        group.first,
        cueLast,
        form,
        'verb-postposed',
        right.source,
        right.via,
        content,
        false,
        prior('verb-postposed')
      )
      return right.next - 1
    }
  }
  // 3. Participle after a comma: "…, adding that …" (source inherited).
  if (participle) {
    if (SUBJECT_EXCLUDED.has(w) || PARTICIPLE_EXCLUDED.has(w)) return group.last
    const before = word(view, group.first - 1)
    let named: Range | null = null
    if (!(
      group.first > 0 &&
      (isPunct(view, group.first - 1, ',') ||
        isPunct(view, group.first - 1, '—') ||
        PARTICIPLE_OPENERS.has(before) ||
        quoteThenComma(view, group.first - 1))
    )) {
      // "footage of Trump saying …": a name right before the participle is its subject.
      const left = sourceLeft(view, group.first - 1)
      if (!left) return j
      const head = word(view, left.last)
      const grouped =
        GROUP_HEADS.has(head) ||
        head === 'percent' ||
        head === 'majority' ||
        head === 'minority' ||
        head === 'share' ||
        /^\d/.test(head) ||
        DOCUMENT_HEADS.has(head)
      if (
        !grouped &&
        (!tok(view, left.first)!.cap ||
          (!PARTICIPLE_OPENERS.has(word(view, left.first - 1)) &&
            word(view, left.first - 1) !== 'of' &&
            word(view, left.first - 1) !== 'with'))
      )
        return j
      named = left
    }
    const {content, object, via} = contentWithObject(view, form, k)
    if (!content) return group.last
    // After a comma a participle continues the clause before it ("…, he said, citing …"),
    // so stance, report and evidence verbs need no particular complement there.
    const lenient =
      form.category === 'stance' ||
      form.category === 'statement' ||
      form.category === 'report' ||
      form.category === 'evidence' ||
      form.category === 'speech'
    if (form.weak && !lenient && !strongComplement(view, form, object ?? k)) return group.last
    push(
      view,
      out,
      group.first,
      cueLast,
      form,
      'verb-participle',
      named,
      via,
      [content],
      named === null,
      prior('verb-participle')
    )
    return group.last
  }
  // 4. Subject first: "X said (that) …", "X told Y (that) …", "X said: …".
  // Forms that rarely attribute after a subject still do before a colon or a quote ("Limbaugh continued: “…”").
  if (SUBJECT_EXCLUDED.has(w) && !isPunct(view, k, ':') && !isOpeningQuote(view, k)) return group.last
  let rule: RuleId = 'verb-subject'
  let subject = source
  if (
    !subject &&
    (word(view, group.first - 1) === 'and' ||
      word(view, group.first - 1) === 'but' ||
      word(view, group.first - 1) === 'then')
  ) {
    // "She thanked the crowd and said …": the subject of the first verb.
    subject = sentenceSubject(view, group.first - 1)
    rule = 'verb-coordinated'
  }
  if (
    !subject &&
    group.first === 0 &&
    tok(view, 0)!.cap &&
    INITIAL_VERBS.has(form.lemma) &&
    /ed$|said|told|wrote|says|adds|asks|writes|tells/.test(w)
  ) {
    // "Said the mayor, “…”"
    const right = sourceRight(view, afterGroup)
    if (right && (isPunct(view, right.next, ',') || isPunct(view, right.next, ':'))) {
      const content = contentAfter(view, right.next + 1)
      if (content)
        push(
          view,
          out,
          group.first,
          cueLast,
          form,
          'verb-initial',
          right.source,
          right.via,
          [content],
          false,
          prior('verb-initial')
        )
    }
    return group.last
  }
  // "… and said …", "… when asked …" with no subject in reach: the cue and claim still count.
  const before = word(view, group.first - 1)
  if (!subject && before !== 'and' && before !== 'but' && before !== 'when') return group.last
  if (isSentenceEnd(view, k) && source && source.first === 0) {
    // "“….” Trump said.": the quote that ends the previous sentence.
    const previous = previousSentenceQuote(view)
    if (previous)
      push(
        view,
        out,
        group.first,
        cueLast,
        form,
        'verb-inverted',
        source,
        null,
        [previous],
        false,
        prior('verb-inverted', 'quote-of-previous-sentence')
      )
    return group.last
  }
  if (isSentenceEnd(view, k)) return group.last
  const colon = isPunct(view, k, ':')
  if (colon && isSentenceEnd(view, k + 1)) {
    // "X said:" at the end of the paragraph: the content is the next paragraph.
    const isLastSentence = view.index === view.paragraph.sentences.length - 1
    if (isLastSentence) {
      const attribution = push(
        view,
        out,
        group.first,
        cueLast,
        form,
        'verb-colon',
        source,
        null,
        [],
        false,
        prior('verb-colon', 'next-paragraph')
      )
      attribution.contentInNextParagraph = true
      attribution.content = null
    }
    return group.last
  }
  // "officers from the countries mentioned, starting …": a participle closing a phrase.
  if (
    !group.aux &&
    /ed$/.test(w) &&
    isPunct(view, k, ',') &&
    !isOpeningQuote(view, k + 1) &&
    !tok(view, source?.first ?? 0)?.cap &&
    (subject === null || !PRONOUNS.has(word(view, subject.last)))
  )
    return group.last
  // "said on MSNBC's “Morning Joe” on Friday that …": the claim starts at "that".
  if (!form.object && (SETTING_STARTERS.has(word(view, k)) || TIME_WORDS.has(word(view, k)))) {
    for (let m = k + 1; m < view.length && m <= k + 14; m++) {
      if (word(view, m) === 'that') {
        k = m
        break
      }
      if (
        isPunct(view, m, ',') ||
        isPunct(view, m, ';') ||
        isPunct(view, m, ':') ||
        isOpeningQuote(view, m) ||
        (view.lexicon.verbs.has(word(view, m)) && !tok(view, m)!.cap)
      )
        break
    }
  }
  const {content, object, via} = contentWithObject(view, form, k)
  if (!content) return group.last
  // Weak verbs need a clause complement, except verbs of addressing and judging
  // with a named subject and an object ("He described the field as …").
  if (
    form.weak &&
    !ANY_OBJECT.has(form.lemma) &&
    !strongComplement(view, form, object ?? k) &&
    !(form.object && isWord(view, k) && !PRONOUN_OBJECTS.has(word(view, k)))
  )
    return group.last
  push(
    view,
    out,
    group.first,
    cueLast,
    form,
    colon ? 'verb-colon' : rule,
    subject,
    via ?? viaIn(view, afterGroup, k),
    [content],
    false,
    prior(colon ? 'verb-colon' : rule)
  )
  return group.last
}

/**
 * "“…,” said Ms. Lark, who added that …": a source phrase read after its verb ends before a
 * relative ", who" whose verb is a strong one of the lists, so that the verb there is read as
 * a cue of its own ("said one engineer who spoke …" keeps its phrase whole). Changes `right`
 * in place.
 */
function endAtRelativeCue(view: SentenceView, right: {source: Range; next: number}): void {
  for (let r = right.source.first + 2; r <= right.source.last; r++) {
    if (word(view, r) !== 'who' || !isPunct(view, r - 1, ',')) continue
    let verb = r + 1
    if (isAdverb(word(view, verb))) verb++
    const form = view.lexicon.verbs.get(word(view, verb))?.single
    if (!form || form.weak) continue
    right.source.last = r - 2
    right.next = r - 1
    return
  }
}

/** Whether "not to be" and a participle follow at `k` ("asked not to be named", "… identified"). */
function asksAnonymity(view: SentenceView, k: number): boolean {
  return (
    word(view, k) === 'not' && word(view, k + 1) === 'to' && word(view, k + 2) === 'be' && /ed$/.test(word(view, k + 3))
  )
}

/** Participles that join clauses rather than attribute ("…, compared with …", "assuming that …"). */
const PARTICIPLE_EXCLUDED: ReadonlySet<string> = new Set([
  'compared',
  'comparing',
  'assuming',
  'considering',
  'given',
  'including',
  'regarding',
  'concerning',
  'supposing',
  'granted'
])

/**
 * "a program called Safe Streets": after a plain noun, "called" and a name
 * with nothing after it name a thing. "The group called Clinton a champion"
 * (a second object follows the name) is a claim.
 */
function namesSomething(view: SentenceView, j: number): boolean {
  const before = tok(view, j - 1)
  if (!before || before.kind !== WORD || before.cap || PRONOUNS.has(before.lower)) return false
  if (!isWord(view, j + 1) || !tok(view, j + 1)!.cap) return false
  let k = j + 1
  while (k < view.length && (tok(view, k)!.cap || isPunct(view, k, '.') || isPunct(view, k, '-'))) k++
  const after = word(view, k)
  return !(
    after === 'a' ||
    after === 'an' ||
    after === 'the' ||
    after === 'his' ||
    after === 'her' ||
    after === 'their' ||
    isOpeningQuote(view, k)
  )
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
    if (
      (TIME_WORDS.has(w) && !tok(view, k)!.cap) ||
      WEEKDAYS.has(w) ||
      SUBJECT_VERB_FILLERS.has(w) ||
      /^(?:1[89]|20)\d\d$/.test(w) ||
      ((w === 'on' || w === 'in') && skipped)
    ) {
      k--
      skipped = true
      continue
    }
    break
  }
  if (!skipped || k === j) return j
  // Only when a subject-like word stands before the time phrase.
  const before = tok(view, k)
  if (
    !before ||
    before.kind !== WORD ||
    !(
      before.cap ||
      PRONOUNS.has(before.lower) ||
      GROUP_HEADS.has(before.lower) ||
      ROLE_NOUNS.has(before.lower) ||
      ORGANIZATION_HEADS.has(before.lower) ||
      DOCUMENT_HEADS.has(before.lower)
    )
  )
    return j
  return k
}

/** Whether a range of view positions holds a preposition ("Republicans to join …"). */
function hasPreposition(view: SentenceView, range: Range): boolean {
  for (let j = range.first + 1; j <= range.last; j++) {
    const w = word(view, j)
    if (
      w === 'to' ||
      w === 'of' ||
      w === 'for' ||
      w === 'in' ||
      w === 'on' ||
      w === 'at' ||
      w === 'with' ||
      w === 'about'
    )
      return true
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
