/**
 * Calibration of `confidence` on a gold file, and precision and recall per
 * rule: in each band of 0.1, how many attributions fall there and what share
 * of them is right (linked one to one to a gold relation). The rules' prior
 * confidences (`model: null`) are shown beside the model's. Refusals, which
 * the model does not score, are left out.
 *
 *   node scripts/calibration.mjs [gold.jsonl] [--max-gap 0.1] [--min-count 20]
 *
 * With `--max-gap`, exits 1 when a band holding at least `--min-count`
 * attributions has a share right further than that from the band.
 */
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {
  calibrationBands,
  extractAttributions,
  outcomesByRule,
  parseGoldJsonl,
  predictionOutcomes
} from '../dist/index.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {'max-gap': {type: 'string'}, 'min-count': {type: 'string', default: '20'}}
})
const path = positionals[0] ?? '../shared/eval/polnear/dev.jsonl'
const documents = parseGoldJsonl(readFileSync(path, 'utf8'), {name: path})
const goldRelations = documents.reduce((sum, d) => sum + d.attributions.length, 0)

/**
 * The outcomes of every prediction in the file under `options`, refusals
 * left out: PolNeAR does not annotate them, so the model does not score them.
 */
function outcomes(options) {
  return documents.flatMap((gold) => {
    const {attributions} = extractAttributions(gold.text, options)
    return predictionOutcomes(gold, attributions).filter((_, i) => attributions[i].category !== 'refusal')
  })
}

const model = outcomes(undefined)
const prior = outcomes({model: null})
const percent = (x) => (100 * x).toFixed(1)
const bandsModel = calibrationBands(model)
const bandsPrior = calibrationBands(prior)
console.log(`calibration on ${path}: ${model.length} attributions, ${model.filter((o) => o.right).length} right\n`)
console.log(
  "| confidence | model: attributions | model: share right | rules' prior: attributions | prior: share right |"
)
console.log('| --- | --- | --- | --- | --- |')
bandsModel.forEach((band, i) => {
  const p = bandsPrior[i]
  const label = `${band.from.toFixed(1)}–${band.to.toFixed(1)}`
  console.log(
    `| ${label} | ${band.count} | ${band.count ? percent(band.share) : '—'} | ${p.count} | ${p.count ? percent(p.share) : '—'} |`
  )
})

console.log('\n| rule | predicted | right | precision | cue precision | part of recall |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const r of outcomesByRule(model, goldRelations)) {
  console.log(
    `| ${r.rule} | ${r.predicted} | ${r.right} | ${percent(r.precision)} | ${percent(r.cuePrecision)} | ${percent(r.recall)} |`
  )
}

if (values['max-gap'] !== undefined) {
  const gap = Number(values['max-gap'])
  const minCount = Number(values['min-count'])
  const off = bandsModel.filter((b) => b.count >= minCount && (b.share < b.from - gap || b.share > b.to + gap))
  for (const b of off)
    console.error(`calibration: band ${b.from.toFixed(1)}–${b.to.toFixed(1)} has ${percent(b.share)}% right`)
  if (off.length > 0) process.exit(1)
}
