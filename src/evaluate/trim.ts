/**
 * Trimming of span boundaries before exact matching.
 */

/**
 * Characters that do not count at the edges of a span: whitespace, quotation
 * marks of every kind, commas, periods (and the ellipsis), colons, semicolons
 * and dashes.
 */
const TRIMMED = new Set([
  ' ',
  '\t',
  '\n',
  '\r',
  '\f',
  '\v',
  '\u00a0',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u200b',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '"',
  "'",
  '`',
  '\u201c',
  '\u201d',
  '\u2018',
  '\u2019',
  '\u201e',
  '\u201a',
  '\u201f',
  '\u201b',
  '\u00ab',
  '\u00bb',
  '\u2039',
  '\u203a',
  '\u2032',
  '\u2033',
  '\u300c',
  '\u300d',
  ',',
  '.',
  '\u2026',
  ':',
  ';',
  '-',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2212'
])

/**
 * Return `[start, end)` of `text` without the whitespace, quotation marks and
 * punctuation listed above at either edge. A span made only of such
 * characters is returned unchanged, so that it keeps its place.
 */
export function trimBoundaries(text: string, start: number, end: number): [number, number] {
  let s = start
  let e = end
  while (s < e && TRIMMED.has(text.charAt(s))) s++
  while (e > s && TRIMMED.has(text.charAt(e - 1))) e--
  return s === e ? [start, end] : [s, e]
}

/**
 * The end `trimBoundaries(text, start, end)` returns, computed without
 * building the pair (the boundary re-ranker asks this of every candidate).
 */
export function trimmedEnd(text: string, start: number, end: number): number {
  let s = start
  while (s < end && TRIMMED.has(text.charAt(s))) s++
  let e = end
  while (e > s && TRIMMED.has(text.charAt(e - 1))) e--
  return s === e ? end : e
}

/** The start `trimBoundaries(text, start, end)` returns, without building the pair. */
export function trimmedStart(text: string, start: number, end: number): number {
  let s = start
  while (s < end && TRIMMED.has(text.charAt(s))) s++
  return s === end ? start : s
}
