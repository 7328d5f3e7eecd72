/** The `whosaid` command: parse the arguments, run, and return the exit status. */
import type {Readable, Writable} from 'node:stream'
import {orderedMap} from '../corpus/ordered-map.js'
import {IN_FLIGHT_PER_JOB} from '../corpus/extract-corpus.js'
import type {ResultStats} from '../corpus/messages.js'
import {createRunner, type Runner} from '../corpus/runner.js'
import {parseCliArgs, type CliSettings} from './args.js'
import {HELP} from './help.js'
import {expandInputs} from './inputs.js'
import {articleItems, recordItems, type Item} from './items.js'
import {Output} from './output.js'
import {Progress} from './progress.js'
import {createSink} from './sinks.js'
import {createSourcesSink, isSourcesFormat} from './sources-sink.js'
import {addToTally, emptyTally, formatSummary} from './summary.js'
import {UsageError} from './usage-error.js'
import {readVersion} from './version.js'

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

  const records = settings.input === 'ndjson'
  const unit = records ? 'record' : 'article'
  const total = sources.every((source) => source.size !== undefined)
    ? sources.reduce((sum, source) => sum + (source.size ?? 0), 0)
    : undefined
  const progress = new Progress(streams.stderr.isTTY === true && !settings.quiet ? streams.stderr : null, total, unit)
  const items = records ? recordItems(sources, streams.stdin, progress) : articleItems(sources, streams.stdin, progress)
  const collection = records ? 'records' : 'files'
  const format = settings.format
  const sink = settings.sources && isSourcesFormat(format) ? createSourcesSink(format, collection) : createSink(format, collection)
  const output = new Output(streams.stdout)
  const tally = emptyTally()
  // No more threads than articles: one short file runs in this thread.
  const jobs = records ? settings.jobs : Math.max(1, Math.min(settings.jobs, sources.length))
  const runner = createRunner(jobs, settings.options)

  try {
    await output.write(sink.begin())
    for await (const {item, json, stats} of orderedMap(items, (item) => processItem(runner, item), {concurrency: IN_FLIGHT_PER_JOB * jobs})) {
      addToTally(tally, stats)
      progress.records++
      await output.write(sink.entry(item.label, json))
      progress.tick()
      if (output.closed) break
    }
    await output.write(sink.end())
  } finally {
    progress.finish()
    await runner.close()
  }
  if (!settings.quiet) streams.stderr.write(formatSummary(tally, unit))
  return tally.failures > 0 ? 1 : 0
}

/** Process one item and build its output entry as JSON text, with its counts (`null` when it failed). */
async function processItem(runner: Runner, item: Item): Promise<{item: Item; json: string; stats: ResultStats | null}> {
  if (item.text === null) return {item, json: JSON.stringify({...item.errorKeys, error: item.error}), stats: null}
  const result = await runner.runSerialized(item.text)
  if ('error' in result) return {item, json: JSON.stringify({...item.errorKeys, error: result.error}), stats: null}
  // okKeys is never empty ({id} or {path}), so its JSON without braces is a valid prefix.
  return {item, json: `{${JSON.stringify(item.okKeys).slice(1, -1)},${result.body}}`, stats: result.stats}
}
