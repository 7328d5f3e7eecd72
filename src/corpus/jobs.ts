/** The default and the validation of the `jobs` option. */
import {availableParallelism} from 'node:os'

/**
 * The default number of jobs: one less than the processors Node may use, so
 * the calling thread (reading, JSON, writing) and V8's helper threads keep a
 * processor; at least 1. On two processors that is the calling thread alone:
 * two workers there took 1.4 to 1.6 times the CPU time of one for the same
 * records, and finished no sooner (see bench/README.md).
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1)
}

/**
 * Check a `jobs` value and return it, or the default when it is `undefined`.
 * Throws a TypeError for a non-number and a RangeError for anything that is
 * not a positive integer; `who` names the caller in the message.
 */
export function checkJobs(jobs: unknown, who: string): number {
  if (jobs === undefined) return defaultJobs()
  if (typeof jobs !== 'number') {
    throw new TypeError(
      `${who}: expected \`jobs\` to be a positive integer, got ${jobs === null ? 'null' : typeof jobs}`
    )
  }
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new RangeError(`${who}: expected \`jobs\` to be a positive integer, got ${jobs}`)
  }
  return jobs
}
