/**
 * Stage 1b: decide cheaply whether a chunk can hold an attribution at all,
 * so that chunks which cannot are never parsed. Every rule starts at a
 * trigger word (a reporting-verb form, "according", a noun cue …), a
 * quotation mark, a colon or a dash; a chunk with none of these is skipped.
 * One pass over the characters; words are looked up in a set.
 */
import type {Lexicon} from '../lexicon/index.js'
import {BACKTICK, DASHES, DOUBLE_CLOSING, DOUBLE_OPENING, EITHER_SIDE, markTable} from '../lexicon/marks.js'

/**
 * Characters that start a rule by themselves: quotation marks, colon, dashes.
 * Two single marks are left out: ’ is the apostrophe of every other word,
 * and a quote that ‚ opens closes with a mark of this set.
 */
const MARKS = markTable(DOUBLE_OPENING, DOUBLE_CLOSING, EITHER_SIDE, '‘', ':', DASHES, BACKTICK)

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
}

/** Whether `text.slice(start, end)` holds a trigger word or mark. */
export function mayHoldAttribution(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  const triggers = lexicon.triggerSet
  let wordStart = -1
  let apostrophe = false
  let upper = false
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 32
    if (isLetter(code)) {
      if (wordStart === -1) wordStart = i
      if (code <= 90) upper = true
      continue
    }
    // An apostrophe inside a word ("didn't", "didn’t") belongs to it.
    if ((code === 0x27 || code === 0x2019) && wordStart !== -1 && i + 1 < end && isLetter(text.charCodeAt(i + 1))) {
      apostrophe = true
      continue
    }
    if (wordStart !== -1) {
      const length = i - wordStart
      if (length > 1 && length < 24) {
        // Words are ASCII letters and apostrophes: only upper-case letters need lowering.
        let word = text.slice(wordStart, i)
        if (upper) word = word.toLowerCase()
        if (apostrophe) word = word.replaceAll('’', "'")
        if (triggers.has(word)) return true
      }
      wordStart = -1
      apostrophe = false
      upper = false
    }
    if (code < MARKS.length && MARKS[code] === 1) return true
  }
  return false
}
