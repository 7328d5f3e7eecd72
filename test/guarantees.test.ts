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
const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')

/** The default of a `parseArgs` option in the stress script. */
function stressDefault(option: string): string | undefined {
  return new RegExp(`'${option}': \\{type: 'string', default: '([^']*)'\\}`).exec(stress)?.[1]
}

describe('the README guarantees are the bounds the stress script enforces', () => {
  it('time: at most 5× per megabyte, on every path', () => {
    expect(section).toContain('**At most 5× the time per megabyte, on every path.**')
    expect(section).toContain('`npm run stress`\n  runs all four paths.')
    expect(stressDefault('max-ratio')).toBe('5')
  })

  it('memory: at most 5× per megabyte, bounded on every path by default', () => {
    expect(section).toContain('**At most 5× the memory per megabyte, on every path.**')
    expect(stressDefault('max-memory-ratio')).toBe('5')
    expect(stress).toContain("'memory-paths': {type: 'string', default: PATHS.join(',')}")
    expect(section).toContain('(on `--memory-paths`, default all four)')
  })

  it('the plugin is timed and measured after its parse, which is shown apart', () => {
    expect(section).toContain("**The plugin's bound is on the plugin.**")
    expect(section).toContain('`parse ratio` column')
    // The child marks where the parse ends; the time and the memory counted start there.
    expect(stress).toMatch(/const tree = processor\.parse\(file\)\s+phase\?\.\(\)\s+await processor\.run\(tree, file\)/)
    expect(stress).toContain('const ms = performance.now() - t1')
    expect(stress).toContain('const memory = peakRss() - before - parseMemory')
  })

  it('.ci/run enforces both bounds on all four paths', () => {
    const runs = [...ci.matchAll(/^\s*node scripts\/stress\.mjs (.*)$/gm)].map((m) => m[1])
    const paths = runs.flatMap((args) => /--paths (\S+)/.exec(args)?.[1].split(',') ?? [])
    expect(paths.sort()).toEqual(['cli', 'corpus', 'extract', 'plugin'])
    for (const args of runs) {
      expect(args).toContain('--max-ratio 5')
      expect(args).not.toContain('--memory-paths')
    }
    expect(section).toContain('`.ci/run` runs\n  `extractAttributions` at 500 KB and the other three paths at 300 KB.')
    expect(runs.find((args) => /--paths extract(\s|$)/.test(args))).not.toContain('--size')
    expect(runs.find((args) => args.includes('plugin'))).toContain('--size 300000')
  })

  it('every path the README names is a stress path, and all run by default', () => {
    const paths = /const PATHS = \[([^\]]*)\]/
      .exec(stress)?.[1]
      .split(',')
      .map((p) => p.trim().replaceAll("'", ''))
    expect(paths).toEqual(['extract', 'plugin', 'cli', 'corpus'])
    expect(section).toContain('`--paths extract,plugin,cli,corpus`')
    expect(stress).toContain("paths: {type: 'string', default: PATHS.join(',')}")
  })

  it('the cue-dense shapes the README lists are hostile inputs that every path runs', () => {
    const core =
      /const CORE = \[([^\]]*)\]/
        .exec(stress)?.[1]
        .trim()
        .replace(/,$/, '')
        .split(/',\s*'/)
        .map((name) => name.replace(/^'|'$/g, '')) ?? []
    const names = HOSTILE.map((h) => h.name)
    for (const name of core) expect(names).toContain(name)
    for (const name of [
      'I say, no full stops',
      'cues between dashes',
      '(I said) asides',
      'percent said',
      'belief verbs that yield nothing',
      'cues before a run-on quote',
      'cues after a quote run back'
    ]) {
      expect(core).toContain(name)
    }
  })
})
