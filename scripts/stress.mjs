#!/usr/bin/env node
/**
 * Time whosaid (from dist/) on hostile inputs of about 500 KB (some at
 * 1 MB) on every path (`extractAttributions`, the retext plugin, the `whosaid`
 * command, `extractCorpus` on a worker thread), and compare the cost and the
 * memory per million characters with ordinary article text on the same path
 * (the PolNeAR train articles, read at run time from
 * ../shared/eval/polnear/train.jsonl and joined to about the same size).
 *
 *   node scripts/stress.mjs [--max-ratio R] [--max-memory-ratio M] [--size N] [--timeout-ms MS]
 *                           [--runs K] [--only SUBSTRING] [--paths extract,plugin,cli,corpus] [--every-input]
 *                           [--memory-paths extract,plugin,cli,corpus] [--corpus FILE]
 *
 * `extractAttributions` runs every hostile input; the other paths run the
 * cue-dense shapes and a few storms (`CORE`), or all with --every-input.
 * Each input runs in its own child process (best of --runs calls) with a
 * hard timeout, so a hang or a blow-up shows up as a failure, not a stuck
 * run. Memory is the child's peak resident set growth during the calls
 * (for the command, its whole process less a run on the empty string; its
 * time likewise leaves out the empty run's, which is the process starting).
 *
 * The plugin path times and measures the plugin alone: the tree is parsed by
 * retext-english first, and that parse (the user's choice, not ours) is shown
 * in the `parse ratio` column but not bounded. retext-english's parse grows
 * faster than its input on some shapes (parse-latin splits a sentence at each
 * blank line by copying the rest of it), which no plugin can change.
 *
 * Exit code 1 when any time ratio exceeds --max-ratio (default 5), a memory
 * ratio on one of --memory-paths (default all four) exceeds
 * --max-memory-ratio (default 5), or an input times out or crashes.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {fileURLToPath} from 'node:url'
import {dirname, join, resolve} from 'node:path'
import {parseArgs} from 'node:util'

const here = fileURLToPath(import.meta.url)
const root = resolve(dirname(here), '..')
const MB = 1_000_000
const PATHS = ['extract', 'plugin', 'cli', 'corpus']
/** The inputs the other paths run (all of them with --every-input): the cue-dense shapes and a few storms. */
const CORE = [
  'I say, no full stops',
  'cues between dashes',
  '(I said) asides',
  'percent said',
  'belief verbs that yield nothing',
  'cues before a run-on quote',
  'cues after a quote run back',
  'said said said',
  'all quotation marks',
  'one paragraph of sentences'
]

const {values} = parseArgs({
  options: {
    'max-ratio': {type: 'string', default: '5'},
    'max-memory-ratio': {type: 'string', default: '5'},
    'memory-paths': {type: 'string', default: PATHS.join(',')},
    size: {type: 'string', default: '500000'},
    'timeout-ms': {type: 'string', default: '60000'},
    runs: {type: 'string', default: '3'},
    only: {type: 'string'},
    paths: {type: 'string', default: PATHS.join(',')},
    corpus: {type: 'string', default: resolve(root, '../shared/eval/polnear/train.jsonl')},
    'every-input': {type: 'boolean', default: false},
    child: {type: 'string'},
    path: {type: 'string', default: 'extract'}
  }
})

/** Ordinary article text: whole articles joined by blank lines up to `size` characters. */
function ordinaryText(file, size) {
  const texts = []
  let length = 0
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const text = JSON.parse(line).text
    if (typeof text !== 'string' || !text) continue
    texts.push(text)
    length += text.length + 2
    if (length >= size) break
  }
  return texts.join('\n\n')
}

async function buildInput(name, size) {
  if (name === 'ordinary article text') return ordinaryText(values.corpus, size)
  const {HOSTILE} = await import('./news-generator.mjs')
  const entry = HOSTILE.find((h) => h.name === name)
  if (!entry) throw new Error(`no hostile input named ${name}`)
  return entry.build(size)
}

/** Peak resident set size of this process so far, in bytes. */
function peakRss() {
  return process.resourceUsage().maxRSS * 1024
}

/** One call on the path: resolves to the number of attributions. */
async function caller(path) {
  if (path === 'extract') {
    const {extractAttributions} = await import('../dist/index.js')
    return (text) => extractAttributions(text).attributions.length
  }
  if (path === 'plugin') {
    const [{unified}, {default: retextEnglish}, {VFile}, {retextAttribution}] = await Promise.all([
      import('unified'),
      import('retext-english'),
      import('vfile'),
      import('../dist/index.js')
    ])
    const processor = unified().use(retextEnglish).use(retextAttribution)
    // The parse is the user's (retext-english), so it is timed apart: `phase` marks where the plugin starts.
    return async (text, phase) => {
      const file = new VFile(text)
      const tree = processor.parse(file)
      phase?.()
      await processor.run(tree, file)
      return file.data.attributions.length
    }
  }
  if (path === 'corpus') {
    const {extractCorpus} = await import('../dist/corpus.js')
    return async (text) => {
      for await (const result of extractCorpus([{id: 1, text}], {jobs: 2})) {
        if ('error' in result) throw new Error(result.error)
        return result.attributions.length
      }
    }
  }
  throw new Error(`no path named ${path}`)
}

async function child() {
  const name = values.child
  const size = Number(values.size)
  const runs = Number(values.runs)
  const call = await caller(values.path)
  const text = await buildInput(name, size)
  await call('')
  const before = peakRss()
  let best = Infinity
  let bestParse = 0
  let attributions = 0
  // On the plugin path, what the parse before the plugin took (time, and growth of the peak).
  let parseMemory = 0
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    let t1 = t0
    const peakBefore = peakRss()
    attributions = await call(text, () => {
      t1 = performance.now()
      parseMemory = Math.max(parseMemory, peakRss() - peakBefore)
    })
    const ms = performance.now() - t1
    if (ms < best) {
      best = ms
      bestParse = t1 - t0
    }
  }
  const memory = peakRss() - before - parseMemory
  process.stdout.write(JSON.stringify({ms: best, parseMs: bestParse, length: text.length, attributions, memory}) + '\n')
}

/** Report the peak resident set size of the command's process when it exits. */
const RSS_HOOK =
  'data:text/javascript,' +
  encodeURIComponent(
    "process.on('exit', () => process.stderr.write('stress-peak-rss ' + process.resourceUsage().maxRSS * 1024 + '\\n'))"
  )

/** Run the `whosaid` command on `text` (best of --runs), output discarded. */
function runCommand(text, timeout) {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-stress-'))
  try {
    const file = join(dir, 'input.txt')
    const run = (input) => {
      writeFileSync(file, input)
      const t0 = performance.now()
      const result = spawnSync(
        process.execPath,
        ['--import', RSS_HOOK, resolve(root, 'dist/cli.js'), '-f', 'ndjson', '-q', file],
        {encoding: 'utf8', timeout, killSignal: 'SIGKILL', stdio: ['ignore', 'ignore', 'pipe']}
      )
      const ms = performance.now() - t0
      if (result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGKILL') return {status: 'TIMEOUT', wall: ms}
      const peak = Number(/stress-peak-rss (\d+)/.exec(result.stderr ?? '')?.[1] ?? NaN)
      if (result.status !== 0)
        return {
          status: 'CRASH',
          wall: ms,
          message: (result.stderr || `exit ${result.status}`).trim().split('\n')[0].slice(0, 160)
        }
      return {status: 'ok', ms, peak}
    }
    const empty = run('')
    if (empty.status !== 'ok') return {...empty, wall: empty.wall}
    let best = null
    for (let r = 0; r < Number(values.runs); r++) {
      const result = run(text)
      if (result.status !== 'ok') return result
      if (!best || result.ms < best.ms) best = result
    }
    return {
      status: 'ok',
      wall: best.ms,
      ms: best.ms - empty.ms,
      parseMs: 0,
      length: text.length,
      attributions: '-',
      memory: best.peak - empty.peak
    }
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

async function runChild(name, size, path) {
  const timeout = Number(values['timeout-ms'])
  if (path === 'cli') return runCommand(await buildInput(name, size), timeout)
  const args = [
    here,
    '--child',
    name,
    '--path',
    path,
    '--size',
    String(size),
    '--runs',
    values.runs,
    '--corpus',
    values.corpus
  ]
  const t0 = Date.now()
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    timeout,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 20
  })
  const wall = Date.now() - t0
  if (result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGKILL') return {status: 'TIMEOUT', wall}
  if (result.status !== 0) {
    const lines = (result.stderr || '').trim().split('\n')
    const message =
      lines.find((l) => /Error|heap|RangeError/.test(l)) ?? lines[lines.length - 1] ?? `exit ${result.status}`
    return {status: 'CRASH', wall, message: message.slice(0, 160)}
  }
  return {status: 'ok', wall, ...JSON.parse(result.stdout.trim().split('\n').pop())}
}

async function main() {
  const maxRatio = Number(values['max-ratio'])
  const maxMemory = Number(values['max-memory-ratio'])
  const size = Number(values.size)
  const paths = values.paths.split(',').filter(Boolean)
  const memoryPaths = values['memory-paths'].split(',').filter(Boolean)
  for (const path of paths)
    if (!PATHS.includes(path)) throw new Error(`--paths: no path named ${path} (${PATHS.join(', ')})`)
  const {HOSTILE} = await import('./news-generator.mjs')
  const plan = HOSTILE.map((h) => ({name: h.name, size}))
  // A few at 1 MB: one huge paragraph, the quote storm, the verb storm.
  for (const name of [
    'one paragraph of sentences',
    'all quotation marks',
    'said said said',
    'capitalised names, no punctuation'
  ])
    plan.push({name, size: 2 * size})
  const selected = values.only ? plan.filter((p) => p.name.includes(values.only)) : plan
  const rows = [
    [
      'path',
      'input',
      'chars',
      'best ms',
      'ms/M chars',
      'ratio',
      'MB/M chars',
      'mem ratio',
      'parse ratio',
      'attrs',
      'status'
    ]
  ]
  let failures = 0
  for (const path of paths) {
    const base = await runChild('ordinary article text', size, path)
    if (base.status !== 'ok') {
      console.error(`${path}: ordinary text failed: ${base.status} ${base.message ?? ''}`)
      process.exit(1)
    }
    const basePerM = (base.ms / base.length) * MB
    const baseParse = base.parseMs / base.length
    const parseRatio = (r) => (path === 'plugin' ? (r.parseMs / r.length / baseParse).toFixed(2) : '-')
    // Memory per M chars of ordinary text; a floor of 1 MB per M keeps a tiny baseline from making any growth a failure.
    const baseMemory = Math.max(base.memory / base.length, 1)
    rows.push([
      path,
      'ordinary article text (PolNeAR train)',
      String(base.length),
      base.ms.toFixed(0),
      basePerM.toFixed(0),
      '1.00',
      (base.memory / base.length).toFixed(1),
      '1.00',
      parseRatio(base),
      String(base.attributions),
      'ok'
    ])
    for (const item of selected) {
      if (path !== 'extract' && !values['every-input'] && !CORE.includes(item.name)) continue
      const r = await runChild(item.name, item.size, path)
      if (r.status !== 'ok') {
        failures++
        rows.push([
          path,
          item.name,
          String(item.size),
          `>${(r.wall / 1000).toFixed(0)}s`,
          '-',
          '-',
          '-',
          '-',
          '-',
          '-',
          `${r.status}${r.message ? ': ' + r.message : ''}`
        ])
      } else {
        const perM = (r.ms / r.length) * MB
        const ratio = perM / basePerM
        const memoryRatio = Math.max(r.memory / r.length, 0) / baseMemory
        const over = []
        if (ratio > maxRatio) over.push(`time > ${maxRatio}`)
        if (memoryRatio > maxMemory && memoryPaths.includes(path)) over.push(`memory > ${maxMemory}`)
        if (over.length > 0) failures++
        rows.push([
          path,
          item.name,
          String(r.length),
          r.ms.toFixed(0),
          perM.toFixed(0),
          ratio.toFixed(2),
          (r.memory / r.length).toFixed(1),
          memoryRatio.toFixed(2),
          parseRatio(r),
          String(r.attributions),
          over.length > 0 ? `FAIL ${over.join(', ')}` : 'ok'
        ])
      }
      if (process.stdout.isTTY) process.stdout.write(`\r${path} ${rows.length - 1}`)
    }
  }
  if (process.stdout.isTTY) process.stdout.write('\r')
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)))
  for (const [i, row] of rows.entries()) {
    console.log(
      row.map((cell, c) => (c <= 1 || c === 10 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')
    )
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  }
  console.log(
    `\n${failures} failure(s); bounds ${maxRatio} x ordinary time and ${maxMemory} x ordinary memory per character (memory on ${memoryPaths.join(', ')}; the plugin's without the parse), timeout ${values['timeout-ms']} ms per input (${values.runs} runs).`
  )
  process.exitCode = failures > 0 ? 1 : 0
}

if (values.child) await child()
else await main()
