import type {Attribution, Options, Source} from '../types.js'

/** One input record of `extractCorpus`: an identifier of your choice and the article text. */
export interface CorpusRecord<Id = unknown> {
  /** Passed through untouched to the result, so you can match results to inputs. */
  id: Id
  /** The article text. */
  text: string
}

/** The result for one record whose extraction succeeded. */
export interface CorpusSuccess<Id = unknown> {
  id: Id
  attributions: Attribution[]
  sources: Source[]
}

/** The result for one record that could not be processed. */
export interface CorpusFailure<Id = unknown> {
  id: Id
  /** Why it failed: a missing `text`, or the message of the error extraction threw. */
  error: string
}

/** What `extractCorpus` yields for each record, in input order. */
export type CorpusResult<Id = unknown> = CorpusSuccess<Id> | CorpusFailure<Id>

/** Options of `extractCorpus`: the extraction options plus how many threads to use. */
export interface CorpusOptions extends Options {
  /**
   * How many records to process at once. `1` runs in the calling thread;
   * more runs that many worker threads. Default: one less than `os.availableParallelism()`, at least 1.
   */
  jobs?: number
  /**
   * Heap limit of each worker thread, in MB. A record whose extraction needs
   * more fails with an error result and the run goes on on a fresh worker.
   * Ignored with `jobs: 1`. Default: Node's own limit.
   */
  maxWorkerMemoryMb?: number
}
