#!/usr/bin/env node
/**
 * Fuzz extractAttributions (from dist/) with generated input and check the
 * invariants of test/invariants.js on every result.
 *
 *   node scripts/fuzz.mjs [--cases N] [--seed S] [--case I] [--hang-ms MS] [--quiet]
 *
 * Cases cycle through seven generators: news-like text from templates (with
 * damaged quotes, boilerplate, CRLF, odd characters), token soup, random
 * UTF-16, one long sentence dense with cues, many cues around a quotation
 * running through many paragraphs, deeply nested JSON as text, and news text
 * with options at their edges (malformed ones must throw a `whosaid:`
 * TypeError, and nothing else may). Case I of seed S is always the same input: `--case I` runs only it.
 * Each failure is shrunk by cutting pieces out while the same kind of
 * violation remains. The cases run in a worker thread; if one makes no
 * progress for --hang-ms, it is reported as a hang. Exit code 1 on any
 * violation or hang.
 */
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const here = fileURLToPath(import.meta.url)

function caseInput(generators, seed, index) {
  const random = generators.prng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0)
  const kind = index % 7
  if (kind === 0) return {kind: 'news', text: generators.newsText(generators.randomChoices(random, 240))}
  if (kind === 1) return {kind: 'soup', text: generators.soupText(generators.randomChoices(random, 80))}
  if (kind === 2) return {kind: 'unicode', text: generators.unicodeText(generators.randomChoices(random, 200))}
  if (kind === 3) return {kind: 'cue-dense', text: generators.cueDenseText(generators.randomChoices(random, 300))}
  if (kind === 4) return {kind: 'run-on', text: generators.runOnText(generators.randomChoices(random, 120))}
  if (kind === 5) return {kind: 'deep-json', text: generators.deepJsonText(generators.randomChoices(random, 900))}
  const {options, valid} = generators.optionsCase(generators.randomChoices(random, 4))
  return {
    kind: valid ? 'options' : 'bad-options',
    text: generators.newsText(generators.randomChoices(random, 240)),
    options,
    valid
  }
}

/**
 * The violations of one case: the invariants for valid options, and for
 * malformed ones a `whosaid:` TypeError (any other outcome is a violation).
 */
function caseViolations(extractAttributions, checkRun, input, text) {
  if (input.valid === false) {
    try {
      extractAttributions(text, input.options)
      return ['[options] malformed options were accepted (expected a whosaid: TypeError)']
    } catch (error) {
      if (error instanceof TypeError && error.message.startsWith('whosaid: ')) return []
      return [`[options] expected a whosaid: TypeError, got ${error?.name}: ${String(error?.message).slice(0, 80)}`]
    }
  }
  return checkRun((t) => extractAttributions(t, input.options), text)
}

/** Cut pieces out of `input` while `fails` still holds; halves first, then smaller pieces. */
function shrink(input, fails, budget = 3000) {
  let s = input
  let calls = 0
  let changed = true
  while (changed && calls < budget) {
    changed = false
    for (let size = Math.max(1, s.length >> 1); size >= 1 && calls < budget; size >>= 1) {
      for (let at = 0; at < s.length && calls < budget;) {
        const candidate = s.slice(0, at) + s.slice(at + size)
        calls++
        if (candidate !== s && fails(candidate)) {
          s = candidate
          changed = true
        } else {
          at += size
        }
      }
    }
  }
  return s
}

async function worker() {
  const {cases, seed, only, progress} = workerData
  const generators = await import('./news-generator.mjs')
  const {checkRun, violationCode} = await import('../test/invariants.js')
  const {extractAttributions} = await import('../dist/index.js')
  const seen = new Set()
  const slowest = []
  const first = only ?? 0
  const last = only === undefined ? cases : only + 1
  for (let i = first; i < last; i++) {
    Atomics.store(progress, 0, i)
    const input = caseInput(generators, seed, i)
    const {kind, text} = input
    const caseCheck = (candidate) => caseViolations(extractAttributions, checkRun, input, candidate)
    const t0 = performance.now()
    const violations = caseCheck(text)
    const ms = performance.now() - t0
    if (slowest.length < 3 || ms > slowest[slowest.length - 1].ms) {
      slowest.push({i, ms, length: text.length})
      slowest.sort((a, b) => b.ms - a.ms)
      slowest.length = Math.min(slowest.length, 3)
    }
    if (violations.length > 0) {
      const code = violationCode(violations[0])
      const key = `${code}:${violations[0].replace(/\d+/g, '#').slice(0, 80)}`
      const fresh = !seen.has(key)
      seen.add(key)
      let minimal = null
      let minimalViolations = null
      if (fresh) {
        minimal = shrink(text, (candidate) => caseCheck(candidate).some((v) => violationCode(v) === code))
        minimalViolations = caseCheck(minimal)
      }
      parentPort.postMessage({type: 'violation', index: i, kind, text, violations, fresh, minimal, minimalViolations})
    }
    if ((i + 1) % 5000 === 0) parentPort.postMessage({type: 'progress', done: i + 1 - first})
  }
  Atomics.store(progress, 1, 1)
  parentPort.postMessage({type: 'done', slowest})
}

async function main() {
  const {values} = parseArgs({
    options: {
      cases: {type: 'string', default: '100000'},
      seed: {type: 'string', default: '1'},
      case: {type: 'string'},
      'hang-ms': {type: 'string', default: '30000'},
      quiet: {type: 'boolean', default: false}
    }
  })
  const cases = Number(values.cases)
  const seed = Number(values.seed)
  const only = values.case === undefined ? undefined : Number(values.case)
  const hangMs = Number(values['hang-ms'])
  if (
    !Number.isInteger(cases) ||
    cases < 0 ||
    !Number.isInteger(seed) ||
    (only !== undefined && !Number.isInteger(only))
  ) {
    console.error('usage: node scripts/fuzz.mjs [--cases N] [--seed S] [--case I] [--hang-ms MS]')
    process.exit(2)
  }
  const progress = new Int32Array(new SharedArrayBuffer(8))
  const started = performance.now()
  const w = new Worker(here, {workerData: {cases, seed, only, progress}})
  let violations = 0
  let distinct = 0
  let finished = false
  let lastIndex = -1
  let lastChange = Date.now()
  const watchdog = setInterval(() => {
    const index = Atomics.load(progress, 0)
    if (index !== lastIndex) {
      lastIndex = index
      lastChange = Date.now()
    } else if (Date.now() - lastChange > hangMs && !finished) {
      console.log(`\nHANG: case ${index} made no progress for ${hangMs} ms`)
      console.log(`  reproduce: node scripts/fuzz.mjs --seed ${seed} --case ${index}`)
      violations++
      finished = true
      clearInterval(watchdog)
      w.terminate()
    }
  }, 1000)
  w.on('message', (message) => {
    if (message.type === 'progress') {
      if (!values.quiet)
        process.stdout.write(
          `\r${message.done} cases, ${violations} violating, ${((performance.now() - started) / 1000).toFixed(0)} s`
        )
    } else if (message.type === 'violation') {
      violations++
      if (!message.fresh) return
      distinct++
      console.log(`\n\nVIOLATION in case ${message.index} (${message.kind}), seed ${seed}`)
      for (const v of message.violations.slice(0, 5)) console.log(`  ${v}`)
      if (message.violations.length > 5) console.log(`  … and ${message.violations.length - 5} more`)
      console.log(`  input (${message.text.length} units): ${JSON.stringify(message.text).slice(0, 400)}`)
      console.log(`  minimal (${message.minimal.length} units): ${JSON.stringify(message.minimal)}`)
      for (const v of message.minimalViolations.slice(0, 3)) console.log(`    ${v}`)
      console.log(`  reproduce: node scripts/fuzz.mjs --seed ${seed} --case ${message.index}`)
    } else if (message.type === 'done') {
      finished = true
      clearInterval(watchdog)
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      const ran = only === undefined ? cases : 1
      console.log(
        `\n\n${ran} cases in ${seconds} s (seed ${seed}): ${violations} violating case(s), ${distinct} distinct violation(s).`
      )
      console.log(
        `slowest: ${message.slowest.map((s) => `case ${s.i} ${s.ms.toFixed(1)} ms (${s.length} units)`).join('; ')}`
      )
    }
  })
  w.on('error', (error) => {
    console.log(`\nWORKER CRASH (case ${Atomics.load(progress, 0)}): ${error?.stack ?? error}`)
    console.log(`  reproduce: node scripts/fuzz.mjs --seed ${seed} --case ${Atomics.load(progress, 0)}`)
    violations++
    finished = true
    clearInterval(watchdog)
  })
  w.on('exit', () => {
    clearInterval(watchdog)
    if (!finished) {
      console.log('\nworker exited early')
      violations++
    }
    process.exitCode = violations > 0 ? 1 : 0
  })
}

if (isMainThread) await main()
else await worker()
