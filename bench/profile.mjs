/**
 * Run extractAttributions over the corpus a few times, for a CPU profile.
 *
 * Build first, then profile, then list the hottest functions:
 *
 *   npx tsup
 *   node --cpu-prof --cpu-prof-dir=bench/out bench/profile.mjs [--runs 3]
 *   node bench/top.mjs            (newest profile in bench/out)
 *   node bench/top.mjs bench/out/CPU.….cpuprofile
 *
 * dist/ is built without minification, so function names in the profile are
 * the source names; lines point into dist/index.js.
 */
import {parseArgs} from 'node:util'
import {performance} from 'node:perf_hooks'
import {loadCorpus} from './corpus.mjs'

const {values} = parseArgs({options: {runs: {type: 'string', default: '3'}}})
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 1)
const {extractAttributions} = await import('../dist/index.js')
const corpus = loadCorpus()

for (let run = 1; run <= runs; run++) {
  let count = 0
  const start = performance.now()
  for (const text of corpus.texts) count += extractAttributions(text).attributions.length
  const seconds = (performance.now() - start) / 1000
  process.stderr.write(
    `run ${run}/${runs}: ${seconds.toFixed(2)} s, ` +
      `${(corpus.bytes / 1e6 / seconds).toFixed(2)} MB/s, ${count} attributions\n`
  )
}
