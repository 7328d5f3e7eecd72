/**
 * The scaling series: extractAttributions on one string of growing size,
 * each size measured in a child process (see scale-one.mjs).
 */
import fs from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {flatten, joinToSize, repoRoot, utf8Bytes} from './corpus.mjs'

/** Where the inputs are written for the children; git-ignored. */
const outDir = path.join(repoRoot, 'bench', 'out')

/**
 * The cases to run.
 *
 * @param {boolean} quick Only the 0.25 and 1 MB sizes, with fewer runs.
 * @returns {Array<{name: string, label: string, megabytes: number, shape: 'joined' | 'paragraph', mode: 'extract' | 'parse', runs: number}>}
 */
export function scaleCases(quick) {
  const sizes = quick ? [0.25, 1] : [0.25, 1, 4, 16]
  // Each run is a unit of about 4 MB of calls (see scale-one.mjs); 16 MB is one call.
  const runsFor = (megabytes) => (quick ? 2 : megabytes >= 16 ? 2 : megabytes >= 4 ? 3 : 5)
  const cases = sizes.map((megabytes) => ({
    name: `joined-${megabytes}`,
    label: `${megabytes} MB, articles joined by blank lines`,
    megabytes,
    shape: 'joined',
    mode: 'extract',
    runs: runsFor(megabytes)
  }))
  cases.push(
    {
      name: 'paragraph-1',
      label: '1 MB, one paragraph (no line breaks)',
      megabytes: 1,
      shape: 'paragraph',
      mode: 'extract',
      runs: runsFor(1)
    },
    {
      name: 'parse-joined-1',
      label: '1 MB joined, parse alone (context)',
      megabytes: 1,
      shape: 'joined',
      mode: 'parse',
      runs: runsFor(1)
    }
  )
  return cases
}

/**
 * Build the input string of one case.
 *
 * @param {string[]} texts The articles.
 * @param {{megabytes: number, shape: string}} scaleCase The case.
 * @returns {string} The input.
 */
function buildInput(texts, scaleCase) {
  const target = scaleCase.megabytes * 1e6
  if (scaleCase.shape === 'paragraph') return joinToSize(texts.map(flatten), target, ' ')
  return joinToSize(texts, target, '\n\n')
}

/**
 * Pick the line of a child's stderr that says what went wrong.
 *
 * @param {string | null} stderr The child's error output.
 * @returns {string} The first line naming an error, else the first non-empty line.
 */
function firstErrorLine(stderr) {
  const lines = (stderr || '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  return lines.find((line) => /^\w*Error\b/.test(line)) || lines[0] || ''
}

/**
 * Measure one case in a fresh node process.
 *
 * @param {string} file The input file.
 * @param {{mode: string, runs: number}} scaleCase The case.
 * @returns {import('node:child_process').SpawnSyncReturns<string>} The finished child.
 */
function runChild(file, scaleCase) {
  return spawnSync(
    process.execPath,
    [
      '--expose-gc',
      path.join('bench', 'scale-one.mjs'),
      '--input',
      file,
      '--mode',
      scaleCase.mode,
      '--runs',
      String(scaleCase.runs)
    ],
    {cwd: repoRoot, encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 20}
  )
}

/**
 * Run every case in its own child process.
 *
 * @param {string[]} texts The articles.
 * @param {boolean} quick Quick mode.
 * @param {(line: string) => void} log Progress output.
 * @returns {Array<object>} One result per case (with `error` set when the child failed).
 */
export function measureScaling(texts, quick, log) {
  fs.mkdirSync(outDir, {recursive: true})
  const results = []
  for (const scaleCase of scaleCases(quick)) {
    const input = buildInput(texts, scaleCase)
    const file = path.join(outDir, `scale-${scaleCase.name}-${process.pid}.txt`)
    fs.writeFileSync(file, input)
    let child = runChild(file, scaleCase)
    if (child.status !== 0 && (child.stderr || '').includes('ERR_MODULE_NOT_FOUND')) {
      // dist/ is shared and may be mid-rebuild by someone else: wait and try once more.
      log(`  ${scaleCase.label}: dist/ not found, retrying in 5 s`)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5000)
      child = runChild(file, scaleCase)
    }
    fs.rmSync(file, {force: true})
    let result
    if (child.status === 0) {
      result = {...scaleCase, ...JSON.parse(child.stdout.trim().split('\n').pop())}
      log(`  ${scaleCase.label}: ${result.mbPerSecond.toFixed(2)} MB/s, peak ${(result.peakBytes / 1e6).toFixed(0)} MB`)
    } else {
      const reason = child.error ? child.error.message : firstErrorLine(child.stderr)
      result = {...scaleCase, bytes: utf8Bytes(input), error: reason || `exit ${child.status}`}
      log(`  ${scaleCase.label}: FAILED (${result.error})`)
    }
    results.push(result)
  }
  return results
}
