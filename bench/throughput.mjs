/**
 * Per-article throughput: every path runs over the whole corpus, one call
 * per article, and the paths take turns (A, B, C, A, B, C, …) so slow drift
 * of the machine touches them all alike.
 */
import {performance} from 'node:perf_hooks'
import {getGc, median, mbPerSecond} from './stats.mjs'

/**
 * Time one pass of a path over all texts.
 *
 * @param {(text: string) => number} run The path.
 * @param {string[]} texts The articles.
 * @returns {{seconds: number, count: number}} Wall time and the summed result counts.
 */
function timePass(run, texts) {
  let count = 0
  const start = performance.now()
  for (const text of texts) count += run(text)
  return {seconds: (performance.now() - start) / 1000, count}
}

/**
 * Measure every path: one warm-up round, then `runs` measured rounds.
 *
 * @param {Array<{name: string, label: string, run: (text: string) => number}>} paths
 * @param {{texts: string[], bytes: number}} corpus
 * @param {number} runs Measured rounds (the warm-up round comes on top).
 * @param {(line: string) => void} log Progress output.
 * @param {{collect?: boolean}} [options] `collect`: a full GC before each pass (default true).
 * @returns {Promise<Array<{name: string, label: string, seconds: number[], medianSeconds: number, mbPerSecond: number, count: number, timeVsParse: number}>>}
 */
export async function measureThroughput(paths, corpus, runs, log, {collect = true} = {}) {
  const gc = await getGc()
  const seconds = new Map(paths.map((path) => [path.name, []]))
  const counts = new Map()
  for (let round = 0; round <= runs; round++) {
    const parts = []
    for (const path of paths) {
      if (collect) gc()
      const pass = timePass(path.run, corpus.texts)
      counts.set(path.name, pass.count)
      if (round > 0) seconds.get(path.name).push(pass.seconds)
      parts.push(`${path.name} ${pass.seconds.toFixed(2)} s`)
    }
    log(`  ${round === 0 ? 'warm-up' : `run ${round}/${runs}`}: ${parts.join(', ')}`)
  }
  const results = paths.map((path) => {
    const list = seconds.get(path.name)
    const middle = median(list)
    return {
      name: path.name,
      label: path.label,
      seconds: list,
      medianSeconds: middle,
      mbPerSecond: mbPerSecond(corpus.bytes, middle),
      count: counts.get(path.name)
    }
  })
  const parse = results.find((result) => result.name === 'parse')
  for (const result of results) result.timeVsParse = result.medianSeconds / parse.medianSeconds
  return results
}
