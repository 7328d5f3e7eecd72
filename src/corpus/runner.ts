/**
 * Runners process one text at a time on behalf of `extractCorpus` and the
 * command line: in the calling thread, or on a pool of worker threads.
 */
import {extractAttributions} from '../extract.js'
import type {ExtractResult, Options} from '../types.js'
import {errorReason} from './messages.js'
import type {CorpusResult} from './types.js'
import {findWorkerEntry} from './worker-location.js'
import {WorkerPool} from './worker-pool.js'

/** Something that turns `(id, text)` into a result, and can be shut down. */
export interface Runner {
  /** Process one text; never rejects (failures become `{id, error}`). */
  run<Id>(id: Id, text: string): Promise<CorpusResult<Id>>
  /** Process one text and answer with the whole result (`skipped` too); never rejects. */
  extract(text: string): Promise<ExtractResult | {error: string}>
  /** Stop any threads; the runner cannot be used afterwards. */
  close(): Promise<void>
}

/** What a runner needs besides the extraction options. */
export interface RunnerSettings {
  /** Heap limit of each worker thread in MB (its old generation); default Node's. */
  maxWorkerMemoryMb?: number
  /**
   * Size of each worker thread's young generation in MB; default Node's. A
   * smaller one is collected more often, which keeps each thread's resident
   * memory down and never fails a text.
   */
  youngGenerationMb?: number
}

/**
 * Create a runner with `jobs` workers: `1` runs in the calling thread,
 * more starts that many worker threads. When the worker file cannot be
 * found (a bundler left it behind), emits a warning and runs in the
 * calling thread instead.
 */
export function createRunner(jobs: number, options: Options, settings: RunnerSettings = {}): Runner {
  if (jobs === 1) return mainThreadRunner(options)
  const url = findWorkerEntry()
  if (url === undefined) {
    process.emitWarning(
      `the corpus worker file (dist/corpus-worker.js of the whosaid package) was not found, so ${jobs} jobs run as 1 in the calling thread. ` +
        'If a bundler processed whosaid, keep the whosaid package installed or mark it as external.',
      {type: 'WhosaidWarning', code: 'WHOSAID_NO_WORKER'}
    )
    return mainThreadRunner(options)
  }
  const limits = {
    ...(settings.maxWorkerMemoryMb === undefined ? {} : {maxOldGenerationSizeMb: settings.maxWorkerMemoryMb}),
    ...(settings.youngGenerationMb === undefined ? {} : {maxYoungGenerationSizeMb: settings.youngGenerationMb})
  }
  return new WorkerPool(url, jobs, options, limits)
}

/** A runner that calls `extractAttributions` directly in the calling thread. */
function mainThreadRunner(options: Options): Runner {
  return {
    async run<Id>(id: Id, text: string): Promise<CorpusResult<Id>> {
      try {
        const result = extractAttributions(text, options)
        return {id, attributions: result.attributions, sources: result.sources}
      } catch (error) {
        return {id, error: errorReason(error)}
      }
    },
    async extract(text: string): Promise<ExtractResult | {error: string}> {
      try {
        return extractAttributions(text, options)
      } catch (error) {
        return {error: errorReason(error)}
      }
    },
    async close() {}
  }
}
