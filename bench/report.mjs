/**
 * Markdown tables of the results, ready to paste into the README.
 */
import {fixed, times} from './stats.mjs'

/**
 * The machine line printed above the tables.
 *
 * @param {{cpu: string, cores: number, node: string, platform: string, commit: string | null}} machine
 * @returns {string}
 */
export function machineLine(machine) {
  const commit = machine.commit ? `, commit ${machine.commit}` : ''
  return `Machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, ${machine.platform}${commit}.`
}

/**
 * The per-article table.
 *
 * @param {Array<{label: string, mbPerSecond: number, medianSeconds: number, timeVsParse: number, count: number}>} results
 * @param {{texts: string[], bytes: number}} corpus
 * @param {number} runs Measured runs per path.
 * @param {boolean} [collect] Whether a full GC ran before each pass.
 * @returns {string}
 */
export function throughputTable(results, corpus, runs, collect = true) {
  const lines = [
    `Per article: ${corpus.texts.length} news articles, ${fixed(corpus.bytes / 1e6)} MB ` +
      `(MB = 1e6 UTF-8 bytes, Buffer.byteLength), one call per article, median of ${runs} interleaved runs after a warm-up` +
      (collect ? ', a full GC before each pass.' : ', no forced GC between passes (--no-gc).'),
    '',
    '| path | MB/s | s per pass | time vs parse alone | results |',
    '| --- | ---: | ---: | ---: | ---: |'
  ]
  for (const result of results) {
    lines.push(
      `| ${result.label} | ${fixed(result.mbPerSecond)} | ${fixed(result.medianSeconds)} | ` +
        `${times(result.timeVsParse)} | ${result.count} |`
    )
  }
  lines.push(
    '',
    '`results` counts attributions for extractAttributions and the plugin, top-level nodes for ' +
      'the parse and sentences for compromise; it only shows the work was done.'
  )
  return lines.join('\n')
}

/**
 * The scaling table.
 *
 * @param {Array<object>} results One per case, from measureScaling.
 * @param {Array<{name: string, mbPerSecond: number}>} perArticle The per-article results.
 * @returns {string}
 */
export function scalingTable(results, perArticle) {
  const reference = new Map(perArticle.map((result) => [result.name, result.mbPerSecond]))
  const lines = [
    'One string: each row is one call on one string, in a child process of its own; ' +
      'peak = maxRSS after the first call minus RSS just before it. ' +
      '"vs per article" divides by the same path\'s per-article MB/s measured in that child the same way (a full GC, then about 4 MB of calls), so both figures share one process and one timing method.',
    '',
    '| input | size MB | runs | MB/s | vs per article | peak MB | peak / input |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const result of results) {
    const size = fixed(result.bytes / 1e6)
    if (result.error) {
      lines.push(`| ${result.label} | ${size} | ${result.runs} | failed | | | |`)
      continue
    }
    const base = result.articleMbPerSecond ?? reference.get(result.mode === 'parse' ? 'parse' : 'extract')
    const bound = result.peakIsUpperBound ? ' (≤)' : ''
    lines.push(
      `| ${result.label} | ${size} | ${result.runs} | ${fixed(result.mbPerSecond)} | ` +
        `${times(result.mbPerSecond / base)} | ${fixed(result.peakBytes / 1e6, 0)}${bound} | ` +
        `${times(result.peakBytes / result.bytes)} |`
    )
  }
  if (results.some((result) => result.peakIsUpperBound)) {
    lines.push('', "(≤): the call did not raise the process's high-water mark, so the peak is an upper bound.")
  }
  return lines.join('\n')
}
