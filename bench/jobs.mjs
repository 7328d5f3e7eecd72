/**
 * Worker scaling of the corpus API: the corpus articles through
 * `extractCorpus` with `jobs` 1, 2, … and the default, each run in a child
 * process of its own (so no run inherits another's optimised code), the
 * job counts taking turns round by round.
 *
 *   node bench/jobs.mjs [--runs N] [--max J]
 *
 * Prints, per job count, the median wall time, the CPU time of the whole
 * process (every thread), the start-up of the pool (first result) and the
 * speed-up over jobs 1. dist/ must be built. Default: 3 runs, jobs up to
 * the number of processors (at least 2).
 */
import {execFileSync} from 'node:child_process'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {loadCorpus} from './corpus.mjs'

const here = fileURLToPath(import.meta.url)
const {values} = parseArgs({
  options: {runs: {type: 'string', default: '3'}, max: {type: 'string'}, child: {type: 'string'}}
})

if (values.child !== undefined) {
  // One measured run: jobs = values.child ('default' leaves the option out).
  const {extractCorpus} = await import('../dist/corpus.js')
  const {texts, bytes} = loadCorpus()
  const options = values.child === 'default' ? {} : {jobs: Number(values.child)}
  const cpu = process.cpuUsage()
  const start = performance.now()
  let first = 0
  let count = 0
  for await (const result of extractCorpus(
    texts.map((text, id) => ({id, text})),
    options
  )) {
    if (count++ === 0) first = performance.now() - start
    if ('error' in result) throw new Error(result.error)
  }
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  console.log(JSON.stringify({wall, cpu: (used.user + used.system) / 1000, first, bytes}))
} else {
  const runs = Number(values.runs)
  const max = Number(values.max ?? Math.max(2, availableParallelism()))
  const counts = [...Array.from({length: max}, (_, i) => String(i + 1)), 'default']
  const samples = new Map(counts.map((jobs) => [jobs, []]))
  for (let round = 0; round < runs; round++) {
    for (const jobs of counts) {
      const line = execFileSync(process.execPath, [here, '--child', jobs], {encoding: 'utf8'})
      samples.get(jobs).push(JSON.parse(line))
      process.stderr.write(`round ${round + 1}/${runs}, jobs ${jobs}\n`)
    }
  }
  const median = (xs) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]
  const base = median(samples.get('1').map((s) => s.wall))
  console.log(`${availableParallelism()} processors, median of ${runs} runs\n`)
  console.log('| jobs | wall s | CPU s | first result ms | MB/s | speed-up |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
  for (const jobs of counts) {
    const runsOf = samples.get(jobs)
    const wall = median(runsOf.map((s) => s.wall))
    const row = [
      jobs,
      (wall / 1000).toFixed(2),
      (median(runsOf.map((s) => s.cpu)) / 1000).toFixed(2),
      median(runsOf.map((s) => s.first)).toFixed(0),
      (runsOf[0].bytes / 1e6 / (wall / 1000)).toFixed(2),
      `${(base / wall).toFixed(2)}×`
    ]
    console.log(`| ${row.join(' | ')} |`)
  }
}
