#!/usr/bin/env node
/**
 * The README's table of rules, generated from the rule registry
 * (src/rules/registry.ts), so that the two cannot drift apart.
 *
 *   node scripts/rules-table.mjs           print the table
 *   node scripts/rules-table.mjs --write   rewrite it in README.md
 *   node scripts/rules-table.mjs --check   exit 1 when README.md differs
 *
 * The table sits between the markers `<!-- rules:start -->` and
 * `<!-- rules:end -->`. The commands read the built registry (dist/); the
 * test suite compares the README with the source's registry.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export const START = '<!-- rules:start -->'
export const END = '<!-- rules:end -->'

/**
 * The Markdown table for these rules: name, family, trigger, the shapes read,
 * and the prior confidence (with each variant's).
 *
 * @param {ReadonlyArray<{id: string, family: string, trigger: string, pattern: string, priors: Record<string, number>}>} rules
 * @returns {string}
 */
export function renderRulesTable(rules) {
  const rows = ['| rule | family | trigger | pattern | prior |', '| --- | --- | --- | --- | --- |']
  for (const rule of rules) {
    const priors = Object.entries(rule.priors)
      .map(([variant, value]) => (variant === 'default' ? String(value) : `${value} (${variant})`))
      .join(', ')
    rows.push(`| \`${rule.id}\` | ${rule.family} | ${rule.trigger} | ${rule.pattern} | ${priors} |`)
  }
  return rows.join('\n')
}

/**
 * The table as the README holds it now, or `null` without the markers.
 *
 * @param {string} readme
 * @returns {string | null}
 */
export function readmeTable(readme) {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start === -1 || end < start) return null
  return readme.slice(start + START.length, end).trim()
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {RULES} = await import('../dist/index.js')
  const table = renderRulesTable(RULES)
  const path = new URL('../README.md', import.meta.url)
  const readme = readFileSync(path, 'utf8')
  const mode = process.argv[2]
  if (mode === '--write' || mode === '--check') {
    const current = readmeTable(readme)
    if (current === null) {
      console.error(`rules-table: README.md has no ${START} … ${END} markers`)
      process.exit(2)
    }
    if (mode === '--check') {
      if (current !== table) {
        console.error('rules-table: README.md differs from the registry; run node scripts/rules-table.mjs --write')
        process.exit(1)
      }
    } else {
      const start = readme.indexOf(START) + START.length
      writeFileSync(path, `${readme.slice(0, start)}\n${table}\n${readme.slice(readme.indexOf(END))}`)
    }
  } else {
    console.log(table)
  }
}
