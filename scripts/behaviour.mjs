/**
 * Run the behavioural grid (eval/behaviour/grid.mjs) on the built library
 * and report which frames and source phrases it gets right.
 *
 *   node scripts/behaviour.mjs [--failures] [--baseline FILE] [--json FILE]
 *
 * A case passes when the sentence yields exactly one attribution whose cue
 * holds the expected word, whose source is one of the accepted spans with
 * the expected kind and anonymity, whose content is the expected text and
 * whose channel is the expected outlet (or none). `--failures` lists each
 * failing case with what differed; `--baseline FILE` exits 1 when fewer
 * cases pass than the file's `passed` (the CI ratchet:
 * eval/behaviour/baseline.json); `--json FILE` writes the summary in that
 * shape.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {extractAttributions} from '../dist/index.js'
import {cases, FRAMES, SOURCES} from '../eval/behaviour/grid.mjs'

const {values} = parseArgs({
  options: {failures: {type: 'boolean', default: false}, baseline: {type: 'string'}, json: {type: 'string'}}
})

/** What differs between the result for `item.text` and its expectation. */
function judge(item) {
  const {attributions, sources} = extractAttributions(item.text)
  if (attributions.length !== 1) {
    return [`${attributions.length} attributions (${attributions.map((a) => `"${a.cue.text}"`).join(', ')})`]
  }
  const [a] = attributions
  const want = item.expect
  const wrong = []
  if (!a.cue.text.toLowerCase().includes(want.cue)) wrong.push(`cue "${a.cue.text}"`)
  if (!a.source || !want.source.includes(a.source.text)) wrong.push(`source "${a.source?.text ?? '(none)'}"`)
  const source = a.source ? sources.find((s) => s.id === a.source.sourceId) : undefined
  if (source && want.source.includes(a.source.text)) {
    if (source.kind !== want.kind) wrong.push(`kind ${source.kind}`)
    if (source.anonymous !== want.anonymous) wrong.push(`anonymous ${source.anonymous}`)
  }
  if ((a.content?.text ?? null) !== want.content) wrong.push(`content "${a.content?.text ?? '(none)'}"`)
  if ((a.via?.text ?? null) !== want.via) wrong.push(`via "${a.via?.text ?? '(none)'}"`)
  return wrong
}

const all = cases()
const byFrame = new Map(FRAMES.map((f) => [f.id, 0]))
const bySource = new Map(SOURCES.map((s) => [s.id, 0]))
const frameTotal = new Map(FRAMES.map((f) => [f.id, 0]))
const sourceTotal = new Map(SOURCES.map((s) => [s.id, 0]))
const failures = []
for (const item of all) {
  const wrong = judge(item)
  frameTotal.set(item.frame, frameTotal.get(item.frame) + 1)
  sourceTotal.set(item.source, sourceTotal.get(item.source) + 1)
  if (wrong.length === 0) {
    byFrame.set(item.frame, byFrame.get(item.frame) + 1)
    bySource.set(item.source, bySource.get(item.source) + 1)
  } else failures.push({id: item.id, text: item.text, wrong})
}
const passed = all.length - failures.length

const pad = (text, width) => text + ' '.repeat(Math.max(0, width - text.length))
console.log(`behavioural grid: ${passed} of ${all.length} cases pass\n`)
console.log('by frame (passed of cases)')
for (const [id, count] of byFrame) console.log(`  ${pad(id, 24)} ${count} of ${frameTotal.get(id)}`)
console.log('\nby source phrase (passed of cases)')
for (const [id, count] of bySource) console.log(`  ${pad(id, 24)} ${count} of ${sourceTotal.get(id)}`)
if (values.failures) {
  console.log('\nfailures')
  for (const f of failures) console.log(`  ${f.id}\n    ${f.text}\n    ${f.wrong.join('; ')}`)
}
if (values.json) {
  const summary = {
    passed,
    total: all.length,
    byFrame: Object.fromEntries(byFrame),
    bySource: Object.fromEntries(bySource)
  }
  writeFileSync(values.json, JSON.stringify(summary, null, 2) + '\n')
}
if (values.baseline !== undefined) {
  const required = JSON.parse(readFileSync(values.baseline, 'utf8')).passed
  if (passed < required) {
    console.error(`\nbehaviour: ${passed} cases pass, fewer than the ${required} of ${values.baseline}`)
    process.exit(1)
  }
}
