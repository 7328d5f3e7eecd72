/** Line and column of offsets in a text, for unist positions. */

/** A unist point: line and column from 1, offset from 0. */
export interface LinePoint {
  line: number
  column: number
  offset: number
}

/** Offsets where each line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** The point of `offset`, given the line starts of its text (binary search). */
export function pointAt(lines: readonly number[], offset: number): LinePoint {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (lines[mid] <= offset) low = mid
    else high = mid - 1
  }
  return {line: low + 1, column: offset - lines[low] + 1, offset}
}
