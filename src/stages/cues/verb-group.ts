/**
 * Recognising a reporting verb: which of its forms stands here, whether the
 * word is used as a verb at all, and the verb group around it.
 */
import {
  AUXILIARIES,
  CATENATIVES,
  CONTRACTED_SUBJECTS,
  GROUP_ADVERBS,
  NEGATIONS,
  NOMINAL_BEFORE
} from '../../lexicon/function-words.js'
import {TO_FRAMES} from '../../lexicon/cue-words.js'
import type {VerbForm, VerbForms} from '../../lexicon/index.js'
import {trieStep} from '../../lexicon/word-trie.js'
import {DOCUMENT_HEADS, PRONOUNS} from '../../lexicon/names.js'
import {isAdverb, isClosingQuote, isOpeningQuote, isSentenceEnd, isSurnameAuxiliary} from '../spans.js'
import {isPunct, isWord, tok, word, type SentenceView} from '../view.js'
import type {Group} from './types.js'

/** Forms ending in "-ing": participles and gerunds. */
export const PARTICIPLE_ING = /ing$/

export function pickForm(view: SentenceView, j: number, forms: VerbForms): VerbForm | null {
  // The phrasal entry added first among those whose particle follows, else the single word.
  let best: {order: number; form: VerbForm} | undefined
  let node = trieStep(forms.phrasal, word(view, j + 1))
  for (let p = 2; node; p++) {
    if (node.value && (!best || node.value.order < best.order)) best = node.value
    node = trieStep(node, word(view, j + p))
  }
  return best ? best.form : forms.single
}

/** Whether the word at `j` ends a short relative clause as its object ("who backed her", "who once backed her"). */
function relativeObject(view: SentenceView, j: number): boolean {
  for (let k = j - 2; k >= 0 && k >= j - 3; k--) {
    if (!isWord(view, k)) return false
    if (word(view, k) === 'who') return true
  }
  return false
}

/** Whether the word at `j` is used as a verb here, judged by the word before it. */
export function isVerbal(view: SentenceView, j: number): boolean {
  const before = word(view, j - 1)
  if (before === '') return true
  if (NOMINAL_BEFORE.has(before)) {
    // "Voters who backed her said": "her" is the object that ends a relative clause.
    if (before === 'her' && relativeObject(view, j - 1)) return true
    // "as" before a participle in "quoted … as saying" is verbal; so are "by saying", "in calling".
    if ((before === 'as' || before === 'by' || before === 'in') && PARTICIPLE_ING.test(word(view, j))) return true
    // "Some say …", "another said …": a quantifier standing for people.
    if (
      (before === 'some' || before === 'another' || before === 'many' || before === 'most') &&
      !PARTICIPLE_ING.test(word(view, j))
    )
      return true
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

/** A verb frame around `j`: a pronoun or auxiliary before, or a clause complement after. */
export function verbFrame(view: SentenceView, j: number): boolean {
  const before = word(view, j - 1)
  if (
    PRONOUNS.has(before) ||
    AUXILIARIES.has(before) ||
    NEGATIONS.has(before) ||
    CONTRACTED_SUBJECTS.has(before) ||
    GROUP_ADVERBS.has(before) ||
    before === 'to' ||
    before === 'who'
  )
    return true
  // "The poll shows …", "Records show …", "(CNN) reports …"
  if (DOCUMENT_HEADS.has(before) || isPunct(view, j - 1, ')')) return true
  // "Some Democrats, however, question …": an aside between subject and verb.
  if (
    isPunct(view, j - 1, ',') &&
    isPunct(view, j - 3, ',') &&
    (word(view, j - 2) === 'however' || word(view, j - 2) === 'though' || word(view, j - 2) === 'too')
  )
    return true
  const after = word(view, j + 1)
  if (after === 'that' || isPunct(view, j + 1, ':') || isOpeningQuote(view, j + 1)) return true
  if (after === 'to' && TO_FRAMES.has(word(view, j))) return true
  // Inverted: "…, he claims." / "…, officials estimate."
  if (isSentenceEnd(view, j + 1) && before !== '' && (isPunct(view, j - 2, ',') || isClosingQuote(view, j - 2)))
    return true
  return false
}

/** Whether a verb or auxiliary follows the word at `j` ("reportedly said"). */
export function isVerbGroupWord(view: SentenceView, j: number): boolean {
  const next = word(view, j + 1)
  return view.lexicon.verbs.has(next) || AUXILIARIES.has(next)
}

/** Whether `w` is a personal pronoun with a contracted "is", "are" or "am" ("he's", "they're", "i'm"; not "who's"). */
function contractedBe(w: string): boolean {
  if (!CONTRACTED_SUBJECTS.has(w) || !(w.endsWith("'s") || w.endsWith("'re") || w.endsWith("'m"))) return false
  const subject = w.slice(0, w.indexOf("'"))
  return subject !== 'who' && PRONOUNS.has(subject)
}

/** Grow the verb group leftwards over auxiliaries, negation, adverbs and catenatives. */
export function verbGroup(view: SentenceView, j: number, form: VerbForm): Group {
  let first = j
  let negated = false
  let aux = false
  let passive = false
  const particleWords = form.particle ? form.particle.split(' ').length : 0
  for (let k = j - 1; k >= 0 && k >= j - 6; k--) {
    const w = word(view, k)
    if (w === '') break
    if (isSurnameAuxiliary(view, k)) break
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
  // "He's saying …", "they're urging …": the subject's contracted "is" or "are" is the
  // group's auxiliary, so the "-ing" form is no participle; the word stays the subject.
  if (!aux && PARTICIPLE_ING.test(word(view, j)) && contractedBe(word(view, first - 1))) aux = true
  // Adverbs at the very front belong to the group only when a verb follows them.
  return {first, last: j + particleWords, negated, aux, passive}
}
