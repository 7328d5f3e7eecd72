/**
 * Quotation marks and dashes: the one place that says which characters they
 * are. The quote stage pairs them, the span readers stop at them, the result
 * stage reads the mode from them, and the prefilter looks for them.
 */

/** Double quotation marks that open a quote: “ « „ ‟. */
export const DOUBLE_OPENING: ReadonlySet<string> = new Set(['“', '«', '„', '‟'])
/** Double quotation marks that close a quote: ” ». */
export const DOUBLE_CLOSING: ReadonlySet<string> = new Set(['”', '»'])
/** Single quotation marks that open a quote: ‘ ‚. */
export const SINGLE_OPENING: ReadonlySet<string> = new Set(['‘', '‚'])
/** Single quotation marks that close a quote (and apostrophes): ’. */
export const SINGLE_CLOSING: ReadonlySet<string> = new Set(['’'])
/** Marks that open or close, by their place: the straight quotes and the double prime. */
export const EITHER_SIDE: ReadonlySet<string> = new Set(['"', "'", '″'])
/** Apostrophes, which also end a plural possessive ("the dockworkers' union"). */
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’'])

/** Marks that can open a quote: the opening marks and those of either side. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set([...DOUBLE_OPENING, ...SINGLE_OPENING, ...EITHER_SIDE])
/** Marks that can close a quote: the closing marks and those of either side. */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set([...DOUBLE_CLOSING, ...SINGLE_CLOSING, ...EITHER_SIDE])
/** Every quotation mark. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set([...OPENING_QUOTES, ...CLOSING_QUOTES])

/** The backtick: two of them stand for “ in some plain-text sources. */
export const BACKTICK = '`'

/** Dashes that may open a signature ("— Name") or set off a phrase. */
export const DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '--'])

/** The character codes of a set of one-character marks (longer members are left out). */
function markCodes(...sets: ReadonlyArray<ReadonlySet<string> | string>): ReadonlySet<number> {
  const codes = new Set<number>()
  for (const set of sets) {
    for (const mark of typeof set === 'string' ? [set] : set) if (mark.length === 1) codes.add(mark.charCodeAt(0))
  }
  return codes
}

/**
 * A lookup table over character codes for a set of one-character marks:
 * `table[code] === 1` for a mark (codes past the table's end are no mark).
 * Faster than a set where every character of a text is asked.
 */
export function markTable(...sets: ReadonlyArray<ReadonlySet<string> | string>): Uint8Array {
  const codes = markCodes(...sets)
  const table = new Uint8Array(Math.max(0, ...codes) + 1)
  for (const code of codes) table[code] = 1
  return table
}
