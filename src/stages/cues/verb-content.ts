/**
 * The content of a verb cue: what an inverted frame takes before and after
 * it, which complements a weak verb needs, the object and channel after the
 * verb ("told AFP that …").
 */
import {PRONOUN_OBJECTS, TO_COMPLEMENT} from '../../lexicon/cue-words.js'
import {ADDRESSEE_VERBS, type VerbForm} from '../../lexicon/index.js'
import {CONTRACTED_SUBJECTS, NP_PREPOSITIONS} from '../../lexicon/function-words.js'
import {DETERMINERS, PRONOUNS} from '../../lexicon/names.js'
import {MEDIA_HEADS} from '../../lexicon/outlets.js'
import {
  contentAfter,
  contentBefore,
  isClosingQuote,
  isOpeningQuote,
  PERSONAL,
  skipAdverbials,
  sourceRight,
  type Piece,
  type Range
} from '../spans.js'
import {isPunct, isWord, tok, word, type SentenceView} from '../view.js'
import {isOutletRange} from './shared.js'

/** Content of an inverted frame: before the boundary, plus a quote or clause resumed after ", she said, …". */
export function invertedContent(view: SentenceView, boundary: number, after: number): Piece[] | null {
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
  }
  return pieces
}

function isClauseBreakWord(w: string): boolean {
  return (
    w === 'adding' ||
    w === 'saying' ||
    w === 'noting' ||
    w === 'according' ||
    w === 'who' ||
    w === 'which' ||
    w === 'and' ||
    w === 'but' ||
    w.endsWith('ing')
  )
}

/** A complement strong enough for a weak verb: "that", a quote, a colon, "to" for intentions. */
export function strongComplement(view: SentenceView, form: VerbForm, k: number): boolean {
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

/** Whether a word can start a clause that is the content of a belief ("think the plan …"). */
function startsClause(view: SentenceView, j: number): boolean {
  const w = word(view, j)
  if (w === '') return isOpeningQuote(view, j) || isPunct(view, j, ':')
  if (w === 'that' || PRONOUNS.has(w) || w === 'there' || w === 'this' || w === 'these' || w === 'those') return true
  if (DETERMINERS.has(w)) return true
  return tok(view, j)!.cap
}

/**
 * Content after a verb that may take a person object first ("told reporters
 * that …", "told AFP on Monday …"). Returns the content, the position of the
 * complement after the object, and the channel when the object is an outlet.
 */
export function contentWithObject(
  view: SentenceView,
  form: VerbForm,
  k: number
): {content: Piece | null; object: number | null; via: Range | null} {
  let via: Range | null = null
  let object: number | null = null
  if (form.object && word(view, k) !== 'that' && isWord(view, k)) {
    const np = sourceRight(view, k)
    if (np && form.lemma === 'tell') nameObject(view, np)
    if (np) {
      let after = skipAdverbials(view, np.next)
      if (form.lemma === 'call' && word(view, after) === 'for') after = after
      if (isOutletRange(view, np.source)) via = np.source
      // The object ends where "that", a quote, a colon or "to/of/for" begins.
      const w = word(view, after)
      if (
        w === 'that' ||
        w === 'to' ||
        w === 'of' ||
        w === 'for' ||
        w === 'as' ||
        w === 'about' ||
        w === 'whether' ||
        w === 'if' ||
        w === 'how' ||
        w === 'what' ||
        w === 'why' ||
        isOpeningQuote(view, after) ||
        isPunct(view, after, ':') ||
        isPunct(view, after, ',') ||
        form.lemma === 'tell' ||
        form.lemma === 'ask' ||
        form.lemma === 'inform' ||
        form.lemma === 'assure'
      ) {
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

/** Words after the object of "told" that end it where the object reader stopped ("told Reuters that …"). */
function endsObject(view: SentenceView, j: number): boolean {
  const w = word(view, j)
  return (
    w === '' ||
    w === 'that' ||
    w === 'to' ||
    w === 'of' ||
    w === 'for' ||
    w === 'as' ||
    w === 'about' ||
    w === 'whether' ||
    w === 'if' ||
    w === 'how' ||
    w === 'what' ||
    w === 'why'
  )
}

/**
 * The object of "told" before its claim. A subject pronoun inside the longer
 * reading opens the claim ("told AP he was …"). With no "that", an outlet's name that
 * opens the object of "told" is the whole object when plain words run on
 * after it and nothing ends the longer reading ("told Fox News host Ann Lee
 * that …", "told Britain's ITV television station …" keep it). Narrows `np`
 * to the name.
 */
function nameObject(view: SentenceView, np: {source: Range; next: number}): void {
  // "told POLITICO she was leaning …": a subject pronoun opens the claim.
  for (let k = np.source.first + 1; k <= np.source.last; k++) {
    const w = word(view, k)
    if (PERSONAL.has(w) || w === 'it' || CONTRACTED_SUBJECTS.has(w)) {
      np.source = {first: np.source.first, last: k - 1}
      np.next = k
      return
    }
  }
  if (
    endsObject(view, skipAdverbials(view, np.next)) ||
    !tok(view, np.source.first)!.cap ||
    MEDIA_HEADS.has(word(view, np.source.last))
  )
    return
  let j = np.source.first
  while (j < np.source.last && (tok(view, j + 1)!.cap || isPunct(view, j + 1, '.') || isPunct(view, j + 1, '&'))) j++
  const after = word(view, j + 1)
  if (j === np.source.last || !isWord(view, j) || DETERMINERS.has(after) || NP_PREPOSITIONS.has(after)) return
  const name = {first: np.source.first, last: j}
  if (!isOutletRange(view, name)) return
  np.source = name
  np.next = j + 1
}

/** "told AFP", "in an interview with Reuters", "in remarks carried by Reuters" between the cue and `k`. */
export function viaIn(view: SentenceView, from: number, to: number): Range | null {
  for (let j = from; j < to; j++) {
    const w = word(view, j)
    if ((w === 'with' || w === 'by' || w === 'to' || w === 'on') && isWord(view, j + 1)) {
      const np = sourceRight(view, j + 1)
      if (np && isOutletRange(view, np.source)) return np.source
    }
  }
  return null
}
