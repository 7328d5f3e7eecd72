/**
 * whosaid throughput benchmark.
 *
 *   npm run bench                  build, then measure everything (a few minutes)
 *   node bench/run.mjs --quick     fewer runs, 0.25 and 1 MB only (needs a built dist/)
 *   node bench/run.mjs --no-peer   leave out compromise, the slowest path
 *   node bench/run.mjs --json FILE also write the results as JSON
 *
 * Progress goes to stderr; the markdown report goes to stdout.
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {loadCorpus} from './corpus.mjs'
import {describeMachine} from './machine.mjs'
import {buildPaths} from './paths.mjs'
import {measureThroughput} from './throughput.mjs'
import {measureScaling} from './scale.mjs'
import {machineLine, scalingTable, throughputTable} from './report.mjs'

/**
 * Write a progress line to stderr.
 *
 * @param {string} line The line.
 */
function log(line) {
  process.stderr.write(`${line}\n`)
}

/**
 * Parse the flags, run both parts and print the report.
 */
async function main() {
  const {values} = parseArgs({
    options: {
      quick: {type: 'boolean', default: false},
      'no-peer': {type: 'boolean', default: false},
      'no-gc': {type: 'boolean', default: false},
      'per-article': {type: 'boolean', default: false},
      json: {type: 'string'},
      runs: {type: 'string'}
    }
  })
  const quick = values.quick
  const runs = values.runs ? Math.max(1, Number.parseInt(values.runs, 10) || 1) : quick ? 2 : 5
  const machine = describeMachine()
  const corpus = loadCorpus()
  log(machineLine(machine))
  log(`Corpus: ${corpus.path}, ${corpus.texts.length} articles, ${(corpus.bytes / 1e6).toFixed(2)} MB.`)

  log(`Per article (warm-up + ${runs} interleaved runs):`)
  const paths = await buildPaths({peer: !values['no-peer']})
  const collect = !values['no-gc']
  const throughput = await measureThroughput(paths, corpus, runs, log, {collect})

  let scaling = []
  if (!values['per-article']) {
    log('One string (a child process per size):')
    scaling = measureScaling(corpus.texts, quick, log)
  }

  const report = [
    '## Throughput',
    '',
    machineLine(machine),
    '',
    throughputTable(throughput, corpus, runs, collect),
    '',
    ...(scaling.length > 0 ? [scalingTable(scaling, throughput), ''] : [])
  ].join('\n')
  process.stdout.write(`\n${report}\n`)

  if (values.json) {
    const file = path.resolve(values.json)
    fs.mkdirSync(path.dirname(file), {recursive: true})
    const data = {
      machine,
      corpus: {path: corpus.path, articles: corpus.texts.length, bytes: corpus.bytes, chars: corpus.chars},
      settings: {quick, runs, peer: !values['no-peer'], collectBeforePass: collect, megabyte: '1e6 UTF-8 bytes'},
      throughput,
      scaling
    }
    fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n')
    log(`Wrote ${file}`)
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error && error.stack ? error.stack : error}\n`)
  process.exit(1)
})
