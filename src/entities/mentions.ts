/**
 * Entity mentions anywhere in the document, sources or not: runs of
 * capitalised words ("Tamsin Orrick", "Eastmere Police Service", "Dr.
 * Allan Garland", "Omar al-Haddad", "Ludwig van Beethoven"), read in one pass
 * over the characters of the text. Paragraphs without a cue are never
 * tokenised, and they hold the names the lede gives in full, so the scan
 * reads the text itself rather than the tokens. Only runs are sliced out:
 * the words between them cost a few comparisons of character codes each.
 */
import {PERSON_TITLES, TITLE_ABBREVIATIONS} from '../lexicon/names.js'
import {NAME_PARTICLES} from './names.js'

/** A run of capitalised words. */
export interface EntityMention {
  start: number
  end: number
  /** Starts a sentence (or the text), where a capital may be no name. */
  sentenceInitial: boolean
}

/** Lower-case words that may join two capitalised words of one name ("Bank of England"). */
const JOINERS: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'of'])
/** The longest joiner, in code units. */
const JOINER_MAX = 3
/** The most words one run may hold; longer runs are cut (headlines in capitals). */
const RUN_MAX = 8
/** A letter, mark or digit (a constant: the build turns a `\p` literal into a `new RegExp` where it stands). */
const LETTER_MARK_DIGIT = /\p{L}|\p{M}|\p{N}/u

function isLetterOrDigit(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  // General Punctuation (curly quotes, dashes, spaces): no letters, and frequent in news.
  if (code >= 0x2000 && code <= 0x206f) return false
  const ch = text[i]
  return ch.toLowerCase() !== ch.toUpperCase() || LETTER_MARK_DIGIT.test(ch)
}

function isCapital(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 128) return code >= 65 && code <= 90
  const ch = text[i]
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

/** Whether the word [start, end) is capitalised, or a particle joined to a capital by a hyphen ("al-Haddad"). */
function isCapitalisedWord(text: string, start: number, end: number): boolean {
  if (isCapital(text, start)) return true
  // The first hyphen within the particle's reach, not the next one anywhere in the text.
  const reach = Math.min(start + JOINER_MAX, end - 2)
  for (let hyphen = start + 1; hyphen <= reach; hyphen++) {
    if (text.charCodeAt(hyphen) === 45) return isCapital(text, hyphen + 1)
  }
  return false
}

/** An apostrophe or a hyphen between two letters ("O'Neil", "Lund-Berg", "Trudeau's"). */
function isInnerMark(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  return (code === 39 || code === 0x2019 || code === 45) && i > 0 && i + 1 < text.length && isLetterOrDigit(text, i + 1)
}

/**
 * Whether the lower-case word [start, end) joins the run whose last word
 * starts at `lastWord`: a particle, or "of" after anything but a title
 * ("Minister of Finance Ana Reyes" is a title and a name, not one name).
 */
function joins(text: string, start: number, end: number, lastWord: number): boolean {
  const word = text.slice(start, end)
  if (!JOINERS.has(word)) return false
  return word !== 'of' || !PERSON_TITLES.has(text.slice(lastWord, start - 1).toLowerCase())
}

/** Whether a single space and then a capitalised word follow `at`. */
function capitalisedAfter(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 32) return false
  let end = at + 1
  while (end < text.length && isLetterOrDigit(text, end)) end++
  return end > at + 1 && isCapitalisedWord(text, at + 1, end)
}

/** The longest nickname in quotation marks inside a name, in code units. */
const NICKNAME_MAX = 20

/** Whether the character at `i` opens or closes a nickname: a straight or curly double quotation mark. */
function isQuote(text: string, i: number, curly: number): boolean {
  const code = text.charCodeAt(i)
  return code === 34 || code === curly
}

/**
 * Where a nickname in quotation marks after a name's word at `at` ends (past
 * its closing mark), when a space and a capitalised word follow it
 * ("Riefian “Ifan” Fajarsyah"); else -1. Reads at most `NICKNAME_MAX`
 * characters.
 */
function nicknameEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== 32 || !isQuote(text, at + 1, 0x201c) || !isCapital(text, at + 2)) return -1
  let i = at + 3
  const limit = Math.min(text.length, at + 2 + NICKNAME_MAX)
  while (i < limit && isLetterOrDigit(text, i)) i++
  if (i >= limit || !isQuote(text, i, 0x201d)) return -1
  return text.charCodeAt(i + 1) === 32 && isCapital(text, i + 2) ? i + 1 : -1
}

/** Whether the text before `at` (over spaces) ends a sentence, or nothing comes before. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--
  if (i < 0) return true
  const ch = text[i]
  return (
    ch === '.' ||
    ch === '!' ||
    ch === '?' ||
    ch === '\n' ||
    ch === '\r' ||
    ch === '"' ||
    ch === '“' ||
    ch === '”' ||
    ch === ':' ||
    ch === '—'
  )
}

/**
 * Find the runs of capitalised words of `text`: words joined by single
 * spaces, with lower-case particles and "of" inside a run ("Omar al Haddad",
 * "University of Regina") and the period of an initial or an abbreviated
 * title kept ("Donald J. Trump", "Dr. Allan Garland"). Linear in the length
 * of the text.
 */
export function findEntityMentions(text: string): EntityMention[] {
  const found: EntityMention[] = []
  const n = text.length
  let runStart = -1
  let runEnd = -1
  let words = 0
  let lastWord = -1
  const close = (): void => {
    if (runStart !== -1)
      found.push({
        start: runStart,
        end: runEnd,
        sentenceInitial: startsSentence(text, runStart)
      })
    runStart = -1
    words = 0
  }
  let i = 0
  while (i < n) {
    if (!isLetterOrDigit(text, i)) {
      i++
      continue
    }
    const start = i
    while (i < n && (isLetterOrDigit(text, i) || isInnerMark(text, i))) i++
    const end = i
    // A run goes on only over one space from its last word.
    const contiguous = runStart !== -1 && start === runEnd + 1 && text.charCodeAt(runEnd) === 32
    if (!contiguous) close()
    if (isCapitalisedWord(text, start, end)) {
      // "J." and "Dr." keep their period.
      if (
        end < n &&
        text.charCodeAt(end) === 46 &&
        (end - start === 1 || (end - start <= 6 && TITLE_ABBREVIATIONS.has(text.slice(start, end).toLowerCase())))
      )
        i++
      if (runStart === -1) runStart = start
      lastWord = start
      runEnd = i
      if (++words >= RUN_MAX) close()
      else {
        // "Riefian “Ifan” Fajarsyah": a nickname in quotation marks inside a name is part of the run.
        const nickname = nicknameEnd(text, runEnd)
        if (nickname !== -1) {
          runEnd = i = nickname
          words++
        }
      }
    } else if (
      contiguous &&
      end - start <= JOINER_MAX &&
      joins(text, start, end, lastWord) &&
      capitalisedAfter(text, end)
    ) {
      // A joiner belongs to the run only when a capitalised word follows it.
      runEnd = end
    } else {
      close()
    }
  }
  close()
  return found
}
