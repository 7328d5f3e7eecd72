/**
 * Sentence context around a cue, for reading misses and false alarms.
 */

/** Sentence-final punctuation. */
const FINAL = new Set(['.', '!', '?'])
/** Closing marks that may follow sentence-final punctuation. */
const CLOSING = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb'])

/** Tell whether `char` is whitespace. */
function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\u00a0'
}

/** Words whose period does not end a sentence (lowercased, without the last period). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'pres',
  'prof',
  'rev',
  'st',
  'jr',
  'sr',
  'vs',
  'no',
  'inc',
  'corp',
  'co',
  'ltd',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'ave',
  'mt',
  'ft'
])

/** Tell whether the period at `index` closes an abbreviation or an initial (`Mrs.`, `U.S.`, `J.`). */
function isAbbreviation(text: string, index: number): boolean {
  let start = index
  while (start > 0) {
    const char = text.charAt(start - 1)
    if (char === '.' || char.toLowerCase() !== char.toUpperCase()) start--
    else break
  }
  const word = text.slice(start, index).toLowerCase()
  return word.length === 1 || ABBREVIATIONS.has(word)
}

/** Tell whether a sentence ends at `index` (inclusive), allowing closing marks after the punctuation. */
function endsSentence(text: string, index: number): boolean {
  let i = index
  let closing = 0
  while (i >= 0 && CLOSING.has(text.charAt(i)) && closing < 2) {
    i--
    closing++
  }
  if (i < 0 || !FINAL.has(text.charAt(i))) return false
  return text.charAt(i) !== '.' || closing > 0 || !isAbbreviation(text, i)
}

/** Collapse every run of whitespace into one space. */
function collapse(text: string): string {
  let out = ''
  let space = false
  for (const char of text) {
    if (isSpace(char)) {
      space = true
      continue
    }
    if (space && out.length > 0) out += ' '
    space = false
    out += char
  }
  return out
}

/**
 * Return the sentence that holds the given pieces, at most `max` characters
 * on each side, with each piece in [brackets] and whitespace collapsed. A
 * sentence ends at a line break or at `.`, `!` or `?` (and closing quotation
 * marks) followed by whitespace, except after a common abbreviation or an
 * initial (`Mrs.`, `U.S.`, `J.`). Cut sides are marked with `…`.
 */
export function sentenceContext(
  text: string,
  pieces: ReadonlyArray<{start: number; end: number}>,
  max: number
): string {
  if (pieces.length === 0) return ''
  const first = pieces[0].start
  const last = pieces[pieces.length - 1].end
  let left = Math.max(0, first - max)
  let cutLeft = left > 0
  for (let i = first - 1; i >= left; i--) {
    const char = text.charAt(i)
    if (char === '\n' || (isSpace(char) && endsSentence(text, i - 1))) {
      left = i + 1
      cutLeft = false
      break
    }
  }
  let right = Math.min(text.length, last + max)
  let cutRight = right < text.length
  for (let i = last; i < right; i++) {
    const char = text.charAt(i)
    if (char === '\n' || (isSpace(char) && endsSentence(text, i - 1))) {
      right = i
      cutRight = false
      break
    }
  }
  let out = cutLeft ? '\u2026' : ''
  let at = left
  for (const piece of pieces) {
    out += text.slice(at, piece.start) + '[' + text.slice(piece.start, piece.end) + ']'
    at = piece.end
  }
  out += text.slice(at, right) + (cutRight ? '\u2026' : '')
  return collapse(out)
}

/** Return the text of the pieces, lowercased, whitespace collapsed, pieces joined with one space. */
export function cueText(text: string, pieces: ReadonlyArray<{start: number; end: number}>): string {
  return collapse(pieces.map((piece) => text.slice(piece.start, piece.end)).join(' ')).toLowerCase()
}
