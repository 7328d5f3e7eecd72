/**
 * The words of a mention or entity phrase, with their offsets in it: one
 * pass over ASCII text without a regular expression, a Unicode pattern
 * otherwise.
 */

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.\-&]*/gu

/** A word of a mention: as written, lower case (straight apostrophes), capitalised, and where it starts. */
export interface MentionWord {
  w: string
  lower: string
  cap: boolean
  /** Offset of the word in the phrase it was read from. */
  at: number
}

/** The words of a mention (runs matching `WORD_RE`). */
export function words(text: string): MentionWord[] {
  return isAscii(text) ? asciiWords(text) : unicodeWords(text)
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false
  return true
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/**
 * `WORD_RE` on ASCII text, without the regex: a word starts at a letter or
 * digit and runs on over letters, digits and ' . - &.
 */
function asciiWords(text: string): MentionWord[] {
  const result: MentionWord[] = []
  let i = 0
  while (i < text.length) {
    if (!isAsciiLetterOrDigit(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    i++
    while (i < text.length) {
      const code = text.charCodeAt(i)
      if (!isAsciiLetterOrDigit(code) && code !== 39 && code !== 46 && code !== 45 && code !== 38) break
      i++
    }
    const w = text.slice(start, i)
    const c = w.charCodeAt(0)
    result.push({
      w,
      lower: w.toLowerCase(),
      cap: c >= 65 && c <= 90,
      at: start
    })
  }
  return result
}

function unicodeWords(text: string): MentionWord[] {
  const result: MentionWord[] = []
  WORD_RE.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = WORD_RE.exec(text)) !== null) {
    const w = match[0]
    const c = w.charCodeAt(0)
    const lower = w.toLowerCase()
    result.push({
      w,
      lower: lower.indexOf('’') === -1 ? lower : lower.replaceAll('’', "'"),
      cap: (c >= 65 && c <= 90) || (c > 127 && lower !== w && lower[0] !== w[0]),
      at: match.index
    })
  }
  return result
}

/** A word without its possessive ending ("Berg's" → "Berg", "nurses'" → "nurses"). */
export function stripPossessive(w: string): string {
  return w.endsWith("'s") ? w.slice(0, -2) : w.endsWith("'") ? w.slice(0, -1) : w
}
