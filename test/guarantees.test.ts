/**
 * The README's guarantee section states the bounds that `npm run stress`
 * enforces: the same factors, on the same paths, over inputs that exist.
 * (The bounds themselves are timed there, in processes of their own; unit
 * tests carry no timing thresholds.)
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {HOSTILE} from '../scripts/news-generator.mjs'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const section = readme.slice(readme.indexOf('## What whosaid guarantees'), readme.indexOf('## Known limits'))
const stress = readFileSync(new URL('../scripts/stress.mjs', import.meta.url), 'utf8')

/** The default of a `parseArgs` option in the stress script. */
function stressDefault(option: string): string | undefined {
  return new RegExp(`'${option}': \\{type: 'string', default: '([^']*)'\\}`).exec(stress)?.[1]
}

describe('the README guarantees are the bounds the stress script enforces', () => {
  it('time: at most 5× per megabyte', () => {
    expect(section).toContain('**At most 5× the time per megabyte.**')
    expect(section).toContain('`npm run stress` runs all\n  four paths')
    expect(stressDefault('max-ratio')).toBe('5')
  })

  it('memory: at most 5× per megabyte, bounded on the in-process paths', () => {
    expect(section).toContain('**At most 5× the memory per megabyte, in process.**')
    expect(section).toMatch(/call\s+of `extractAttributions` or the retext plugin adds/)
    expect(stressDefault('max-memory-ratio')).toBe('5')
    expect(stressDefault('memory-paths')).toBe('extract,plugin')
    expect(section).toContain('(on `--memory-paths`, default `extract,plugin`; the others are shown)')
  })

  it('every path the README names is a stress path, and all run by default', () => {
    const paths = /const PATHS = \[([^\]]*)\]/.exec(stress)?.[1].split(',').map((p) => p.trim().replaceAll("'", ''))
    expect(paths).toEqual(['extract', 'plugin', 'cli', 'corpus'])
    expect(section).toContain('`--paths extract,plugin,cli,corpus`')
    expect(stress).toContain("paths: {type: 'string', default: PATHS.join(',')}")
  })

  it('the cue-dense shapes the README lists are hostile inputs that every path runs', () => {
    const core = /const CORE = \[([^\]]*)\]/.exec(stress)?.[1].split(/',\s*'/).map((name) => name.replace(/^'|'$/g, '')) ?? []
    const names = HOSTILE.map((h) => h.name)
    for (const name of core) expect(names).toContain(name)
    for (const name of ['I say, no full stops', 'cues between dashes', '(I said) asides', 'percent said', 'belief verbs that yield nothing', 'cues before a run-on quote', 'cues after a quote run back']) {
      expect(core).toContain(name)
    }
  })
})
