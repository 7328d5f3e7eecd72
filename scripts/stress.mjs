#!/usr/bin/env node
/**
 * Time extractAttributions (from dist/) on hostile inputs of about 500 KB
 * (some at 1 MB) and compare the cost per million characters with ordinary
 * article text (the PolNeAR train articles, read at run time from
 * ../shared/eval/polnear/train.jsonl and joined to about the same size).
 *
 *   node scripts/stress.mjs [--max-ratio R] [--size N] [--timeout-ms MS] [--runs K] [--only SUBSTRING] [--corpus FILE]
 *
 * Each input runs in its own child process (best of --runs calls) with a
 * hard timeout, so a hang or a blow-up shows up as a failure, not a stuck
 * run. Exit code 1 when any ratio exceeds --max-ratio (default 5), or an
 * input times out or crashes.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {dirname, resolve} from 'node:path'
import {parseArgs} from 'node:util'

const here = fileURLToPath(import.meta.url)
const root = resolve(dirname(here), '..')
const MB = 1_000_000

const {values} = parseArgs({
  options: {
    'max-ratio': {type: 'string', default: '5'},
    size: {type: 'string', default: '500000'},
    'timeout-ms': {type: 'string', default: '60000'},
    runs: {type: 'string', default: '3'},
    only: {type: 'string'},
    corpus: {type: 'string', default: resolve(root, '../shared/eval/polnear/train.jsonl')},
    child: {type: 'string'}
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

async function child() {
  const name = values.child
  const size = Number(values.size)
  const runs = Number(values.runs)
  const {extractAttributions} = await import('../dist/index.js')
  const text = await buildInput(name, size)
  let best = Infinity
  let attributions = 0
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    const result = extractAttributions(text)
    const ms = performance.now() - t0
    attributions = result.attributions.length
    if (ms < best) best = ms
  }
  process.stdout.write(JSON.stringify({ms: best, length: text.length, attributions}) + '\n')
}

function runChild(name, size) {
  const args = [here, '--child', name, '--size', String(size), '--runs', values.runs, '--corpus', values.corpus]
  const t0 = Date.now()
  const result = spawnSync(process.execPath, args, {encoding: 'utf8', timeout: Number(values['timeout-ms']), killSignal: 'SIGKILL', maxBuffer: 1 << 20})
  const wall = Date.now() - t0
  if (result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGKILL') return {status: 'TIMEOUT', wall}
  if (result.status !== 0) {
    const lines = (result.stderr || '').trim().split('\n')
    const message = lines.find((l) => /Error|heap|RangeError/.test(l)) ?? lines[lines.length - 1] ?? `exit ${result.status}`
    return {status: 'CRASH', wall, message: message.slice(0, 160)}
  }
  return {status: 'ok', wall, ...JSON.parse(result.stdout.trim().split('\n').pop())}
}

async function main() {
  const maxRatio = Number(values['max-ratio'])
  const size = Number(values.size)
  const {HOSTILE} = await import('./news-generator.mjs')
  const plan = HOSTILE.map((h) => ({name: h.name, size}))
  // A few at 1 MB: one huge paragraph, the quote storm, the verb storm.
  for (const name of ['one paragraph of sentences', 'all quotation marks', 'said said said', 'capitalised names, no punctuation']) plan.push({name, size: 2 * size})
  const selected = values.only ? plan.filter((p) => p.name.includes(values.only)) : plan
  const base = runChild('ordinary article text', size)
  if (base.status !== 'ok') {
    console.error(`ordinary text failed: ${base.status} ${base.message ?? ''}`)
    process.exit(1)
  }
  const basePerM = (base.ms / base.length) * MB
  const rows = [['input', 'chars', 'best ms', 'ms/M chars', 'ratio', 'attrs', 'status']]
  rows.push(['ordinary article text (PolNeAR train)', String(base.length), base.ms.toFixed(0), basePerM.toFixed(0), '1.00', String(base.attributions), 'ok'])
  let failures = 0
  for (const item of selected) {
    const r = runChild(item.name, item.size)
    if (r.status !== 'ok') {
      failures++
      rows.push([item.name, String(item.size), `>${(r.wall / 1000).toFixed(0)}s`, '-', '-', '-', `${r.status}${r.message ? ': ' + r.message : ''}`])
    } else {
      const perM = (r.ms / r.length) * MB
      const ratio = perM / basePerM
      const over = ratio > maxRatio
      if (over) failures++
      rows.push([item.name, String(r.length), r.ms.toFixed(0), perM.toFixed(0), ratio.toFixed(2), String(r.attributions), over ? `FAIL > ${maxRatio}` : 'ok'])
    }
    if (process.stdout.isTTY) process.stdout.write(`\r${rows.length - 2}/${selected.length}`)
  }
  if (process.stdout.isTTY) process.stdout.write('\r')
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)))
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => (c === 0 || c === 6 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '))
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  }
  console.log(`\n${failures} failure(s); bound ${maxRatio} x ordinary text, timeout ${values['timeout-ms']} ms per input (${values.runs} runs).`)
  process.exitCode = failures > 0 ? 1 : 0
}

if (values.child) await child()
else await main()
