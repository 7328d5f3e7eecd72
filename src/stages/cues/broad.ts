/**
 * Broad verb cues: a word in no list that stands where a reporting verb
 * stands ("The union backed the plan", "Ms. Okafor floated the idea that …",
 * "…, pitching a tram line"). The frame is read as a verb cue's, with a default form; the
 * attribution is the rule `verb-broad`'s, and the cue decider (src/model/
 * cue-decide.ts) keeps or drops it. Proposed only when `lexicon.broad`.
 */
import type {VerbForm} from '../../lexicon/index.js'
import {ACCORDING_STOPS, INTRO_OPENERS} from '../../lexicon/cue-words.js'
import {AUXILIARIES, NP_PREPOSITIONS} from '../../lexicon/function-words.js'
import {DETERMINERS, GROUP_HEADS, PRONOUNS} from '../../lexicon/names.js'
import {prior} from '../../rules/registry.js'
import {isAdverb, isOpeningQuote} from '../spans.js'
import {WORD} from '../tokens.js'
import {isPunct, quoteAt, tok, word, type SentenceView} from '../view.js'
import type {RawAttribution} from './types.js'
import {verbCue} from './verbs.js'

/** Words after the verb that open its complement: a clause, an infinitive, a topic. */
const COMPLEMENT_WORDS: ReadonlySet<string> = new Set([
  'that',
  'to',
  'on',
  'about',
  'for',
  'with',
  'against',
  'as',
  'whether',
  'how',
  'what',
  'why',
  'if',
  'over'
])

/** Whether `w` (four letters or more) ends as an inflected verb does: "-ed", "-ing", or "-s" but not "-ss", "-us", "-is". */
function inflected(w: string): boolean {
  const last = w.charCodeAt(w.length - 1)
  const before = w.charCodeAt(w.length - 2)
  if (last === 0x64) return before === 0x65 // -ed
  if (last === 0x67) return before === 0x6e && w.charCodeAt(w.length - 3) === 0x69 // -ing
  return last === 0x73 && before !== 0x73 && before !== 0x75 && before !== 0x69 // -s
}

/**
 * Whether the word before `j` can end the verb's subject or its verb group:
 * any word but a determiner or preposition ("the reports", "of claims" are
 * nouns), or a comma before an "-ing" form ("…, pitching a tram line").
 */
function subjectBefore(view: SentenceView, j: number): boolean {
  const before = tok(view, j - 1)
  if (!before) return false
  if (before.kind !== WORD) return isPunct(view, j - 1, ',') && word(view, j).endsWith('ing')
  const w = before.lower
  return !DETERMINERS.has(w) && !NP_PREPOSITIONS.has(w) && !INTRO_OPENERS.has(w)
}

/** Whether what follows `j` can open a verb's complement: a clause, a quote, a colon, an object. */
function complementAfter(view: SentenceView, j: number): boolean {
  const next = tok(view, j + 1)
  if (!next) return false
  if (next.kind !== WORD) return isPunct(view, j + 1, ':') || isOpeningQuote(view, j + 1)
  return next.cap || COMPLEMENT_WORDS.has(next.lower) || DETERMINERS.has(next.lower) || PRONOUNS.has(next.lower)
}

/**
 * Whether the word at `j`, in no list, stands in a verb cue's frame: lower
 * case, outside quotation marks, inflected as a verb (or a base form after
 * a pronoun or auxiliary), after a subject-like word and before a complement.
 * Reads only the tokens next to `j`.
 */
export function isBroadCandidate(view: SentenceView, j: number): boolean {
  const t = tok(view, j)!
  if (t.cap || t.text.length < 4) return false
  // The cheap tests first: this runs on every word in no list.
  const w = t.lower
  if (!inflected(w)) {
    const before = word(view, j - 1)
    if (!PRONOUNS.has(before) && !AUXILIARIES.has(before) && !GROUP_HEADS.has(before)) return false
  }
  if (
    isAdverb(w) ||
    AUXILIARIES.has(w) ||
    DETERMINERS.has(w) ||
    PRONOUNS.has(w) ||
    INTRO_OPENERS.has(w) ||
    NP_PREPOSITIONS.has(w) ||
    ACCORDING_STOPS.has(w)
  )
    return false
  return complementAfter(view, j) && subjectBefore(view, j) && quoteAt(view, j) === -1
}

/** The default form of a word in no list: its lemma is the word as written, lower-cased. */
function defaultForm(w: string): VerbForm {
  return {lemma: w, category: 'stance', object: true, particle: '', weak: false}
}

/**
 * Read the word at `j` (see `isBroadCandidate`) as a verb cue of `form` (by
 * default a word in no list's) and push what the verb frames find as
 * attributions of the rule `verb-broad`. Returns the last position read.
 */
export function broadCue(
  view: SentenceView,
  j: number,
  out: RawAttribution[],
  form: VerbForm = defaultForm(tok(view, j)!.lower)
): number {
  const start = out.length
  const end = verbCue(view, j, form, out)
  for (let a = start; a < out.length; a++) {
    out[a].rule = 'verb-broad'
    out[a].confidence = prior('verb-broad')
  }
  return end
}
