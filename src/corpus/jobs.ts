/** The default and the validation of the `jobs` option. */
import {availableParallelism} from 'node:os'

/** The default number of jobs: the number of processors Node may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism())
}

/**
 * Check a `jobs` value and return it, or the default when it is `undefined`.
 * Throws a TypeError for a non-number and a RangeError for anything that is
 * not a positive integer; `who` names the caller in the message.
 */
export function checkJobs(jobs: unknown, who: string): number {
  if (jobs === undefined) return defaultJobs()
  if (typeof jobs !== 'number') {
    throw new TypeError(`${who}: expected \`jobs\` to be a positive integer, got ${jobs === null ? 'null' : typeof jobs}`)
  }
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new RangeError(`${who}: expected \`jobs\` to be a positive integer, got ${jobs}`)
  }
  return jobs
}
