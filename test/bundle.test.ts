/**
 * `whosaid/corpus` after a bundler has processed it: the bundle no longer
 * sits next to `dist/corpus-worker.js`. With the package installed beside
 * the bundle the workers are found there; without it, `jobs: 2` runs in the
 * calling thread with a warning instead of failing every record.
 */
import {execFile} from 'node:child_process'
import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('..', import.meta.url))

/** A small program that prints the first cue of each result, or its error. */
const APP = `
import {extractCorpus} from 'whosaid/corpus'
const records = [
  {id: 1, text: '"The lift is fixed," the caretaker said.'},
  {id: 2, text: 'The caretaker wrote that the stairs were closed.'}
]
async function main() {
  for await (const result of extractCorpus(records, {jobs: 2})) {
    console.log(result.id, result.error ?? result.attributions[0].cue.text)
  }
}
main()
`

/** Bundle APP in `format` into a new folder, optionally with whosaid installed beside it; run it. */
async function bundleAndRun(format: 'esm' | 'cjs', installed: boolean): Promise<{stdout: string; warned: boolean}> {
  const folder = mkdtempSync(join(tmpdir(), 'whosaid-bundle-'))
  writeFileSync(join(folder, 'app.mjs'), APP)
  const outfile = join(folder, 'out', format === 'esm' ? 'app.mjs' : 'app.cjs')
  await build({
    entryPoints: [join(folder, 'app.mjs')],
    outfile,
    bundle: true,
    platform: 'node',
    format,
    alias: {'whosaid/corpus': join(root, format === 'esm' ? 'dist/corpus.js' : 'dist/corpus.cjs')},
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'silent'
  })
  if (installed) {
    mkdirSync(join(folder, 'node_modules'))
    symlinkSync(root, join(folder, 'node_modules', 'whosaid'), 'dir')
  }
  const {stdout, stderr} = await run(process.execPath, [outfile], {cwd: folder, timeout: 60_000})
  return {stdout, warned: stderr.includes('WhosaidWarning: the corpus worker file')}
}

describe('whosaid/corpus bundled', () => {
  it.each([
    {format: 'esm' as const, installed: false, warned: true},
    {format: 'cjs' as const, installed: false, warned: true},
    {format: 'esm' as const, installed: true, warned: false},
    {format: 'cjs' as const, installed: true, warned: false}
  ])(
    '$format, whosaid installed beside it: $installed',
    async ({format, installed, warned}) => {
      expect(await bundleAndRun(format, installed)).toEqual({stdout: '1 said\n2 wrote\n', warned})
    },
    120_000
  )
})
