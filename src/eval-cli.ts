#!/usr/bin/env node
/**
 * whosaid-eval: score the built whosaid package against gold annotations.
 *
 * It loads `index.js` from its own folder (the built package in dist/), so it
 * measures exactly what is published.
 */
import {mkdirSync, readFileSync, realpathSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Attribution, ExtractResult} from './types.js'
import {ggtSourceSpan} from './evaluate/ggt-quotes.js'
import {parseCliArguments, UsageError, USAGE, type CliArguments} from './evaluate/cli-args.js'
import {ggtDocumentProblem} from './evaluate/ggt-validate.js'
import {baselineOf, compareFigures, ggtFigures} from './evaluate/baseline.js'
import {
  f1Figures,
  formatGgtReport,
  formatReport,
  GGT_CATEGORIES,
  GoldFormatError,
  scoreDocuments,
  scoreGgt,
  type GgtGoldDocument,
  type GoldDocument
} from './evaluate/index.js'
import {goldDocumentProblem} from './evaluate/validate.js'
import {readGoldFile} from './evaluate/read-gold.js'

/** An input problem: reported and ends the run with status 2. */
class InputError extends Error {}

/** Read a file as UTF-8, turning a failure into an InputError that names it. */
function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new InputError(`cannot read ${what} ${path}: ${(error as Error).message}`)
  }
}

/** Write JSON to a file, creating its folder. */
function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(resolve(path)), {recursive: true})
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n')
}

/** Load `extractAttributions` from the `index.js` beside this script. */
async function loadExtractor(): Promise<(text: string) => ExtractResult> {
  const here = dirname(realpathSync(process.argv[1]))
  const url = pathToFileURL(join(here, 'index.js')).href
  let library: {extractAttributions?: unknown}
  try {
    library = (await import(url)) as {extractAttributions?: unknown}
  } catch (error) {
    throw new InputError(`cannot load the built library ${url} (run \`npm run build\`): ${(error as Error).message}`)
  }
  const extract = library.extractAttributions
  if (typeof extract !== 'function') throw new InputError(`${url} exports no \`extractAttributions\` function`)
  return (text) => extract(text) as ExtractResult
}

/** Read the gold file, checking each line as a GGT document when `ggt` is set. */
async function readGold(path: string, ggt: boolean): Promise<GoldDocument[]> {
  try {
    return await readGoldFile(path, ggt ? ggtDocumentProblem : goldDocumentProblem)
  } catch (error) {
    if (error instanceof GoldFormatError) throw new InputError(`malformed gold file: ${error.message}`)
    throw new InputError(`cannot read gold file ${path}: ${(error as Error).message}`)
  }
}

/** The attribution with its source span where GGT marks it (`ggtSourceSpan`), in `text`. */
function ggtAttribution(text: string, attribution: Attribution): Attribution {
  const source = attribution.source
  if (!source) return attribution
  const span = ggtSourceSpan(source)
  if (span === source) return attribution
  return {...attribution, source: {...source, start: span.start, end: span.end, text: text.slice(span.start, span.end)}}
}

/** Run the command and return its exit status. */
async function run(args: CliArguments): Promise<number> {
  const goldPath = resolve(process.cwd(), args.gold)
  let documents = await readGold(goldPath, args.ggt)
  if (args.limit !== null) documents = documents.slice(0, args.limit)

  let baseline: unknown = null
  if (args.baseline !== null) {
    const text = readText(args.baseline, 'baseline')
    try {
      baseline = JSON.parse(text)
    } catch (error) {
      throw new InputError(`malformed baseline ${args.baseline}: ${(error as Error).message}`)
    }
  }

  // GGT annotates speech only: both reports then judge the speech categories.
  // Extraction sees every cue, as sources are named more fully that way. GGT
  // marks the words a relative "who" stands for as the source, so both
  // reports read those.
  const extract = await loadExtractor()
  const speech: ReadonlySet<string> = new Set(GGT_CATEGORIES)
  const predictions: ExtractResult[] = []
  const report = scoreDocuments(
    documents,
    (text) => {
      const result = extract(text)
      if (!args.ggt) return result
      predictions.push(result)
      return {
        attributions: result.attributions.filter((a) => speech.has(a.category)).map((a) => ggtAttribution(text, a))
      }
    },
    {groups: args.misses}
  )
  console.log(formatReport(report))
  const ggt = args.ggt ? scoreGgt(documents as GgtGoldDocument[], predictions) : null
  if (ggt) console.log('\n' + formatGgtReport(ggt))

  const figures = {...f1Figures(report), ...(ggt ? ggtFigures(ggt) : {})}
  if (args.json !== null) {
    writeJson(args.json, {gold: args.gold, f1: figures, ...report, ...(ggt ? {ggt} : {})})
    console.log(`\nWrote ${args.json}`)
  }
  if (args.writeBaseline !== null) {
    writeJson(args.writeBaseline, baselineOf(figures, report.documents))
    console.log(`Wrote baseline ${args.writeBaseline}`)
  }
  if (baseline === null) return 0

  let regressions
  try {
    regressions = compareFigures(figures, baseline, args.tolerance)
  } catch (error) {
    throw new InputError(`malformed baseline ${args.baseline}: ${(error as Error).message}`)
  }
  const measuredOn = (baseline as {documents?: unknown}).documents
  if (typeof measuredOn === 'number' && measuredOn !== report.documents) {
    console.log(`\nNote: the baseline was measured on ${measuredOn} documents, this run on ${report.documents}.`)
  }
  if (regressions.length === 0) {
    console.log(`\nBaseline ${args.baseline}: no figure more than ${args.tolerance} below it.`)
    return 0
  }
  console.log(`\nBelow baseline ${args.baseline} (tolerance ${args.tolerance}):`)
  for (const r of regressions) {
    console.log(`  ${r.figure}: ${r.current.toFixed(4)} < ${r.baseline.toFixed(4)}`)
  }
  return 1
}

/** Parse the command line, run, and set the exit status. */
async function main(): Promise<void> {
  let args: CliArguments
  try {
    args = parseCliArguments(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`whosaid-eval: ${error.message}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }
  if (args.help) {
    console.log(USAGE)
    return
  }
  try {
    process.exitCode = await run(args)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    console.error(`whosaid-eval: ${error.message}`)
    process.exitCode = 2
  }
}

main().catch((error: unknown) => {
  console.error('whosaid-eval: unexpected failure:', error)
  process.exitCode = 3
})
