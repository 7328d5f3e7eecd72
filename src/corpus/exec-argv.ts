/** The Node.js flags a corpus worker thread starts with. */
import {Worker, type WorkerOptions} from 'node:worker_threads'

/** Flags about the main script's own source text; each takes a value. */
const SCRIPT_FLAGS = new Set(['--input-type', '--eval', '-e', '--print', '-p'])

/**
 * Return `execArgv` without the flags that only make sense for the main
 * script: `--input-type`, `-e`/`--eval` and `-p`/`--print` with their values
 * (`--flag=value` or `--flag value`), or `undefined` when it has none (the
 * worker then inherits the flags as Node does by default). A worker that
 * inherits `--input-type` fails to start, so under
 * `node --input-type=module -e …` every record would fail.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] | undefined {
  const kept: string[] = []
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i]
    const [name] = flag.split('=', 1)
    if (!SCRIPT_FLAGS.has(name)) kept.push(flag)
    else if (!flag.includes('=')) i++
  }
  return kept.length === execArgv.length ? undefined : kept
}

/**
 * Start a worker with `execArgv` when given. Flags that apply to the whole
 * process (`--max-old-space-size`, …) are refused in an explicit `execArgv`
 * (ERR_WORKER_INVALID_EXEC_ARGV); the worker is then started with none.
 */
export function startWorker(url: URL, options: WorkerOptions, execArgv: string[] | undefined): Worker {
  if (execArgv === undefined) return new Worker(url, options)
  try {
    return new Worker(url, {...options, execArgv})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error
    return new Worker(url, {...options, execArgv: []})
  }
}
