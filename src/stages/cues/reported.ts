/** Reports at one remove: "quoted … as saying", passives ("it was reported that …"), "reportedly". */
import {prior} from '../../rules/registry.js'
import type {VerbForm} from '../../lexicon/index.js'
import {
  contentAfter,
  contentBefore,
  isBoundary,
  isClosingQuote,
  isPluralPossessive,
  isOpeningQuote,
  skipAdverbials,
  sourceLeft,
  sourceRight,
  type Piece,
  type Range
} from '../spans.js'
import {isPunct, tok, word, type SentenceView} from '../view.js'
import {raw} from './build.js'
import type {Group, RawAttribution} from './types.js'

/** "Interfax quoted (or cited) a source as saying …"; "X was quoted (by Y) as saying …". */
export function quotedAsSaying(
  view: SentenceView,
  j: number,
  group: Group,
  lemma: string,
  out: RawAttribution[]
): number {
  // Find "as saying" within a few words.
  let as = -1
  for (let k = j + 1; k < view.length && k <= j + 14; k++) {
    if (
      word(view, k) === 'as' &&
      (word(view, k + 1) === 'saying' || word(view, k + 1) === 'telling' || word(view, k + 1) === 'writing')
    ) {
      as = k
      break
    }
    if (isBoundary(view, k) && !isPunct(view, k, ',') && !isPluralPossessive(view, k)) break
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
    source =
      object && object.next <= as ? {first: object.source.first, last: Math.min(object.source.last, as - 1)} : null
  }
  out.push(
    raw(view, {
      cue: [
        {first: group.first, last: j},
        {first: as, last: as + 1}
      ],
      lemma: `${lemma} as saying`,
      category: 'report',
      rule: 'quoted-as-saying',
      source,
      via,
      content: [content],
      confidence: prior('quoted-as-saying')
    })
  )
  return as + 1
}

/**
 * "It was reported that …", "X is said to have …", "X is believed to …", "is expected to";
 * with an agent and no clause, "X was rejected by Y" (see `agentPassive`).
 */
export function passiveCue(view: SentenceView, group: Group, form: VerbForm, out: RawAttribution[]): number {
  const after = group.last + 1
  const w = word(view, after)
  const subject = word(view, group.first - 1)
  let content: Piece | null = null
  let source: Range | null = null
  // An agent: "was reported by Reuters".
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
  } else if (
    word(view, k) === 'to' &&
    (form.lemma === 'say' ||
      form.category === 'belief' ||
      form.lemma === 'report' ||
      form.lemma === 'expect' ||
      form.lemma === 'estimate' ||
      form.lemma === 'think' ||
      form.lemma === 'know' ||
      form.lemma === 'consider' ||
      form.lemma === 'rumor' ||
      form.lemma === 'allege' ||
      form.lemma === 'claim')
  ) {
    // "X is said to have …": the content is X plus the infinitive clause.
    const subjectRange = sourceLeft(view, group.first - 1)
    const rest = contentAfter(view, k)
    if (!rest) return group.last
    // "which is expected to draw a crowd": without a subject phrase the infinitive is the claim.
    content = subjectRange ? {start: tok(view, subjectRange.first)!.start, end: rest.end} : rest
  } else if (
    form.lemma === 'ask' &&
    (ASKED_OPENERS.has(word(view, k)) ||
      isOpeningQuote(view, k) ||
      (isPunct(view, k, ',') && isOpeningQuote(view, k + 1)) ||
      isPunct(view, k, ':'))
  ) {
    // "Sanders was asked (by the host) whether …": the question is the claim, the asker its source.
    content = contentAfter(view, k)
  } else if (source) {
    // "The plan was rejected by most voters (as too costly)": the agent judges the subject.
    return agentPassive(view, group, form, source, out)
  } else if (view.lexicon.broad && judgementComplement(view, k)) {
    // "The court is seen as friendly to lenders", "He was accused of lying": no agent.
    return bareJudgement(view, group, form, k, out)
  } else {
    return group.last
  }
  if (!content) return group.last
  out.push(
    raw(view, {
      cue: [{first: group.first, last: group.last}],
      lemma: form.lemma,
      category: form.category,
      rule: 'passive',
      source,
      via: null,
      content: [content],
      confidence: prior('passive')
    })
  )
  return group.last
}

/**
 * "The plan has been criticized by rivals for its cost": a passive with an agent. The agent
 * is the source, up to a reason or description ("for …", "as …"); the subject before the
 * group is the content, what the agent judges. Proposed as `verb-broad`, for the cue decider
 * to keep or drop: many such passives report an act, not a claim ("was signed by").
 */
function agentPassive(view: SentenceView, group: Group, form: VerbForm, source: Range, out: RawAttribution[]): number {
  const subject = sourceLeft(view, group.first - 1)
  if (!subject) return group.last
  // The agent phrase ends before a reason: "by some of her rivals | for ignoring the port".
  let agent = source
  for (let a = source.first + 1; a <= source.last; a++) {
    if (word(view, a) === 'for' || word(view, a) === 'as') {
      agent = {first: source.first, last: a - 1}
      break
    }
  }
  const content: Piece = {start: tok(view, subject.first)!.start, end: tok(view, subject.last)!.end}
  out.push(
    raw(view, {
      cue: [{first: group.first, last: group.last}],
      lemma: form.lemma,
      category: form.category,
      rule: 'verb-broad',
      source: agent,
      via: null,
      content: [content],
      confidence: prior('verb-broad')
    })
  )
  return group.last
}

/**
 * Whether what stands at `k`, after a passive group with no agent, says what the subject
 * is taken for: "as …", "of …", "for …", a quotation, or a noun phrase ("was called a
 * fraud", "is considered the favourite").
 */
function judgementComplement(view: SentenceView, k: number): boolean {
  const w = word(view, k)
  return w === 'as' || w === 'of' || w === 'for' || w === 'a' || w === 'an' || w === 'the' || isOpeningQuote(view, k)
}

/**
 * "The court was seen as friendly to lenders": a passive with no agent whose complement
 * judges the subject. The claim is the subject with the complement (the cue inside it, as
 * for "X is said to …"); no source is written. Proposed as `verb-broad`, for the cue
 * decider to judge: "was named as", "was held for" report acts as often.
 */
function bareJudgement(view: SentenceView, group: Group, form: VerbForm, k: number, out: RawAttribution[]): number {
  const subject = sourceLeft(view, group.first - 1)
  const rest = contentAfter(view, k)
  if (!subject || !rest) return group.last
  out.push(
    raw(view, {
      cue: [{first: group.first, last: group.last}],
      lemma: form.lemma,
      category: form.category,
      rule: 'verb-broad',
      source: null,
      via: null,
      content: [{start: tok(view, subject.first)!.start, end: rest.end}],
      confidence: prior('verb-broad')
    })
  )
  return group.last
}

/** "The deal was reportedly signed": a cue with no source; the sentence is the content. */
export function adverbCue(view: SentenceView, j: number, w: string, out: RawAttribution[]): void {
  const content = contentBefore(view, view.length)
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
      confidence: prior('reportedly')
    })
  )
}

/** Words that open the question after a passive "was asked". */
const ASKED_OPENERS: ReadonlySet<string> = new Set([
  'whether',
  'if',
  'about',
  'to',
  'what',
  'how',
  'why',
  'who',
  'when',
  'where',
  'which'
])
