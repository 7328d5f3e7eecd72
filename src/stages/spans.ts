/**
 * Stage 5: the spans around a cue. Source phrases read leftwards from a verb
 * ("U.S. Navy spokesman Lt. Cmdr. Maria Lopez said") or rightwards from it
 * (", said Iraq's Defense Ministry"), appositives included; contents read
 * forwards to the end of the clause or backwards to the start of the sentence,
 * following quotation marks across sentences and paragraphs.
 *
 * Every scan here is bounded by a small constant number of words or by the
 * sentence, so the work per cue is bounded by the sentence's length.
 */
import {
  AUXILIARIES,
  CONTRACTED_SUBJECTS,
  LEADING_TRIM,
  NP_PREPOSITIONS,
  NP_STOPS,
  SETTING_NOUNS,
  SETTING_PREPOSITIONS,
  TIME_WORDS,
  WEEKDAYS
} from '../lexicon/function-words.js'
import {
  DETERMINERS,
  DOCUMENT_HEADS,
  GROUP_HEADS,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  POSSESSIVES,
  PRONOUNS,
  ROLE_NOUNS,
  TITLE_ABBREVIATIONS
} from '../lexicon/names.js'
import {BE_FORMS, COMMENT_WORDS, REFUSAL_VERBS} from '../lexicon/cue-words.js'
import {APOSTROPHES, CLOSING_QUOTES, OPENING_QUOTES, QUOTE_MARKS} from '../lexicon/marks.js'
import {isNeverSource} from '../lexicon/gazetteers.js'
import {isOpeningGerund} from '../entities/names.js'
import {PUNCT, WORD} from './tokens.js'
import {isPunct, isWord, quoteAt, tok, word, type ContentEnds, type SentenceView} from './view.js'

/** A range of view positions, both inclusive. */
export interface Range {
  first: number
  last: number
}

/** A piece of content in offsets of the input. */
export interface Piece {
  start: number
  end: number
}

/** Lower-case words that are coordinated inside a source phrase ("federal and state officials"). */
const COORDINABLE = new Set([
  ...GROUP_HEADS,
  'federal',
  'state',
  'local',
  'national',
  'international',
  'foreign',
  'domestic',
  'public',
  'private',
  'civic',
  'community',
  'business',
  'labor',
  'religious',
  'political',
  'military',
  'civilian',
  'city',
  'county',
  'tribal',
  'regional',
  'european',
  'american',
  'democratic',
  'republican',
  'other'
])

/** Nouns that can head a source, so that a relative "that" after them stays in the phrase. */
const SOURCE_NOUNS = new Set([
  ...ROLE_NOUNS,
  ...GROUP_HEADS,
  'company',
  'firm',
  'contractor',
  'group',
  'agency',
  'organization',
  'organisation',
  'committee',
  'panel',
  'board',
  'union',
  'campaign',
  'study',
  'report',
  'poll',
  'survey',
  'lawsuit',
  'complaint',
  'statement',
  'document',
  'memo',
  'letter'
])

/** Quantifiers that stand for people by themselves ("most said", "a third said"). */
const LONE_QUANTIFIERS = new Set([
  'most',
  'many',
  'some',
  'others',
  'few',
  'several',
  'half',
  'third',
  'quarter',
  'majority',
  'minority',
  'both',
  'all',
  'none'
])

/** Subject pronouns that can be coordinated with a name. */
export const PERSONAL = new Set(['he', 'she', 'i', 'we', 'they'])

/** Quantifiers before "of them" ("most of them said"). */
const QUANTIFIERS = new Set([
  'most',
  'many',
  'some',
  'all',
  'both',
  'none',
  'each',
  'several',
  'few',
  'half',
  'one',
  'two',
  'three',
  'either',
  'neither',
  'any'
])

/** Words that open an aside between commas, not an appositive ("Trump, in an interview, said"). */
const ASIDE_OPENERS = new Set([
  'along',
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'speaking',
  'asked',
  'citing',
  'according',
  'however',
  'meanwhile',
  'though',
  'too',
  'also',
  'for',
  'by',
  'when',
  'while',
  'like',
  'unlike',
  'responding',
  'writing',
  'addressing',
  'referring',
  'echoing',
  'noting',
  'pointing'
])

/** Participles that make a channel, not part of the source ("cited by Interfax"). */
const CHAINS = new Set(['cited', 'quoted', 'carried', 'reported', 'relayed', 'published'])

/** Participles that make a channel when a name follows "by" ("a memo seen by the Ledger"). */
const NAMED_CHAINS = new Set(['obtained', 'seen', 'reviewed'])

/**
 * Whether view position `j` opens a channel after a source: "cited by
 * Interfax", "quoted by Reuters", "a report obtained by the Herald" (with
 * "obtained", "seen" and "reviewed", only when a capitalised name follows).
 */
function isChainAt(view: SentenceView, j: number): boolean {
  if (word(view, j + 1) !== 'by') return false
  const w = word(view, j)
  if (CHAINS.has(w)) return true
  if (!NAMED_CHAINS.has(w)) return false
  const name = word(view, j + 2) === 'the' ? j + 3 : j + 2
  return tok(view, name)?.cap === true
}

/** Object pronouns that make a phrase by themselves ("told me …"). */
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'them', 'you'])

/** Longest source phrase, in words, read in one direction. */
const MAX_NP = 12

/** Whether the token at `j` is a quotation mark that opens a quote here. */
export function isOpeningQuote(view: SentenceView, j: number): boolean {
  const token = tok(view, j)
  if (!token || token.kind !== PUNCT || !OPENING_QUOTES.has(token.text[0])) return false
  const q = quoteAt(view, j)
  return q !== -1 && view.quotes.quotes[q].open === view.first + j
}

/** Whether the token at `j` is a quotation mark that closes a quote here. */
export function isClosingQuote(view: SentenceView, j: number): boolean {
  const token = tok(view, j)
  if (!token || token.kind !== PUNCT || !CLOSING_QUOTES.has(token.text[0])) return false
  const q = quoteAt(view, j)
  if (q !== -1 && view.quotes.quotes[q].close === view.first + j) return true
  return false
}

/** Any quotation mark at `j`, paired or not. */
export function isQuoteMark(view: SentenceView, j: number): boolean {
  const token = tok(view, j)
  return token !== undefined && token.kind === PUNCT && QUOTE_MARKS.has(token.text[0])
}

function isDash(view: SentenceView, j: number): boolean {
  const t = tok(view, j)
  return t !== undefined && t.kind === PUNCT && (t.text === '—' || t.text === '–' || t.text === '--' || t.text === '-')
}

/** A clause boundary: comma, semicolon, colon, dash, parenthesis or quotation mark. */
export function isBoundary(view: SentenceView, j: number): boolean {
  const t = tok(view, j)
  if (!t || t.kind === WORD) return false
  const c = t.text
  return c === ',' || c === ';' || c === ':' || c === '(' || c === ')' || isDash(view, j) || QUOTE_MARKS.has(c[0])
}

/** Prepositions written with a capital inside an organisation's name ("Doctors Without Borders"). */
const NAME_INNER_WORDS: ReadonlySet<string> = new Set(['without', 'against', 'across', 'beyond', 'under'])

function isNameLike(view: SentenceView, j: number): boolean {
  const t = tok(view, j)
  return t !== undefined && t.kind === WORD && (t.cap || /\d/.test(t.text[0]))
}

/**
 * Whether the word at `k` is an auxiliary written as a surname: capitalised,
 * after a capitalised word ("Ruth May said", "George Will wrote").
 */
export function isSurnameAuxiliary(view: SentenceView, k: number): boolean {
  const t = tok(view, k)
  if (!t || !t.cap || k === 0 || !AUXILIARIES.has(t.lower)) return false
  const before = tok(view, k - 1)
  return before !== undefined && before.kind === WORD && before.cap
}

/**
 * Read a source phrase leftwards from view position `end` (inclusive).
 * Returns the phrase, or null when the words there cannot be a source.
 * Handles pronouns, names with titles, "a spokesman for the ministry",
 * possessives, "Both A and B", and appositives ("Haddad, a spokesman, said").
 */
export function sourceLeft(view: SentenceView, end: number, floor = 0): Range | null {
  const relative = relativeLeft(view, end, floor)
  if (relative) return relative
  const phrase = phraseLeft(view, end, floor)
  // "Somehow, the family will manage, said relatives.": a clause after a sentence adverb is no source.
  if (phrase === null || opensWithNeverSource(view, phrase)) return null
  return unclosedAppositive(view, phrase, floor)
}

/** Whether the words of `range` before its first comma are a phrase that is never a source ("Somehow,"). */
function opensWithNeverSource(view: SentenceView, range: Range): boolean {
  let comma = range.first + 1
  while (comma <= range.last && !isPunct(view, comma, ',')) comma++
  if (comma > range.last || comma - range.first > 4) return false
  let phrase = tok(view, range.first)!.text
  for (let j = range.first + 1; j < comma; j++) phrase += ' ' + tok(view, j)!.text
  return isNeverSource(phrase, false)
}

/** The phrase `sourceLeft` reads, before an unclosed appositive is joined to the name before it. */
function phraseLeft(view: SentenceView, end: number, floor: number): Range | null {
  if (end < floor) return null
  const last = word(view, end)
  // "42% say …": a percentage is a group of people.
  if (isPunct(view, end, '%') && /^\d/.test(word(view, end - 1))) {
    const number = sourceLeft(view, end - 1, floor)
    return number ? {first: number.first, last: end} : {first: end - 1, last: end}
  }
  if (last === '') {
    // An appositive closed by a comma or a dash: "Omar al-Haddad, a spokesman for the ministry, said".
    if (isPunct(view, end, ',') || isPunct(view, end, '—') || isPunct(view, end, '–') || isPunct(view, end, '--'))
      return appositiveLeft(view, end, floor)
    // "Paul Ryan (R-Wis.) said"
    if (isPunct(view, end, ')')) {
      for (let k = end - 1; k >= floor && k >= end - 6; k--) {
        if (isPunct(view, k, '(')) {
          const name = sourceLeft(view, k - 1, floor)
          return name ? {first: name.first, last: end} : null
        }
      }
    }
    return null
  }
  // "It's denouncing …", "They've argued …": a pronoun with its auxiliary.
  if (CONTRACTED_SUBJECTS.has(last) && last !== "that's") return {first: end, last: end}
  // "the company, which said", "a group that says": a relative word for a body or a document,
  // the subject of an active verb ("which was rejected by the board" is the thing judged).
  if ((last === 'which' || last === 'that') && !BE_FORMS.has(word(view, end + 1))) {
    if (last === 'which' && isPunct(view, end - 1, ',')) {
      const antecedent = sourceLeft(view, end - 2, floor)
      return antecedent && afterClauseVerb(view, antecedent)
    }
    if (last === 'that' && SOURCE_NOUNS.has(word(view, end - 1))) return sourceLeft(view, end - 1, floor)
  }
  // "People who know him say": the object ends a relative clause inside the phrase.
  if (OBJECT_PRONOUNS.has(last) || last === 'her') {
    const head = relativeHead(view, end, floor)
    if (head) return {first: head.first, last: end}
  }
  if (PRONOUNS.has(last)) {
    if (last === 'who' && isPunct(view, end - 1, ',')) {
      const antecedent = sourceLeft(view, end - 2, floor)
      return antecedent && afterClauseVerb(view, antecedent)
    }
    if (last === 'who' && isWord(view, end - 1)) return sourceLeft(view, end - 1, floor)
    if ((last === 'them' || last === 'us') && word(view, end - 1) === 'of' && QUANTIFIERS.has(word(view, end - 2)))
      return {first: end - 2, last: end}
    // "Those close to him say": an object pronoun ends a longer phrase.
    if (
      (last === 'him' || last === 'them' || last === 'her' || last === 'us') &&
      (word(view, end - 1) === 'to' || word(view, end - 1) === 'with')
    ) {
      const head = sourceLeft(view, end - 2, floor)
      if (head) return {first: head.first, last: end}
    }
    if (last === 'who' || last === 'you' || last === 'him' || last === 'them') return null
    return {first: end, last: end}
  }
  // "most said", "a third said", "Others argue": a quantifier standing for people.
  if (LONE_QUANTIFIERS.has(last))
    return {first: DETERMINERS.has(word(view, end - 1)) && word(view, end - 1) !== '' ? end - 1 : end, last: end}
  if ((NP_STOPS.has(last) && !isSurnameAuxiliary(view, end)) || LEADING_TRIM.has(last) || isAdverb(last)) return null
  let first = end
  let words = 0
  // Past a plural possessive only its own modifiers join ("the coal miners' union"), or a
  // group it belongs to ("members of the pilots' union").
  let possessive = false
  for (let j = end; j >= floor && words < MAX_NP; j--) {
    const t = tok(view, j)
    if (!t) break
    if (t.kind !== WORD) {
      // Hyphens, ampersands and slashes join names; the period of a title ("Cmdr.") too.
      if ((t.text === '&' || t.text === '/' || t.text === '-') && isWord(view, j - 1)) continue
      if (t.text === '.' && j < end && TITLE_ABBREVIATIONS.has(word(view, j - 1))) continue
      // A plural possessive: "the dockworkers' union".
      if (j < end && isPluralPossessive(view, j)) {
        possessive = true
        continue
      }
      // A short parenthesis inside a name: "Paul Ryan (R-Wis.)".
      if (t.text === ')') {
        let open = -1
        for (let k = j - 1; k >= floor && k >= j - 6; k--)
          if (isPunct(view, k, '(')) {
            open = k
            break
          }
        if (open > floor && isWord(view, open - 1)) {
          j = open
          continue
        }
      }
      break
    }
    const w = t.lower
    // "Two engineers who worked on the repairs", "The contractor that serviced the gates":
    // a relative clause stays in the phrase.
    if (
      j < end &&
      (w === 'who' || (w === 'that' && SOURCE_NOUNS.has(word(view, j - 1)))) &&
      isWord(view, j - 1) &&
      !NP_STOPS.has(word(view, j - 1)) &&
      !PRONOUNS.has(word(view, j - 1))
    ) {
      words++
      continue
    }
    // "he and Mr. Allen said": a pronoun coordinated with a name.
    if (j < end && PERSONAL.has(w) && word(view, j + 1) === 'and') {
      first = j
      words++
      break
    }
    // "Doctors Without Borders", "Mothers Against Drunk Driving": one name.
    if (j < end && t.cap && NAME_INNER_WORDS.has(w) && isNameLike(view, j - 1) && isNameLike(view, j + 1)) {
      words++
      continue
    }
    if (j < end && ((NP_STOPS.has(w) && !isSurnameAuxiliary(view, j)) || (PRONOUNS.has(w) && !POSSESSIVES.has(w)))) {
      // "the union and the company said", "her lawyer and the prosecutor": two descriptions.
      if (
        w === 'and' &&
        (SOURCE_NOUNS.has(word(view, j - 1)) || isNameLike(view, j - 1)) &&
        DETERMINERS.has(word(view, j + 1))
      ) {
        words++
        continue
      }
      // "Both A and B said": keep "and" between names.
      if (
        w === 'and' &&
        (isNameLike(view, j + 1) || DETERMINERS.has(word(view, j + 1)) || COORDINABLE.has(word(view, j + 1))) &&
        (isNameLike(view, j - 1) || PERSONAL.has(word(view, j - 1)) || COORDINABLE.has(word(view, j - 1)))
      ) {
        words++
        continue
      }
      break
    }
    if (j < end && NP_PREPOSITIONS.has(w)) {
      // A preposition inside the phrase needs a noun before it.
      const before = word(view, j - 1)
      if ((possessive && !GROUP_HEADS.has(before)) || before === '' || NP_STOPS.has(before) || DETERMINERS.has(before))
        break
      words++
      continue
    }
    if (j < end && !t.cap && isAdverb(w)) break
    first = j
    words++
    if (DETERMINERS.has(w)) {
      // The phrase opens here unless a preposition or another determiner joins it
      // to a longer one ("a spokesman for the ministry", "the same source").
      const before = word(view, j - 1)
      if (NP_PREPOSITIONS.has(before) || DETERMINERS.has(before) || before.endsWith("'s") || before.endsWith("s'"))
        continue
      if (before === 'and' && (SOURCE_NOUNS.has(word(view, j - 2)) || isNameLike(view, j - 2))) continue
      if (!t.cap) break
    }
  }
  // Drop sentence-opening adverbials ("But officials said", "On Monday officials said").
  while (
    first <= end &&
    (LEADING_TRIM.has(word(view, first)) || (TIME_WORDS.has(word(view, first)) && !isNameLike(view, first + 1)))
  ) {
    if (first === end) return null
    first++
  }
  if (first > end) return null
  // A lone time word or year is no source ("43 said the same" is).
  if (first === end && (TIME_WORDS.has(last) || /^(?:1[89]|20)\d\d$/.test(last))) return null
  // "The contractor that serviced the gates declined": the phrase began before the relative clause.
  const head = relativeHead(view, first, floor)
  if (head) first = head.first
  // "a Bloomberg interview Trump said", "the third time AROS said": a name after a
  // noun of setting or time starts the phrase.
  if (tok(view, end)!.cap) {
    let nameStart = end
    while (
      nameStart > first &&
      (tok(view, nameStart - 1)!.cap || isPunct(view, nameStart - 1, '.') || isPunct(view, nameStart - 1, '-'))
    )
      nameStart--
    const before = word(view, nameStart - 1)
    if (
      nameStart > first &&
      (SETTING_NOUNS.has(before) || TIME_WORDS.has(before) || before === 'time' || before === 'times')
    )
      first = nameStart
    // "a charge Iraq has denied": determiner and plain noun, then a name.
    else if (
      nameStart === first + 2 &&
      DETERMINERS.has(word(view, first)) &&
      before !== '' &&
      !tok(view, nameStart - 1)!.cap &&
      !before.endsWith("'s") &&
      !before.endsWith("s'") &&
      !PERSON_TITLES.has(before) &&
      !ROLE_NOUNS.has(before) &&
      !GROUP_HEADS.has(before)
    )
      first = nameStart
  }
  return {first, last: end}
}

/**
 * The antecedent of ", who …" read back over a clause: it starts after the
 * last verb of that clause ("The ruling angered farmers, who said …" →
 * "farmers"; "The plan was welcomed by farmers, who …" → "farmers"). A verb is
 * a lower-case auxiliary, an inflected listed verb ("says", not the noun-like
 * "judge" or the adjective-like "ranking"), or an "-ed" word after a plain lower-case word (so "two retired
 * teachers" and "the newly elected mayor" stay whole).
 */
function afterClauseVerb(view: SentenceView, antecedent: Range): Range {
  for (let k = antecedent.last - 1; k > antecedent.first; k--) {
    const t = tok(view, k)!
    if (t.kind !== WORD || t.cap) continue
    const before = tok(view, k - 1)!
    const verb =
      AUXILIARIES.has(t.lower) ||
      (view.lexicon.verbs.get(t.lower)?.lemmas.has(t.lower) === false && !t.lower.endsWith('ing')) ||
      (t.lower.endsWith('ed') &&
        before.kind === WORD &&
        !before.cap &&
        !DETERMINERS.has(before.lower) &&
        !isAdverb(before.lower) &&
        !/^\d/.test(before.lower))
    if (!verb) continue
    let first = k + 1
    while (first < antecedent.last && NP_PREPOSITIONS.has(word(view, first))) first++
    return {first, last: antecedent.last}
  }
  return antecedent
}

/**
 * The phrase a restrictive relative clause ending before `first` belongs to:
 * "Analysts who follow the company" read back from "the company" gives
 * "Analysts"; "The contractor that serviced the gates" gives "The
 * contractor" ("that" only after a noun for people or bodies). Looks back
 * over words only, at most eight, and stops at a clause word; null when no
 * relative word is found.
 */
function relativeHead(view: SentenceView, first: number, floor: number): Range | null {
  for (let r = first - 1; r >= floor && r >= first - 8; r--) {
    const w = word(view, r)
    if (w === '') return null
    const before = word(view, r - 1)
    if (
      (w === 'who' && before !== '' && (before === 'those' || (!NP_STOPS.has(before) && !PRONOUNS.has(before)))) ||
      (w === 'that' && SOURCE_NOUNS.has(before))
    )
      return sourceLeft(view, r - 1, floor)
    if (NP_STOPS.has(w) && w !== 'that') return null
  }
  return null
}

/** Longest relative clause, in words, that `relativeLeft` reads back over. */
const MAX_RELATIVE = 10

/** Whether the word at `j` can open the verb phrase of a relative clause ("who asked", "who was", "who spoke"). */
function isVerbLike(view: SentenceView, j: number): boolean {
  const t = tok(view, j)
  if (!t || t.kind !== WORD || t.cap) return false
  return t.lower.endsWith('ed') || AUXILIARIES.has(t.lower) || view.lexicon.verbs.has(t.lower)
}

/**
 * "A city official, who asked not to be named said": a relative clause that
 * no comma closes. Looks back from `end` over words only for ", who" and a
 * verb; returns the phrase from the head before the comma to `end`, or null.
 */
function relativeLeft(view: SentenceView, end: number, floor: number): Range | null {
  if (word(view, end) === 'who') return null
  for (let j = end; j > floor + 1 && j >= end - MAX_RELATIVE; j--) {
    const t = tok(view, j)!
    if (t.kind !== WORD || t.cap || COORDINATORS.has(t.lower) || t.lower.endsWith("'s")) return null
    if (t.lower !== 'who') continue
    if (!isPunct(view, j - 1, ',') || !isVerbLike(view, j + 1)) return null
    const head = phraseLeft(view, j - 2, floor)
    return head && {first: head.first, last: end}
  }
  return null
}

/** Words that join clauses: a relative clause read back stops at them. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but'])

/** Whether the apostrophe at `j` makes a plural possessive ("the dockworkers' union"). */
export function isPluralPossessive(view: SentenceView, j: number): boolean {
  const t = tok(view, j)!
  return APOSTROPHES.has(t.text) && !t.spaceBefore && word(view, j - 1).endsWith('s') && !isClosingQuote(view, j)
}

/** A party and state tag, one word or three tokens: "R-Ohio", "D-Ore", "I-Vt". */
function isPartyTag(view: SentenceView, range: Range): boolean {
  const party = tok(view, range.first)!
  if (range.first === range.last) return party.kind === WORD && PARTY_TAG.test(party.text)
  return (
    range.last - range.first === 2 &&
    party.kind === WORD &&
    PARTY_TAG.test(party.text + '-' + tok(view, range.last)!.text) &&
    isPunct(view, range.first + 1, '-')
  )
}

/** A party letter, a hyphen and a state ("R-Ohio", "D-Ore", "I-Vt"). */
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]*$/

/** A description of a person: a determiner and a lower-case head that names no body or document ("a retired welder"). */
function isDescription(view: SentenceView, range: Range): boolean {
  const head = tok(view, range.last)!
  if (head.kind !== WORD || head.cap || range.last === range.first) return false
  const first = word(view, range.first)
  return (
    (first === 'a' || first === 'an' || first === 'the') &&
    !GROUP_HEADS.has(head.lower) &&
    !ORGANIZATION_HEADS.has(head.lower) &&
    !DOCUMENT_HEADS.has(head.lower)
  )
}

/** A person's name: capitalised words (a title's period among them), no "and", not a day or month. */
function isPersonName(view: SentenceView, range: Range): boolean {
  if (range.last - range.first > 6) return false
  for (let j = range.first; j <= range.last; j++) {
    const t = tok(view, j)!
    if (t.kind === WORD ? !t.cap || TIME_WORDS.has(t.lower) : t.text !== '.' && t.text !== '-') return false
  }
  return isWord(view, range.last)
}

/**
 * "Hal Okafor, a retired welder said", "Mira Castell, 47, of Dunmore said",
 * "Sen. Jo Pratt, R-Ohio said": an appositive that no comma closes before
 * the verb. When `range` is such an appositive (a description, a town or a
 * party tag) after a comma, and a name opens the clause before it, returns
 * the range from the name (an age between commas included); else `range`.
 */
function unclosedAppositive(view: SentenceView, range: Range, floor: number): Range {
  const town = word(view, range.first - 1) === 'of' && tok(view, range.first)!.cap
  let comma = town ? range.first - 2 : range.first - 1
  if (comma <= floor || !isPunct(view, comma, ',')) return range
  if (!town && !isPartyTag(view, range) && !isDescription(view, range)) return range
  // An age between commas: "Mira Castell, 47, of Dunmore".
  if (/^\d{1,3}$/.test(word(view, comma - 1)) && isPunct(view, comma - 2, ',')) comma -= 2
  const name = phraseLeft(view, comma - 1, floor)
  if (!name || !isPersonName(view, name)) return range
  // The name is the clause's subject ("In Dunmore, a welder said" has none); one capitalised
  // word opening the sentence may be any word ("Somehow, the family will …").
  if (name.first > floor ? !isBoundary(view, name.first - 1) : name.first === name.last) return range
  return {first: name.first, last: range.last}
}

/**
 * "Name, appositive, said": `comma` is the comma before the verb. Returns the
 * whole "Name, appositive" range, or the appositive alone when no name stands
 * before it, or null.
 */
function appositiveLeft(view: SentenceView, comma: number, floor: number, depth = 0): Range | null {
  // Find the opening comma (or dash) of the appositive, a few words back.
  const closer = tok(view, comma)!.text
  const dash = closer !== ','
  let open = -1
  for (let j = comma - 1; j >= floor && j >= comma - 30; j--) {
    if (dash ? isPunct(view, j, closer) : isPunct(view, j, ',')) {
      open = j
      break
    }
    if (
      !dash &&
      !isWord(view, j) &&
      !isPunct(view, j, '.') &&
      !isPunct(view, j, '-') &&
      !isPunct(view, j, '&') &&
      !isPunct(view, j, '(') &&
      !isPunct(view, j, ')') &&
      !isQuoteMark(view, j)
    )
      return null
  }
  if (open === -1) {
    // A stray comma before the verb: "Sen. Jack Reed (D-R.I.), said …".
    // Only a name (capitalised words, maybe a party tag in parentheses) makes such a subject.
    const before = sourceLeft(view, comma - 1, floor)
    if (!before || before.first !== floor) return null
    for (let j = before.first; j <= before.last; j++) {
      const t = tok(view, j)!
      if (t.kind === WORD && !t.cap && !/^\d/.test(t.text)) {
        // Words inside the party tag "(D-R.I.)" may be anything.
        if (!isPunct(view, before.last, ')')) return null
      }
    }
    return before
  }
  const firstWord = word(view, open + 1)
  // A relative clause or a prepositional aside: "Cruz, whose finish …, said", "Trump, in an interview, said".
  if (firstWord === 'who' || firstWord === 'which' || firstWord === 'whose' || ASIDE_OPENERS.has(firstWord))
    return nameBefore(view, open, floor, depth)
  // A parenthetical adverb: "Experts, however, said …".
  if (
    open + 2 === comma &&
    (isAdverb(firstWord) ||
      firstWord === 'however' ||
      firstWord === 'meanwhile' ||
      firstWord === 'too' ||
      firstWord === 'though' ||
      firstWord === 'also' ||
      firstWord === 'instead' ||
      firstWord === 'moreover')
  )
    return sourceLeft(view, open - 1, floor)
  if (word(view, open + 1) === 'in' && word(view, open + 2) === 'turn' && open + 3 === comma)
    return sourceLeft(view, open - 1, floor)
  const appositive =
    dash ||
    (firstWord !== '' &&
      (DETERMINERS.has(firstWord) ||
        PERSON_TITLES.has(firstWord) ||
        ROLE_NOUNS.has(firstWord) ||
        /^\d+$/.test(firstWord) ||
        tok(view, open + 1)!.cap ||
        /(?:ing|ed)$/.test(firstWord) ||
        firstWord === 'including' ||
        firstWord === 'both' ||
        firstWord === 'himself' ||
        firstWord === 'herself' ||
        // Where the person is from: "Jane Doe, 52, of Leeds, said", "Ana Ruiz, from Vigo, said".
        ((firstWord === 'of' || firstWord === 'from') && tok(view, open + 2)?.cap === true)))
  if (!appositive || (!dash && finiteClause(view, open + 1, comma))) return null
  const name = nameBefore(view, open, floor, depth)
  if (!name) return null
  return {first: name.first, last: comma - 1}
}

/**
 * The subject before the comma at `open` that opens an appositive or an aside:
 * a name with an age between commas ("Roxana Leon, 63, a voter …", "Ortega, 61,
 * who …"), a name that itself ends an appositive ("Anderson, 21, a student,
 * said"), or the phrase just before.
 */
function nameBefore(view: SentenceView, open: number, floor: number, depth: number): Range | null {
  if (depth < 2 && /^\d+$/.test(word(view, open - 1)) && isPunct(view, open - 2, ',')) {
    const person = sourceLeft(view, open - 3, floor)
    if (person) return person
  }
  if (depth < 2 && isPunct(view, open - 1, ',')) return appositiveLeft(view, open - 1, floor, depth + 1)
  return sourceLeft(view, open - 1, floor)
}

/**
 * Whether view positions `from` to `to` (exclusive) hold a clause, not an
 * appositive: an auxiliary with no relative word before it ("Somehow, the
 * crew will win, adds …"; not "Lee, the mayor who has served, said").
 */
function finiteClause(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = word(view, k)
    if (w === 'who' || w === 'that' || w === 'which' || w === 'whose') return false
    if (AUXILIARIES.has(w) && !w.includes("'")) return true
  }
  return false
}

/**
 * Whether the word at `j` is the verb of a clause whose subject is the name
 * before it ("Mike Pompeo praised …", "Ada Quell welcomes …"): a small word
 * after a capitalised one that is a cue verb's inflected form or a past
 * form in -ed, with no agent ("released by") after it.
 */
function isVerbAfterName(view: SentenceView, j: number): boolean {
  const t = tok(view, j)!
  const before = tok(view, j - 1)
  if (
    t.cap ||
    !before ||
    before.kind !== WORD ||
    !before.cap ||
    before.lower.endsWith("'s") ||
    word(view, j + 1) === 'by'
  )
    return false
  const w = t.lower
  if (w.length > 4 && w.endsWith('ed')) return true
  const form = view.lexicon.verbs.get(w)?.single
  return form !== undefined && form !== null && form.lemma !== w
}

/**
 * Read a source phrase rightwards from view position `start`: ", said Iraq's
 * Defense Ministry", "according to sources in Moscow cited by Interfax".
 * Returns the phrase and, when it names a channel ("cited by X", "quoted by
 * X", "carried by X"), the channel.
 */
export function sourceRight(
  view: SentenceView,
  start: number,
  longAppositive = false
): {source: Range; via: Range | null; next: number} | null {
  const n = view.length
  let j = start
  let last = -1
  let words = 0
  const firstWord = word(view, j)
  if (firstWord === '') return null
  let possessive = false
  if ((PRONOUNS.has(firstWord) || OBJECT_PRONOUNS.has(firstWord)) && firstWord !== 'who' && !POSSESSIVES.has(firstWord))
    return {source: {first: j, last: j}, via: null, next: j + 1}
  if (NP_STOPS.has(firstWord) && !DETERMINERS.has(firstWord)) return null
  // "Knowing Orrick was ill, …": a clause, no source, opens the sentence.
  if (start === 0 && isOpeningGerund(firstWord)) return null
  while (j < n && words < MAX_NP) {
    const t = tok(view, j)!
    if (t.kind !== WORD) {
      if ((t.text === '&' || t.text === '/' || t.text === '-') && isWord(view, j + 1) && last !== -1) {
        j++
        continue
      }
      // "the dockworkers' union": the possessive's noun follows.
      if (last !== -1 && isPluralPossessive(view, j) && isWord(view, j + 1)) {
        possessive = true
        j++
        continue
      }
      // "Rep. G.K. Butterfield (D-N.C.)": a short parenthesis after a name stays with it.
      if (t.text === '(' && last !== -1 && tok(view, last)!.cap) {
        let close = -1
        for (let m = j + 1; m < n && m <= j + 6; m++)
          if (isPunct(view, m, ')')) {
            close = m
            break
          }
        if (close !== -1) {
          last = close
          j = close + 1
          continue
        }
      }
      break
    }
    const w = t.lower
    // "a statement released by the ministry": a participle with its agent stays in the phrase.
    if (w === 'by' && j > start && /ed$/.test(word(view, j - 1)) && !isChainAt(view, j - 1) && isWord(view, j + 1)) {
      last = j
      words++
      j++
      continue
    }
    if (j > start && NP_STOPS.has(w) && !(w === 'and' && isNameLike(view, j + 1) && isNameLike(view, j - 1))) break
    if (j > start && isVerbAfterName(view, j)) break
    if (j > start && isChainAt(view, j)) break
    if (j > start && NP_PREPOSITIONS.has(w)) {
      // Past a plural possessive the phrase is its noun ("the dockworkers' union").
      if (possessive) break
      const after = word(view, j + 1)
      if (
        after === '' ||
        TIME_WORDS.has(after) ||
        ((after === 'a' || after === 'an') && SETTING_NOUNS.has(word(view, j + 2)))
      )
        break
      // "the congregation to stand": "to" before a bare verb opens an infinitive, not a phrase.
      if (
        w === 'to' &&
        !DETERMINERS.has(after) &&
        !tok(view, j + 1)!.cap &&
        !/^\d/.test(after) &&
        !after.endsWith("'s") &&
        !POSSESSIVES.has(after)
      )
        break
      if (SETTING_NOUNS.has(after) || (after === 'the' && SETTING_NOUNS.has(word(view, j + 2)) && w !== 'of')) break
    }
    if (j > start && TIME_WORDS.has(w) && !t.cap) break
    // "the council the repairs": a new determiner after a noun opens a new phrase.
    if (
      j > start &&
      (w === 'the' || w === 'a' || w === 'an' || w === 'this' || w === 'these' || w === 'those') &&
      isWord(view, j - 1) &&
      !NP_PREPOSITIONS.has(word(view, j - 1)) &&
      !DETERMINERS.has(word(view, j - 1)) &&
      word(view, j - 1) !== 'and' &&
      word(view, j - 1) !== 'by'
    )
      break
    if (j > start && (w === 'on' || w === 'in' || w === 'at') && isDay(word(view, j + 1))) break
    if (j > start && isAdverb(w)) break
    last = j
    words++
    j++
  }
  if (last === -1) return null
  // Trailing prepositions belong to what follows.
  while (last > start && NP_PREPOSITIONS.has(word(view, last))) last--
  const source: Range = {first: start, last}
  let next = last + 1
  let via: Range | null = null
  // A channel: "cited by Interfax", "quoted by Reuters".
  if (isChainAt(view, next)) {
    const channel = sourceRight(view, next + 2)
    if (channel) {
      via = channel.source
      next = channel.next
    }
  }
  if (via === null) next = detailsRight(view, source, next, !longAppositive)
  if (via === null) next = nameAppositiveRight(view, source, next)
  // An appositive after a comma: ", said Omar al-Haddad, a spokesman for the ministry."
  // After a postposed source it runs to the sentence's end, relative clauses included.
  if (via === null && isPunct(view, next, ',')) {
    const w = word(view, next + 1)
    if (!longAppositive && (w === 'a' || w === 'an' || w === 'the' || PERSON_TITLES.has(w) || ROLE_NOUNS.has(w))) {
      const appositive = sourceRight(view, next + 1)
      if (appositive && (isSentenceEnd(view, appositive.next) || isPunct(view, appositive.next, ','))) {
        source.last = appositive.source.last
        next = appositive.next
        if (appositive.via) via = appositive.via
      }
    } else if (
      longAppositive &&
      (w === 'a' || w === 'an' || w === 'the' || w === 'who' || PERSON_TITLES.has(w) || ROLE_NOUNS.has(w))
    ) {
      let end = next + 1
      while (
        end < view.length &&
        end < next + 40 &&
        !isSentenceEnd(view, end) &&
        !(isPunct(view, end, ',') && CLAUSE_BREAKS.has(word(view, end + 1))) &&
        !isOpeningQuote(view, end) &&
        !(isPunct(view, end, ',') && isOpeningQuote(view, end + 1))
      )
        end++
      let last = end - 1
      while (last > next && !isWord(view, last) && !isPunct(view, last, ')')) last--
      if (last > next && (isSentenceEnd(view, end) || isPunct(view, end, ','))) {
        source.last = last
        next = end
      }
    }
  }
  return {source, via, next}
}

/**
 * ", said the mayor's aunt, Ines Brandt.": after a description (its last
 * word in lower case), a person's name between a comma and a comma or the
 * sentence's end belongs to the phrase. Widens `source` over it and returns
 * the position after.
 */
function nameAppositiveRight(view: SentenceView, source: Range, next: number): number {
  if (!isPunct(view, next, ',') || tok(view, source.last)!.cap || !isWord(view, source.last)) return next
  let end = next + 1
  while (end < next + 5 && isWord(view, end) && tok(view, end)!.cap) end++
  const name: Range = {first: next + 1, last: end - 1}
  if (end === next + 1 || !isPersonName(view, name) || !endsDetail(view, end)) return next
  source.last = end - 1
  return end
}

/**
 * What follows a name between commas: an age (", 47,"), a town (", of
 * Dunmore"), a party and state (", R-Ohio") or a relative clause (", who
 * asked not to be named", when `relative`), each ending at a comma or the
 * sentence's end. Widens `source` over them and returns the position after.
 */
function detailsRight(view: SentenceView, source: Range, next: number, relative: boolean): number {
  const name = tok(view, source.last)!.cap
  for (let guard = 0; guard < 3 && isPunct(view, next, ','); guard++) {
    let end = name ? nameDetailEnd(view, next + 1) : -1
    if (end === -1 && relative) end = relativeEnd(view, next + 1)
    if (end === -1) break
    source.last = end - 1
    next = end
  }
  return next
}

/** After a name's comma, at `j`: where an age, a town or a party and state ends, or -1. */
function nameDetailEnd(view: SentenceView, j: number): number {
  const w = word(view, j)
  if (w === 'of' && tok(view, j + 1)?.cap) {
    // A town ends where its capitalised words do ("… of Dunmore as saying").
    let end = j + 1
    while (end < j + MAX_NP && (tok(view, end)?.cap || (isPunct(view, end, '.') && !isSentenceEnd(view, end)))) end++
    return end
  }
  let end = -1
  if (/^\d{1,3}$/.test(w)) end = j + 1
  else if (isWord(view, j) && isPartyTag(view, {first: j, last: j})) end = j + 1
  else if (isWord(view, j) && isPunct(view, j + 1, '-') && isPartyTag(view, {first: j, last: j + 2})) end = j + 3
  return end !== -1 && endsDetail(view, end) ? end : -1
}

/** After a comma, at `j`: where a short relative clause ends (no capitals, no "and"), or -1. */
function relativeEnd(view: SentenceView, j: number): number {
  if (word(view, j) !== 'who' || !isVerbLike(view, j + 1)) return -1
  let end = j + 1
  while (end < j + MAX_RELATIVE && isWord(view, end) && !tok(view, end)!.cap && !COORDINATORS.has(word(view, end)))
    end++
  return endsDetail(view, end) ? end : -1
}

/** Whether a detail between commas may end at `end`: a comma or the sentence's end. */
function endsDetail(view: SentenceView, end: number): boolean {
  return isPunct(view, end, ',') || isSentenceEnd(view, end)
}

function isDay(w: string): boolean {
  return WEEKDAYS.has(w)
}

const NOT_ADVERBS = new Set([
  'family',
  'ally',
  'rally',
  'italy',
  'july',
  'daily',
  'reilly',
  'kelly',
  'holly',
  'sally',
  'billy',
  'molly',
  'only',
  'early',
  'weekly',
  'monthly',
  'elderly',
  'supply',
  'reply',
  'apply',
  'fly',
  'belly',
  'bully',
  'jolly',
  'lily',
  'emily',
  'beverly',
  'kimberly',
  'assembly',
  'anomaly',
  'monopoly',
  'friendly',
  'ugly',
  'lonely',
  'costly',
  'deadly',
  'likely',
  'unlikely',
  'lovely',
  'silly',
  'holy',
  'wily',
  'oily',
  'hilly',
  'curly',
  'burly',
  'surly',
  'manly',
  'timely',
  'orderly',
  'comply',
  'imply',
  'multiply',
  'rely',
  'scholarly'
])

/** A lower-case -ly word that is an adverb. */
export function isAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && !NOT_ADVERBS.has(w)
}

/** Whether view position `j` is at or past the sentence's end (final punctuation or nothing). */
export function isSentenceEnd(view: SentenceView, j: number): boolean {
  const t = tok(view, j)
  if (!t) return true
  if (t.kind === WORD) return false
  const c = t.text
  if (c === '.' || c === '!' || c === '?' || c === '...' || c === '…') {
    // Only trailing punctuation (and closing marks) follow.
    return view.lastWord < j
  }
  return false
}

/**
 * Skip adverbials right after a cue: "on Monday", "last week", "in a
 * statement", "at a news conference", "Tuesday", "repeatedly". Returns the
 * first position after them.
 */
export function skipAdverbials(view: SentenceView, j: number): number {
  for (let guard = 0; guard < 6; guard++) {
    const w = word(view, j)
    if (w === '') return j
    if (
      isAdverb(w) ||
      w === 'again' ||
      w === 'too' ||
      w === 'also' ||
      w === 'then' ||
      w === 'later' ||
      w === 'earlier' ||
      w === 'privately' ||
      w === 'publicly'
    ) {
      j++
      continue
    }
    if (TIME_WORDS.has(w) && !(w === 'may' && !tok(view, j)!.cap)) {
      let k = j
      while (k < j + 4 && (TIME_WORDS.has(word(view, k)) || /^\d/.test(word(view, k)) || isPunct(view, k, '.'))) k++
      j = k
      continue
    }
    if (SETTING_PREPOSITIONS.has(w) && word(view, j + 1) !== '') {
      const k = skipSetting(view, j + 1)
      if (k !== -1) {
        j = k
        continue
      }
    }
    return j
  }
  return j
}

/**
 * After a preposition: "Monday", "Sept. 27", "a statement", "an interview
 * with Fox News", "a news conference in Baghdad". Returns the position after
 * the phrase, or -1 when it is not such an adverbial.
 */
function skipSetting(view: SentenceView, j: number): number {
  const w = word(view, j)
  if (TIME_WORDS.has(w) || /^\d/.test(w)) {
    let k = j
    while (
      k < j + 4 &&
      (TIME_WORDS.has(word(view, k)) || /^\d/.test(word(view, k)) || isPunct(view, k, '.') || isPunct(view, k, ','))
    ) {
      if (isPunct(view, k, ',') && !/^\d/.test(word(view, k + 1))) break
      k++
    }
    return k
  }
  // "a statement", "an interview with X", "a telephone interview", "a news conference"
  let k = j
  if (DETERMINERS.has(w) || w === 'his' || w === 'her' || w === 'their') k++
  let found = false
  for (let m = 0; m < 4; m++) {
    const x = word(view, k)
    if (x === '') break
    k++
    if (SETTING_NOUNS.has(x)) {
      found = true
      if (!SETTING_NOUNS.has(word(view, k))) break
    }
  }
  if (!found) return -1
  // "with Fox News", "to reporters", "on Twitter", "posted on Facebook", "in Baghdad"
  const after = word(view, k)
  if (
    after === 'with' ||
    after === 'to' ||
    after === 'on' ||
    after === 'in' ||
    after === 'at' ||
    after === 'from' ||
    after === 'by' ||
    after === 'posted' ||
    after === 'published' ||
    after === 'aired' ||
    after === 'carried' ||
    after === 'released' ||
    after === 'issued'
  ) {
    let m = k + 1
    if (word(view, m) === 'by') m++
    const np = sourceRight(view, m)
    if (np) k = np.next
  }
  return k
}

/**
 * Content read forwards from view position `j` to the end of the clause:
 * the sentence's end, or before ", adding", ", according to" and the like.
 * A quote that opens here is followed to its close, across sentences and
 * paragraphs. Returns offsets, or null when nothing is there.
 */
export function contentAfter(view: SentenceView, j: number): Piece | null {
  const n = view.length
  // A "that" which opens the claim belongs to it (as annotators mark it).
  // "said: …" and "said, “…”" introduce the claim; a bare comma ends the clause.
  if (
    isPunct(view, j, ',') &&
    isWord(view, j + 1) &&
    isPunct(view, j + 2, ',') &&
    (isAdverb(word(view, j + 1)) || word(view, j + 1) === 'however')
  )
    j += 3
  if (isPunct(view, j, ':') || (isPunct(view, j, ',') && isOpeningQuote(view, j + 1))) j++
  else if (isPunct(view, j, ',')) j++
  if (j >= n) return null
  const startToken = tok(view, j)!
  let endOffset = -1
  const ends = (view.ends ??= contentEnds(view))
  // k is the first position not in the content; trim trailing punctuation.
  const k = Math.min(ends.clause[j + 1], j + 2 <= n ? ends.verb[j + 2] : n)
  const last = Math.max(ends.kept[k - 1], j)
  if (last < j || (!isWord(view, last) && !isClosingQuote(view, last) && !isOpeningQuote(view, j))) return null
  endOffset = tok(view, last)!.end
  // A quote that opens at the start runs to its close, wherever that is.
  if (isOpeningQuote(view, j)) {
    const q = view.quotes.quotes[quoteAt(view, j)]
    if (q.end > endOffset) endOffset = q.end
  } else {
    // A quote opened inside the content and closing later stays whole.
    const q = quoteAt(view, last)
    if (q !== -1) {
      const quote = view.quotes.quotes[q]
      if (quote.end > endOffset && quote.start >= startToken.start) endOffset = quote.end
    }
  }
  if (endOffset <= startToken.start) return null
  return {start: startToken.start, end: endOffset}
}

/**
 * The breaks where `contentAfter` stops, for every position of the view, in
 * one backward pass: a comma before a clause break word or an unquoted ";"
 * (from the content's second token on), "and"/"but" before a reporting form
 * outside quotes (from its third token on: "… and says he will …" starts a
 * claim of its own), and the last word or closing quote before a break.
 */
function contentEnds(view: SentenceView): ContentEnds {
  const n = view.length
  const clause: number[] = new Array(n + 1)
  const verb: number[] = new Array(n + 1)
  const kept: number[] = new Array(n)
  clause[n] = n
  verb[n] = n
  for (let k = n - 1; k >= 0; k--) {
    const clauseBreak =
      (isPunct(view, k, ',') && isClauseBreak(view, k + 1)) || (isPunct(view, k, ';') && quoteAt(view, k) === -1)
    clause[k] = clauseBreak ? k : clause[k + 1]
    const w = word(view, k)
    verb[k] =
      (w === 'and' || w === 'but') &&
      (REPORTING_FORMS.has(word(view, k + 1)) || opensRefusal(view, k + 1)) &&
      quoteAt(view, k) === -1
        ? k
        : verb[k + 1]
  }
  for (let k = 0; k < n; k++) kept[k] = isWord(view, k) || isClosingQuote(view, k) ? k : k > 0 ? kept[k - 1] : -1
  return {clause, verb, kept}
}

/**
 * Whether the word at `j` opens a refusal: "declined to comment", "refused to
 * say", "declines comment" (a refusal verb, then a word for answering, with
 * or without "to"). "refused to drop the gun" is none.
 */
export function opensRefusal(view: SentenceView, j: number): boolean {
  if (!REFUSAL_VERBS.has(word(view, j))) return false
  const next = word(view, j + 1)
  return next === 'comment' || COMMENT_WORDS.has(next === 'to' ? word(view, j + 2) : next)
}

/** Finite reporting forms that, after "and", start a new claim ("… and says …"). */
const REPORTING_FORMS = new Set([
  'says',
  'said',
  'added',
  'adds',
  'warned',
  'warns',
  'argued',
  'argues',
  'insisted',
  'insists',
  'noted',
  'notes',
  'told',
  'tells',
  'claimed',
  'claims',
  'stressed',
  'urged',
  'urges',
  'suggested',
  'suggests',
  'wrote',
  'writes',
  'tweeted',
  'called',
  'calls',
  'accused',
  'accuses',
  'encouraged',
  'vowed',
  'vows',
  'promised',
  'promises',
  'predicted',
  'announced',
  'announces',
  'declared',
  'denied',
  'denies',
  'acknowledged',
  'admitted',
  'asked',
  'asks'
])

/** Words after a comma that start a new clause attached to the cue, not content. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'adding',
  'saying',
  'noting',
  'according',
  'arguing',
  'explaining',
  'calling',
  'citing',
  'referring',
  'telling',
  'warning',
  'insisting',
  'stressing',
  'claiming',
  'asserting',
  'suggesting',
  'urging',
  'acknowledging',
  'admitting',
  'declaring',
  'announcing',
  'writing',
  'pointing',
  'observing',
  'recalling',
  'emphasizing',
  'describing',
  'asking',
  'answering',
  'replying',
  'responding',
  'continuing',
  'concluding',
  'complaining',
  'conceding',
  'predicting',
  'promising',
  'vowing',
  'pledging',
  'threatening',
  'accusing',
  'blaming',
  'praising'
])

function isClauseBreak(view: SentenceView, j: number): boolean {
  const w = word(view, j)
  if (CLAUSE_BREAKS.has(w) || AFTER_COMMA_BREAKS.has(w)) return quoteAt(view, j) === -1
  return false
}

/** Words after a comma that end a claim: asides and attached clauses ("…, who is 70"). */
const AFTER_COMMA_BREAKS = new Set(['who', 'which', 'though', 'although', 'while', 'whereas'])

/**
 * Content read backwards: everything from the start of the sentence (or of
 * the quote that closes just before) up to view position `end` (exclusive).
 */
export function contentBefore(view: SentenceView, end: number, floor = 0): Piece | null {
  let last = end - 1
  while (last >= floor && !isWord(view, last) && !isClosingQuote(view, last)) last--
  if (last < floor) return null
  let first = floor
  // Skip a leading "According to X," that belongs to another cue, and sentence-opening dashes.
  while (first < last && !isWord(view, first) && !isOpeningQuote(view, first)) first++
  // A section label in capitals opening the sentence is no part of the claim ("ENERGY: Oil rose, …").
  const label = first === 0 ? sectionLabelEnd(view, last) : -1
  if (label !== -1) first = label + 1
  let startOffset = tok(view, first)!.start
  const endOffset = tok(view, last)!.end
  // A quote closing at the end may have opened in an earlier sentence or paragraph.
  const q = quoteAt(view, last)
  if (q !== -1) {
    const quote = view.quotes.quotes[q]
    if (quote.start < startOffset && (isClosingQuote(view, last) || quote.close === -1)) startOffset = quote.start
  }
  if (endOffset <= startOffset) return null
  return {start: startOffset, end: endOffset}
}

/**
 * The position of the colon that ends a section label opening the sentence: one to
 * three words in capitals ("ENERGY:", "KEEPING SCORE:"), with a word after the colon
 * and before `last`; -1 when the sentence opens with none.
 */
function sectionLabelEnd(view: SentenceView, last: number): number {
  let colon = 0
  while (colon <= 3 && colon < last && !isPunct(view, colon, ':')) colon++
  return colon > 0 && colon <= 3 && isPunct(view, colon, ':') && isWord(view, colon + 1) && inCapitals(view, 0, colon)
    ? colon
    : -1
}

/**
 * Whether view positions `from` to `to` (exclusive) are all words of two letters or more
 * written in capitals: a section label ("KEEPING SCORE") or a transcript's speaker ("PENCE").
 */
export function inCapitals(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tok(view, k)!
    if (t.kind !== WORD || t.text.length < 2 || t.text !== t.text.toUpperCase() || !/[A-Z]/.test(t.text)) return false
  }
  return true
}

/** Offsets of a range of view positions. */
export function rangeOffsets(view: SentenceView, range: Range): Piece {
  return {start: tok(view, range.first)!.start, end: tok(view, range.last)!.end}
}
