/** `extractCorpus`: attributions for a stream of records, in order, on worker threads. */
import {validateOptions} from '../options.js'
import {errorReason} from './messages.js'
import {checkJobs} from './jobs.js'
import {orderedMap} from './ordered-map.js'
import type {Options} from '../types.js'
import {createRunner, type RunnerSettings} from './runner.js'
import type {CorpusOptions, CorpusRecord, CorpusResult} from './types.js'

/** How many records may be in flight per job (started but not yet yielded). */
export const IN_FLIGHT_PER_JOB = 4

/**
 * Find the attributions of every record of `records` and yield one result per
 * record, in input order: `{id, attributions, sources}`, or `{id, error}` when
 * the record has no string `text` or extraction threw. Nothing is dropped.
 *
 * With `jobs` above 1 the records are processed on that many worker threads;
 * at most `4 × jobs` records are read ahead, so memory stays flat on input of
 * any length. Stop early with `break`: the threads are shut down.
 *
 * @param records An iterable or async iterable of `{id, text}` objects.
 * @param options Extraction options plus `jobs` (default: one less than `os.availableParallelism()`, at least 1) and `maxWorkerMemoryMb`.
 * @throws {TypeError} When `records` is not iterable or an option has the wrong type.
 * @throws {RangeError} When `jobs` is not a positive integer.
 */
export function extractCorpus<Id = unknown>(
  records: AsyncIterable<CorpusRecord<Id>> | Iterable<CorpusRecord<Id>>,
  options: CorpusOptions = {}
): AsyncIterable<CorpusResult<Id>> {
  const isIterable =
    records !== null &&
    (typeof records === 'object' || typeof records === 'function') &&
    (Symbol.asyncIterator in records || Symbol.iterator in records)
  if (!isIterable || typeof records === 'string') {
    throw new TypeError(
      `extractCorpus: expected \`records\` to be an iterable or async iterable of {id, text}, got ${records === null ? 'null' : typeof records}`
    )
  }
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `extractCorpus: expected \`options\` to be an object, got ${options === null ? 'null' : typeof options}`
    )
  }
  const {jobs: rawJobs, maxWorkerMemoryMb, ...extractOptions} = options
  const jobs = checkJobs(rawJobs, 'extractCorpus')
  checkMemory(maxWorkerMemoryMb)
  validateOptions(extractOptions)
  return run(records, jobs, extractOptions, {maxWorkerMemoryMb})
}

/** Throw unless `value` is `undefined` or a positive number of megabytes. */
function checkMemory(value: unknown): void {
  if (value === undefined) return
  if (typeof value !== 'number') {
    throw new TypeError(
      `extractCorpus: expected \`maxWorkerMemoryMb\` to be a positive number, got ${value === null ? 'null' : typeof value}`
    )
  }
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new RangeError(`extractCorpus: expected \`maxWorkerMemoryMb\` to be a positive number, got ${value}`)
  }
}

/** The generator behind `extractCorpus`, once the arguments are checked. */
async function* run<Id>(
  records: AsyncIterable<CorpusRecord<Id>> | Iterable<CorpusRecord<Id>>,
  jobs: number,
  options: Options,
  settings: RunnerSettings
): AsyncGenerator<CorpusResult<Id>, void, undefined> {
  const runner = createRunner(jobs, options, settings)
  try {
    yield* orderedMap(
      records,
      async (record: CorpusRecord<Id>): Promise<CorpusResult<Id>> => {
        try {
          if (record === null || typeof record !== 'object') {
            return {
              id: undefined as Id,
              error: `expected a record object {id, text}, got ${record === null ? 'null' : typeof record}`
            }
          }
          if (typeof record.text !== 'string') {
            return {
              id: record.id,
              error: `expected \`text\` to be a string, got ${record.text === null ? 'null' : typeof record.text}`
            }
          }
          return await runner.run(record.id, record.text)
        } catch (error) {
          return {id: record?.id, error: errorReason(error)}
        }
      },
      {concurrency: IN_FLIGHT_PER_JOB * jobs}
    )
  } finally {
    await runner.close()
  }
}
