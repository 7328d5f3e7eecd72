/** The `whosaid` command: parse the arguments, run, and return the exit status. */
import {availableParallelism} from 'node:os'
import type {Readable, Writable} from 'node:stream'
import {orderedMap} from '../corpus/ordered-map.js'
import {IN_FLIGHT_PER_JOB} from '../corpus/extract-corpus.js'
import {createRunner, type Runner} from '../corpus/runner.js'
import {parseCliArgs, type CliSettings} from './args.js'
import type {Outcome} from './entry.js'
import {HELP} from './help.js'
import {expandInputs} from './inputs.js'
import {articleItems, recordItems, type Item} from './items.js'
import {PART_SIZE} from './parts.js'
import {Output} from './output.js'
import {Progress} from './progress.js'
import {shiftResult} from './shift.js'
import {shorten} from './shorten.js'
import {createSink} from './sinks.js'
import {createSourcesSink, isSourcesFormat} from './sources-sink.js'
import {addToTally, emptyTally, formatSummary} from './summary.js'
import {UsageError} from './usage-error.js'
import {readVersion} from './version.js'

/**
 * The young generation of each worker thread, in MB. Node's default lets
 * each thread's heap grow further before it is collected: a 100 MB file on
 * two threads peaked at 0.56 GB resident, with this at 0.49 GB.
 */
const WORKER_YOUNG_GENERATION_MB = 8

/** The streams the command uses; `process`'s by default. */
export interface CliStreams {
  stdin: Readable
  stdout: Writable
  stderr: Writable & {isTTY?: boolean}
}

/**
 * Run the command with `argv` (without the node and script paths) and
 * resolve to the exit status: 0 when every article or record succeeded,
 * 1 when any failed (all are still processed), 2 for a usage error.
 */
export async function main(argv: readonly string[], streams: CliStreams = process): Promise<number> {
  let settings: CliSettings
  let sources
  try {
    settings = parseCliArgs(argv)
    if (settings.action === 'help') {
      streams.stdout.write(HELP)
      return 0
    }
    if (settings.action === 'version') {
      streams.stdout.write(readVersion() + '\n')
      return 0
    }
    sources = expandInputs(settings.paths, settings.input)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    streams.stderr.write(`whosaid: ${error.message}\nTry 'whosaid --help'.\n`)
    return 2
  }

  const processors = Math.max(1, availableParallelism())
  if (settings.jobs > processors) {
    // More threads than processors only adds memory and switching.
    if (!settings.quiet)
      streams.stderr.write(
        `whosaid: --jobs ${settings.jobs} is more than the ${processors} processors; using ${processors}\n`
      )
    settings.jobs = processors
  }
  const records = settings.input === 'ndjson'
  const unit = records ? 'record' : 'article'
  const total = sources.every((source) => source.size !== undefined)
    ? sources.reduce((sum, source) => sum + (source.size ?? 0), 0)
    : undefined
  const progress = new Progress(streams.stderr.isTTY === true && !settings.quiet ? streams.stderr : null, total, unit)
  const items = records
    ? recordItems(sources, streams.stdin, progress)
    : articleItems(sources, streams.stdin, progress, settings.options)
  const collection = records ? 'records' : 'files'
  const format = settings.format
  const sink =
    settings.sources && isSourcesFormat(format)
      ? createSourcesSink(format, collection)
      : createSink(format, collection, pageTitle(settings.paths), settings.compact)
  const output = new Output(streams.stdout)
  const tally = emptyTally()
  // No more threads than articles (a file of parts counts as many): one short file runs in this thread.
  const long = sources.some((source) => source.path !== null && (source.size ?? 0) > PART_SIZE)
  const jobs = records || long ? settings.jobs : Math.max(1, Math.min(settings.jobs, sources.length))
  const runner = createRunner(jobs, settings.options, {youngGenerationMb: WORKER_YOUNG_GENERATION_MB})

  try {
    await output.write(sink.begin())
    // Sources found in the earlier parts of the file being read in parts.
    let sourcesBefore = 0
    const work = (item: Item) => processItem(runner, item)
    for await (const {item, outcome} of orderedMap(items, work, {concurrency: IN_FLIGHT_PER_JOB * jobs})) {
      const result = 'result' in outcome ? outcome.result : null
      addToTally(tally, result, item.shift === undefined || item.shift.characters === 0)
      progress.records++
      if (item.shift?.characters === 0) sourcesBefore = 0
      if (item.shift !== undefined && result !== null) shiftResult(result, {...item.shift, sources: sourcesBefore})
      sourcesBefore += result?.sources.length ?? 0
      // Written piece by piece, each awaiting the reader: memory holds one piece, not the entry's whole text.
      for (const piece of sink.entry(item.label, outcome, item.text)) {
        await output.write(piece)
        if (output.closed) break
      }
      progress.tick()
      if (output.closed) break
    }
    await output.write(sink.end())
    await output.flush()
  } finally {
    progress.finish()
    await runner.close()
  }
  if (output.failure !== undefined) {
    streams.stderr.write(`whosaid: cannot write the output: ${output.failure.message}\n`)
    return 1
  }
  if (!settings.quiet) streams.stderr.write(formatSummary(tally, unit))
  return tally.failures > 0 ? 1 : 0
}

/** The HTML page's title: `whosaid: ` and the inputs as given. */
function pageTitle(paths: readonly string[]): string {
  return `whosaid: ${paths.length === 0 ? 'standard input' : shorten(paths.join(', '), 80)}`
}

/** Process one item: its result with the entry's leading keys, or why it failed. */
async function processItem(runner: Runner, item: Item): Promise<{item: Item; outcome: Outcome}> {
  if (item.text === null) return {item, outcome: {keys: item.errorKeys, error: item.error ?? 'failed'}}
  const result = item.done ?? (await runner.extract(item.text))
  if ('error' in result) return {item, outcome: {keys: item.errorKeys, error: result.error}}
  return {item, outcome: {keys: item.okKeys, result}}
}
