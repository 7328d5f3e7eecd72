/** Lay out rows as aligned columns for the terminal. */

/**
 * Lay out `rows` (the first is the header) as columns separated by two
 * spaces, with a line of dashes under the header. Columns whose index is in
 * `right` are right-aligned, the others left-aligned; trailing spaces are
 * removed. Each line starts with `indent`.
 */
export function formatColumns(
  rows: ReadonlyArray<readonly string[]>,
  right: ReadonlySet<number>,
  indent = ''
): string[] {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)))
  const line = (row: readonly string[]) =>
    indent +
    row
      .map((cell, i) => (right.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  if (rows.length === 0) return []
  return [line(rows[0]), indent + widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)]
}
