/** Types for scripts/rules-table.mjs (the README's table of rules). */

/** The README marker before the table. */
export const START: string
/** The README marker after the table. */
export const END: string

/** The Markdown table for these rules. */
export function renderRulesTable(
  rules: ReadonlyArray<{
    id: string
    family: string
    trigger: string
    pattern: string
    priors: Readonly<Record<string, number>>
  }>
): string

/** The table as the README holds it now, or `null` without the markers. */
export function readmeTable(readme: string): string | null
