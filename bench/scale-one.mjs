/**
 * One size of the scaling series, in a process of its own so that the
 * memory high-water mark belongs to this input alone.
 *
 * Usage (run by scale.mjs; prints one JSON object on stdout):
 *   node --expose-gc bench/scale-one.mjs --input FILE [--mode extract|parse] [--runs N]
 *
 * Peak memory is `process.resourceUsage().maxRSS` after the first call minus
 * the resident set size measured just before it, after a warm-up on small
 * articles (4 MB in all) and a full garbage collection.
 */
import fs from 'node:fs'
import {parseArgs} from 'node:util'
import {performance} from 'node:perf_hooks'
import {getGc, median, mbPerSecond} from './stats.mjs'
import {loadCorpus, utf8Bytes} from './corpus.mjs'

/** The size of one warm-up call, in UTF-16 code units: small, so its memory peak is small. */
const warmUpChunk = 64_000

/** How much text the warm-up calls see in all, so the JIT has settled before timing. */
const warmUpTotal = 4_000_000

/**
 * Warm the JIT up with per-article calls on the corpus (4 MB in all) and a
 * few slices of the input, so the timed call is not charged for compilation
 * and the warm-up does not raise the memory high-water mark much.
 *
 * @param {(text: string) => number} run The measured function.
 * @param {string} text The input.
 * @param {() => void} gc Collects garbage after each call, so garbage does not pile up.
 */
function warmUp(run, text, gc) {
  // The same articles the per-article path runs on, one call each, so the JIT
  // has seen what that path sees; then slices of the input itself.
  let done = 0
  for (const article of loadCorpus().texts) {
    if (done >= warmUpTotal) break
    run(article)
    done += article.length
  }
  gc()
  let offset = 0
  for (let sliced = 0; sliced < warmUpChunk * 4; sliced += warmUpChunk) {
    if (offset >= text.length) offset = 0
    run(text.slice(offset, offset + warmUpChunk))
    offset += warmUpChunk
  }
  gc()
}

/**
 * Load the function to measure.
 *
 * @param {string} mode `extract` for extractAttributions, `parse` for retext-english alone.
 * @returns {Promise<(text: string) => number>} The function; it returns a count.
 */
async function loadRunner(mode) {
  if (mode === 'extract') {
    const {extractAttributions} = await import('../dist/index.js')
    return (text) => extractAttributions(text).attributions.length
  }
  if (mode === 'parse') {
    const {unified} = await import('unified')
    const {default: retextEnglish} = await import('retext-english')
    const parser = unified().use(retextEnglish).freeze()
    return (text) => parser.parse(text).children.length
  }
  throw new Error(`scale-one: unknown mode \`${mode}\` (expected extract or parse)`)
}

/**
 * Every timed unit here is what the per-article bench times: one full
 * collection, then about 4 MB of calls (a pass over the corpus articles, or
 * the input string called again as many times as make 4 MB; the 16 MB string
 * once). Short units are noisy after a forced collection (the same 0.25 MB
 * call takes 30 to 80 ms), long ones are not.
 */
const UNIT_CHARS = 4_000_000

/**
 * The same path's per-article rate in this process, timed as the main bench
 * times it (a collection, then one pass over the corpus articles; median of
 * 5), so that "vs per article" compares like with like: same process, same
 * heap, same JIT state, same timing.
 *
 * @param {(text: string) => number} run The measured function.
 * @param {() => void} gc Full garbage collection.
 * @returns {number} MB/s over the corpus articles, one call each.
 */
function perArticleRate(run, gc) {
  const {texts, bytes} = loadCorpus()
  const seconds = []
  for (let pass = 0; pass < 5; pass++) {
    gc()
    const start = performance.now()
    for (const article of texts) run(article)
    seconds.push((performance.now() - start) / 1000)
  }
  return mbPerSecond(bytes, median(seconds))
}

/** The high-water mark of the resident set size, in bytes. */
function maxRssBytes() {
  return process.resourceUsage().maxRSS * 1024
}

/**
 * Measure one input and print the result as JSON.
 */
async function main() {
  const {values} = parseArgs({
    options: {
      input: {type: 'string'},
      mode: {type: 'string', default: 'extract'},
      runs: {type: 'string', default: '1'}
    }
  })
  if (!values.input) throw new Error('scale-one: --input FILE is required')
  const runs = Math.max(1, Number.parseInt(values.runs, 10) || 1)
  const run = await loadRunner(values.mode)
  const gc = await getGc()

  let text = fs.readFileSync(values.input, 'utf8')
  const bytes = utf8Bytes(text)
  warmUp(run, text, gc)
  gc()
  gc()

  // The first call alone sets the memory figure; timing is per unit (see UNIT_CHARS).
  const repeats = Math.max(1, Math.round(UNIT_CHARS / text.length))
  const rssBefore = process.memoryUsage.rss()
  const maxBefore = maxRssBytes()
  const seconds = []
  let start = performance.now()
  const count = run(text)
  let first = performance.now() - start
  const maxAfter = maxRssBytes()
  start = performance.now()
  for (let again = 1; again < repeats; again++) run(text)
  first += performance.now() - start
  seconds.push(first / 1000 / repeats)
  for (let index = 1; index < runs; index++) {
    gc()
    start = performance.now()
    for (let again = 0; again < repeats; again++) run(text)
    seconds.push((performance.now() - start) / 1000 / repeats)
  }
  const middle = median(seconds)
  // After the string, so that its memory figure follows the warm-up directly as before.
  const articleRate = perArticleRate(run, gc)
  process.stdout.write(
    JSON.stringify({
      mode: values.mode,
      bytes,
      chars: text.length,
      repeats,
      count,
      seconds,
      medianSeconds: middle,
      mbPerSecond: mbPerSecond(bytes, middle),
      articleMbPerSecond: articleRate,
      rssBefore,
      maxRssBefore: maxBefore,
      maxRssAfter: maxAfter,
      peakBytes: maxAfter - rssBefore,
      // When the call did not raise the high-water mark, the figure is an upper bound.
      peakIsUpperBound: maxAfter <= maxBefore
    }) + '\n'
  )
  text = ''
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`)
  process.exit(1)
})
