/**
 * Print the functions that take the most self time in a V8 CPU profile.
 *
 *   node bench/top.mjs [FILE.cpuprofile | DIR] [--limit 25]
 *
 * Without a file, the newest .cpuprofile in bench/out is read. Self time is
 * the time a function was on top of the stack; total time is the time it was
 * anywhere on the stack (counted once per sample, so recursion is not doubled).
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {repoRoot} from './corpus.mjs'

/**
 * Resolve the profile to read: a file as given, or the newest in a folder.
 *
 * @param {string | undefined} given A file, a folder, or nothing (bench/out).
 * @returns {string} The path of a .cpuprofile file.
 */
function findProfile(given) {
  const target = given ? path.resolve(given) : path.join(repoRoot, 'bench', 'out')
  if (!fs.existsSync(target)) throw new Error(`top: ${target} does not exist`)
  if (!fs.statSync(target).isDirectory()) return target
  const files = fs
    .readdirSync(target)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(target, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)
  if (files.length === 0) throw new Error(`top: no .cpuprofile in ${target}; see bench/profile.mjs`)
  return files[0]
}

/**
 * Give each sample its duration in microseconds: the gap to the next sample
 * (the last one runs to the end of the profile).
 *
 * @param {{samples: number[], timeDeltas: number[], startTime: number, endTime: number}} profile
 * @returns {number[]} One duration per sample.
 */
function sampleDurations(profile) {
  const {samples, timeDeltas} = profile
  const durations = new Array(samples.length)
  let time = profile.startTime
  for (let index = 0; index < samples.length; index++) {
    time += timeDeltas[index]
    durations[index] =
      index + 1 < samples.length ? Math.max(0, timeDeltas[index + 1]) : Math.max(0, profile.endTime - time)
  }
  return durations
}

/**
 * Name a call frame as `function url:line` with a path relative to the repo.
 *
 * @param {{functionName: string, url: string, lineNumber: number}} frame
 * @returns {{name: string, where: string}}
 */
function describeFrame(frame) {
  // Regular expressions are named by their source, which can run to kilobytes.
  const full = frame.functionName || '(anonymous)'
  const name = full.length > 60 ? `${full.slice(0, 57)}...` : full
  if (!frame.url) return {name, where: ''}
  let url = frame.url.startsWith('file://') ? decodeURIComponent(new URL(frame.url).pathname) : frame.url
  if (url.startsWith(repoRoot + path.sep)) url = path.relative(repoRoot, url)
  return {name, where: `${url}:${frame.lineNumber + 1}`}
}

/**
 * Sum self and total time per function.
 *
 * @param {object} profile A parsed .cpuprofile.
 * @returns {{rows: Array<{name: string, where: string, self: number, total: number}>, overall: number}}
 */
function aggregate(profile) {
  const byId = new Map()
  const parent = new Map()
  for (const node of profile.nodes) {
    byId.set(node.id, node)
    for (const child of node.children || []) parent.set(child, node.id)
  }
  const rows = new Map()
  const keyOf = new Map()
  for (const node of profile.nodes) {
    const {name, where} = describeFrame(node.callFrame)
    const key = `${name} ${where}:${node.callFrame.columnNumber}`
    keyOf.set(node.id, key)
    if (!rows.has(key)) rows.set(key, {name, where, self: 0, total: 0})
  }
  const durations = sampleDurations(profile)
  let overall = 0
  for (let index = 0; index < profile.samples.length; index++) {
    const duration = durations[index]
    overall += duration
    let id = profile.samples[index]
    rows.get(keyOf.get(id)).self += duration
    const seen = new Set()
    while (id !== undefined) {
      const key = keyOf.get(id)
      if (!seen.has(key)) {
        seen.add(key)
        rows.get(key).total += duration
      }
      id = parent.get(id)
    }
  }
  return {rows: [...rows.values()], overall}
}

/**
 * Read the profile and print the table.
 */
function main() {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {limit: {type: 'string', default: '25'}}
  })
  const limit = Math.max(1, Number.parseInt(values.limit, 10) || 25)
  const file = findProfile(positionals[0])
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'))
  const {rows, overall} = aggregate(profile)
  const top = rows
    .filter((row) => row.self > 0)
    .sort((a, b) => b.self - a.self)
    .slice(0, limit)
  const ms = (microseconds) => (microseconds / 1000).toFixed(1).padStart(9)
  const percent = (microseconds) => `${((100 * microseconds) / overall).toFixed(1)}%`.padStart(6)
  console.log(`${file}\n${(overall / 1e6).toFixed(2)} s sampled; top ${top.length} functions by self time\n`)
  console.log(`${'self ms'.padStart(9)} ${'self'.padStart(6)} ${'total'.padStart(6)}  function  url:line`)
  for (const row of top) {
    console.log(`${ms(row.self)} ${percent(row.self)} ${percent(row.total)}  ${row.name}  ${row.where}`)
  }
}

try {
  main()
} catch (error) {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
}
