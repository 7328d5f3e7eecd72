/**
 * Plain-text tables for the terminal.
 */

/**
 * Lay out rows as columns separated by two spaces. The first row is the
 * header and is underlined; the first column is left-aligned and the others
 * right-aligned.
 */
export function formatTable(rows: string[][]): string {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length)
    })
  }
  const line = (row: string[]): string =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd()
  const out = rows.length > 0 ? [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  ')] : []
  for (const row of rows.slice(1)) out.push(line(row))
  return out.join('\n')
}

/** Format a ratio in [0, 1] as a percentage with one decimal, without the sign. */
export function percent(value: number): string {
  return (value * 100).toFixed(1)
}
